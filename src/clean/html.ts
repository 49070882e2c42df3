// Main-content extraction from an HTML page. One walk turns the page into text
// blocks, each tied to the element that holds it; furniture (by tag, class/id, or
// hidden) is set aside with a kind. The content root is the smallest element that
// still holds most of the page's prose; its blocks, minus stock furniture lines,
// make the body.
import type { Caption, RemovedKind, RemovedSegment } from '../model/types.ts';
import { classifyNames, bylineName, stockLineKind } from './boilerplate.ts';
import { splitCaptionCredit, isCredit, creditName } from './credits.ts';
import { isDateOnly } from './dates.ts';
import { type Element, type Node, textOf } from './dom.ts';

type BlockKind = 'p' | 'heading' | 'item' | 'pre' | 'quote' | 'cell';

interface Block {
  text: string;
  linkChars: number;
  owner: Element;
  kind: BlockKind;
  /** Heading level 1-6, else 0. */
  level: number;
  /** Position among blocks and set-aside items, in document order. */
  seq: number;
}

interface SetAside {
  kind: RemovedKind;
  text: string;
  element: Element;
  /** The caption's credit, when the element was a caption. */
  credit?: string | null;
  seq: number;
}

export interface HtmlContent {
  body: string;
  captions: Caption[];
  removed: RemovedSegment[];
  /** Text of byline elements or "By ..." lines in the article area. */
  bylines: string[];
  /** Date lines and date elements' text in the article area. */
  dateLines: string[];
  /** Short lines around the headline, in document order: where pages show the story's date. */
  headerLines: string[];
  /** First h1 in the article area, or the page's only h1. */
  heading: string | null;
  /** Every h1 on the page, in document order. */
  h1s: string[];
  /** Figures for the article-or-not decision. */
  stats: ContentStats;
  /** The element chosen as the article's container. */
  root: Element;
  /** The article or main element around the root, where its header (byline, dates) lives. */
  scope: Element;
}

export interface ContentStats {
  /** Characters of prose (paragraph-like, not link text) in the body. */
  proseChars: number;
  /** Paragraphs of 80+ characters that end like sentences. */
  paragraphs: number;
  /** Share of the whole page's prose that the content root holds. */
  rootShare: number;
  /** Link characters over all characters, on the whole page. */
  pageLinkDensity: number;
  /** Number of prose paragraphs across the whole page. */
  pageParagraphs: number;
  /** Headings inside the body. */
  headings: number;
}

const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'select', 'button', 'input', 'textarea', 'option', 'map', 'img', 'picture', 'source', 'link', 'meta',
  'title', 'dialog', 'label',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
  'caption', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'details', 'summary', 'center', 'hgroup',
  'menu', 'body', 'html', 'legend', 'output', 'noframes', 'frameset', 'frame',
]);
// no prototype: a page's <constructor> tag must not find Object's
const TAG_KIND: Record<string, RemovedKind> = Object.setPrototypeOf({
  nav: 'navigation', aside: 'related', footer: 'footer', menu: 'navigation', figcaption: 'caption', form: 'other',
}, null);
const ITEM_TAGS = new Set(['li', 'dt', 'dd']);
const CELL_TAGS = new Set(['td', 'th']);
const SENTENCE_END = /[.!?。！？…:;"”’)\]]$/;

function isHidden(element: Element): boolean {
  const { attrs } = element;
  // React streaming renders content into hidden "S:n" divs that a script then reveals.
  if ('hidden' in attrs && !/^S:\d+$/.test(attrs.id ?? '')) return true;
  if (attrs['aria-hidden'] === 'true' && element.tag !== 'body' && element.tag !== 'html') return true;
  const style = attrs.style;
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Walks the page once: text blocks, set-aside furniture, and each element's preorder range. */
class Walker {
  readonly blocks: Block[] = [];
  readonly setAside: SetAside[] = [];
  readonly order = new Map<Element, number>();
  readonly end = new Map<Element, number>();
  private counter = 0;
  /** Shared sequence of blocks and set-aside items. */
  private seq = 0;
  private parts: string[] = [];
  private linkChars = 0;
  private readonly pageChars: number;
  private readonly pageParagraphChars: number;

  constructor(top: Element) {
    this.pageChars = textOf(top).length;
    this.pageParagraphChars = paragraphChars(top);
  }

  walk(top: Element): void {
    type Frame = { node: Node; exit: boolean };
    const stack: Frame[] = [{ node: top, exit: false }];
    const owners: Element[] = [];
    let links = 0;
    let pre = 0;
    while (stack.length) {
      const { node, exit } = stack.pop()!;
      if (typeof node === 'string') {
        this.addText(node, links > 0, pre > 0);
        continue;
      }
      const tag = node.tag;
      if (exit) {
        if (BLOCK.has(tag)) {
          this.flush(owners[owners.length - 1]);
          owners.pop();
        }
        if (tag === 'a') links--;
        if (tag === 'pre') pre--;
        this.end.set(node, this.counter);
        continue;
      }
      this.order.set(node, ++this.counter);
      if (tag === 'br') {
        this.parts.push('\n');
        this.end.set(node, this.counter);
        continue;
      }
      if (SKIP.has(tag) || this.setAsideIfFurniture(node)) {
        this.end.set(node, this.counter);
        continue;
      }
      if (BLOCK.has(tag)) {
        if (owners.length) this.flush(owners[owners.length - 1]);
        owners.push(node);
      } else if (CELL_TAGS.has(tag)) this.parts.push(' ');
      if (tag === 'a') links++;
      if (tag === 'pre') pre++;
      stack.push({ node, exit: true });
      for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], exit: false });
    }
  }

  private addText(text: string, inLink: boolean, inPre: boolean): void {
    const value = inPre ? text : text.replace(/\s+/g, ' ');
    this.parts.push(inPre ? value.replace(/\n/g, '\u2028') : value);
    if (inLink) this.linkChars += value.trim().length;
  }

  /** Sets an element aside as furniture when its tag, class/id or hidden state says so. */
  private setAsideIfFurniture(element: Element): boolean {
    let kind: RemovedKind | null = TAG_KIND[element.tag] ?? null;
    let content = false;
    if (isHidden(element)) kind = 'other';
    else if (!kind || kind === 'related') {
      const verdict = classifyNames(element.attrs.class, element.attrs.id);
      if (verdict.kind && (verdict.kind !== 'related' || !kind)) kind = verdict.kind;
      content = verdict.content;
      const itemprop = element.attrs.itemprop ?? '';
      if (/articleBody|text/i.test(itemprop)) return false;
      if (/^author$/i.test(itemprop) || element.attrs.rel === 'author') kind = 'byline';
    }
    if (!kind && isTeaserArticle(element)) kind = 'related';
    if (!kind || element.tag === 'body' || element.tag === 'html') return false;
    const text = textOf(element);
    if (isTeaserArticle(element)) {
      this.setAside.push({ kind: 'related', text, element, seq: this.seq++ });
      return true;
    }
    // A "furniture" container that holds most of the page's paragraphs is a mislabelled wrapper
    // ("content-with-sidebar"), not furniture.
    if (kind !== 'caption' && kind !== 'credit' && kind !== 'comments') {
      if (this.pageParagraphChars > 300 ? paragraphChars(element) > 0.5 * this.pageParagraphChars : text.length > 0.5 * this.pageChars) return false;
    }
    if (content && text.length >= 500 && kind !== 'comments') return false;
    if (!text) return true;
    if (kind === 'caption') this.setAside.push({ kind, element, seq: this.seq++, ...captionParts(element, text) });
    else this.setAside.push({ kind, text, element, seq: this.seq++ });
    return true;
  }

  private flush(owner: Element | undefined): void {
    if (!this.parts.length || !owner) {
      this.parts = [];
      this.linkChars = 0;
      return;
    }
    const joined = this.parts.join('');
    const linkChars = this.linkChars;
    this.parts = [];
    this.linkChars = 0;
    const kind = blockKind(owner);
    const level = kind === 'heading' ? +owner.tag.slice(1) || 2 : 0;
    const pieces = kind === 'pre' ? [joined.replace(/\u2028/g, '\n').replace(/^\n+|\s+$/g, '')] : joined.split(/\n\s*\n/);
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0) || 1;
    for (const piece of pieces) {
      const text = kind === 'pre' ? piece : piece.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
      if (!text) continue;
      this.blocks.push({ text, linkChars: Math.min(text.length, Math.round((linkChars * piece.length) / total)), owner, kind, level, seq: this.seq++ });
    }
  }
}

/** One of several <article> siblings inside another article: teasers for other stories. */
function isTeaserArticle(element: Element): boolean {
  if (element.tag !== 'article' || !element.parent) return false;
  let enclosed = false;
  for (let node: Element | null = element.parent; node; node = node.parent) if (node.tag === 'article') enclosed = true;
  if (!enclosed) return false;
  return element.parent.children.filter((child) => typeof child !== 'string' && child.tag === 'article').length >= 2;
}

/** Characters of text inside <p> elements under `root`. */
function paragraphChars(root: Element): number {
  let chars = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') continue;
    if (node.tag === 'p') chars += textOf(node).length;
    else if (!SKIP.has(node.tag)) for (const child of node.children) stack.push(child);
  }
  return chars;
}

function blockKind(owner: Element): BlockKind {
  for (let node: Element | null = owner, depth = 0; node && depth < 6; node = node.parent, depth++) {
    const tag = node.tag;
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'pre') return 'pre';
    if (depth === 0 && ITEM_TAGS.has(tag)) return 'item';
    if (depth === 0 && (CELL_TAGS.has(tag) || tag === 'tr')) return 'cell';
    if (tag === 'blockquote') return 'quote';
  }
  return 'p';
}

/** A caption element's text and credit: a credit child element first, else a credit written into the text. */
function captionParts(element: Element, text: string): { text: string; credit: string | null } {
  const stack: Node[] = [...element.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') continue;
    const verdict = classifyNames(node.attrs.class, node.attrs.id);
    if (verdict.kind === 'credit' || node.tag === 'small' && isCredit(textOf(node))) {
      const credit = textOf(node);
      const rest = text.replace(credit, '').trim();
      if (rest && credit) return { text: rest, credit: creditName(credit) };
    }
    for (const child of node.children) stack.push(child);
  }
  return splitCaptionCredit(text);
}

function proseChars(block: Block): number {
  if (block.kind === 'heading') return 0;
  const own = block.text.length - block.linkChars;
  if (block.linkChars > 0.5 * block.text.length) return 0;
  if (own < 25 && !SENTENCE_END.test(block.text)) return 0;
  return own;
}

/** The body element; else the html element; else the parse root (fragments). Breadth-first over html/root only. */
function findBody(root: Element): Element {
  let html: Element | null = null;
  const queue: Node[] = [...root.children];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (typeof node === 'string') continue;
    if (node.tag === 'body') return node;
    if (node.tag === 'html') {
      html ??= node;
      for (const child of node.children) queue.push(child);
    }
  }
  return html ?? root;
}

/** Share of the parent's prose a child must hold for the search to go down into it. */
const DESCEND_SHARE = 0.7;

export function extractContent(page: Element, title: string | null): HtmlContent {
  const top = findBody(page);
  const walker = new Walker(top);
  walker.walk(top);
  const { blocks, order, end } = walker;

  const weight = new Map<Element, number>();
  let pageProse = 0;
  let pageLinks = 0;
  let pageText = 0;
  let pageParagraphs = 0;
  for (const block of blocks) {
    pageLinks += block.linkChars;
    pageText += block.text.length;
    const prose = proseChars(block);
    pageProse += prose;
    if (prose >= 80) pageParagraphs++;
    if (!prose) continue;
    for (let node: Element | null = block.owner; node; node = node.parent) weight.set(node, (weight.get(node) ?? 0) + prose);
  }

  let root = top;
  for (;;) {
    const current = weight.get(root) ?? 0;
    let best: Element | null = null;
    let bestWeight = 0;
    for (const child of root.children) {
      if (typeof child === 'string') continue;
      const w = weight.get(child) ?? 0;
      if (w > bestWeight) {
        best = child;
        bestWeight = w;
      }
    }
    if (!best || bestWeight < DESCEND_SHARE * current) break;
    root = best;
  }

  const inside = (element: Element, scope: Element) => {
    const at = order.get(element) ?? -1;
    return at >= (order.get(scope) ?? 0) && at <= (end.get(scope) ?? -1);
  };
  const scope = articleScope(root);

  const removed: RemovedSegment[] = [];
  const captions: Caption[] = [];
  const bylines: string[] = [];
  const dateLines: string[] = [];
  for (const item of walker.setAside) {
    if (!inside(item.element, scope)) continue;
    if (item.kind === 'caption') {
      if (item.text) captions.push({ text: item.text, credit: item.credit ?? null, span: null });
    } else if (item.kind === 'credit' && captions.length && !captions[captions.length - 1].credit) {
      captions[captions.length - 1].credit = creditName(item.text);
    } else {
      if (item.kind === 'byline' && item.text.length < 200) bylines.push(item.text);
      if ((item.kind === 'date' || item.kind === 'byline' || item.kind === 'other') && item.text.length < 200) dateLines.push(item.text);
      removed.push({ kind: item.kind, text: clip(item.text) });
    }
  }

  const kept: Block[] = [];
  let headingBlock: Block | null = null;
  const normalizedTitle = normalize(title ?? '');
  for (const block of blocks) {
    if (!inside(block.owner, root)) {
      if (headingBlock === null && block.level === 1 && inside(block.owner, scope)) headingBlock = block;
      continue;
    }
    if (block.kind === 'heading' && block.level === 1) {
      headingBlock ??= block;
      const normal = normalize(block.text);
      if (normal === normalizedTitle || normalizedTitle.includes(normal) || kept.length === 0) continue;
    }
    const kind = furnitureKind(block);
    if (kind) {
      if (kind === 'byline') bylines.push(block.text);
      if (kind === 'date') dateLines.push(block.text);
      removed.push({ kind, text: clip(block.text) });
      continue;
    }
    kept.push(block);
  }
  headingBlock ??= onlyH1(blocks);
  const heading = headingBlock?.text ?? null;
  const headerLines = linesAround(walker, headingBlock?.seq ?? kept[0]?.seq ?? 0);
  trimEdges(kept, removed);

  const rootWeight = weight.get(root) ?? 0;
  const stats: ContentStats = {
    proseChars: kept.reduce((sum, block) => sum + proseChars(block), 0),
    paragraphs: kept.filter((block) => proseChars(block) >= 80 && SENTENCE_END.test(block.text)).length,
    rootShare: pageProse ? rootWeight / pageProse : 0,
    pageLinkDensity: pageText ? pageLinks / pageText : 0,
    pageParagraphs,
    headings: kept.filter((block) => block.kind === 'heading').length,
  };
  return { body: joinBlocks(kept), captions, removed, bylines, dateLines, headerLines, heading, h1s: blocks.filter((block) => block.level === 1).map((block) => block.text), stats, root, scope };
}

/** The article element or main around the content root, where its captions and byline live. */
function articleScope(root: Element): Element {
  for (let node: Element | null = root; node; node = node.parent) {
    if (node.tag === 'article' || node.tag === 'main' || node.attrs.role === 'main') return node;
  }
  return root.parent && root.parent.tag !== 'body' ? root.parent : root;
}

function onlyH1(blocks: Block[]): Block | null {
  const h1s = blocks.filter((block) => block.level === 1);
  return h1s.length === 1 ? h1s[0] : null;
}

/** Lines shown with the headline: how many blocks or set-aside items after and before it to read (a hero block may put category, byline and reading-time labels between the date and the h1). */
const HEADER_AFTER = 12;
const HEADER_BEFORE = 6;

/** Set-aside kinds whose dates belong to other stories or to readers' comments. */
const NOT_HEADER_KINDS = new Set<RemovedKind>(['related', 'comments', 'caption', 'ad']);

/**
 * Short lines near the headline (at sequence `center`): the ones after it in document
 * order, then the ones before it, nearest first. Related links, comments, ads and
 * captions are not header lines: a date there belongs to something else.
 */
function linesAround(walker: Walker, center: number): string[] {
  const units = [...walker.blocks, ...walker.setAside.filter((item) => !NOT_HEADER_KINDS.has(item.kind))].sort((a, b) => a.seq - b.seq);
  let at = units.findIndex((unit) => unit.seq >= center);
  if (at < 0) at = units.length;
  const short = (unit: { text: string }) => unit.text.length > 0 && unit.text.length < 200;
  const after = units.slice(at + 1, at + 1 + HEADER_AFTER).filter(short);
  const before = units.slice(Math.max(0, at - HEADER_BEFORE), at).filter(short).reverse();
  return [...after, ...before].map((unit) => unit.text);
}

/** Kind of furniture a block inside the content root is, or null for content. */
function furnitureKind(block: Block): RemovedKind | null {
  const text = block.text;
  const stock = stockLineKind(text);
  if (stock) return stock;
  if (block.linkChars > 0.6 * text.length && (text.length < 300 || block.kind === 'item')) {
    return block.kind === 'item' ? 'navigation' : 'related';
  }
  if (block.kind !== 'heading' && bylineName(text)) return 'byline';
  if (text.length < 80 && isDateOnly(text)) return 'date';
  if (block.kind !== 'pre' && isCredit(text)) return 'credit';
  return null;
}

/** Short non-sentences at the very start or end of the body are labels and leftovers, not content. */
function trimEdges(kept: Block[], removed: RemovedSegment[]): void {
  const isLeftover = (block: Block) => block.kind !== 'heading' && block.text.length < 30 && !SENTENCE_END.test(block.text) && !/\d/.test(block.text);
  while (kept.length && isLeftover(kept[kept.length - 1])) removed.push({ kind: 'other', text: kept.pop()!.text });
  while (kept.length && isLeftover(kept[0])) removed.push({ kind: 'other', text: kept.shift()!.text });
}

function joinBlocks(blocks: Block[]): string {
  let out = '';
  let previous: Block | null = null;
  for (const block of blocks) {
    if (previous) {
      const sameList = (block.kind === 'item' || block.kind === 'cell') && previous.kind === block.kind && previous.owner.parent === block.owner.parent;
      out += sameList ? '\n' : '\n\n';
    }
    out += block.text;
    previous = block;
  }
  return out;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
