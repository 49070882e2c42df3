// A small, forgiving HTML parser for extraction: tags, attributes, text and the
// usual implied end tags. It never throws, never recurses, and caps nesting depth so
// that hostile markup (10,000 nested divs, truncated tags) stays linear.
import { decodeEntities } from './entities.ts';

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | null;
}
export type Node = Element | string;

export interface ParsedPage {
  root: Element;
  /** Raw bodies of <script type="application/ld+json"> blocks, kept for metadata. */
  jsonLd: string[];
  /** Text of the first <title>. */
  title: string | null;
}

/** Deeper elements are flattened into their ancestor at this depth. */
export const MAX_DEPTH = 400;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements whose content is raw text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Start tags that close an open <p>. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt',
]);
/** Elements that stop the search for an implied-close target (scope boundaries). */
const SCOPE = new Set(['table', 'td', 'th', 'caption', 'html', 'body', 'template', 'object', 'marquee', 'applet', 'button']);
const LIST_SCOPE = new Set([...SCOPE, 'ul', 'ol']);

/** For a start tag, the open elements it closes implicitly (within scope). No prototype: a page's <constructor> tag must not find Object's. */
const IMPLIED_CLOSE: Record<string, { close: Set<string>; scope: Set<string> }> = Object.setPrototypeOf({
  li: { close: new Set(['li']), scope: LIST_SCOPE },
  dt: { close: new Set(['dt', 'dd']), scope: new Set([...SCOPE, 'dl']) },
  dd: { close: new Set(['dt', 'dd']), scope: new Set([...SCOPE, 'dl']) },
  tr: { close: new Set(['tr', 'td', 'th']), scope: new Set(['table', 'tbody', 'thead', 'tfoot']) },
  td: { close: new Set(['td', 'th']), scope: new Set(['table', 'tr']) },
  th: { close: new Set(['td', 'th']), scope: new Set(['table', 'tr']) },
  option: { close: new Set(['option']), scope: new Set(['select', 'datalist']) },
  tbody: { close: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']), scope: new Set(['table']) },
  thead: { close: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']), scope: new Set(['table']) },
  tfoot: { close: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']), scope: new Set(['table']) },
}, null);

const HEAD_CONTENT = new Set(['meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'template']);

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;

function makeElement(tag: string, parent: Element | null, attrs: Record<string, string> = {}): Element {
  return { tag, attrs, children: [], parent };
}

class TreeBuilder {
  readonly root = makeElement('#root', null);
  private stack: Element[] = [this.root];
  /** How many elements of each name are on the stack, so unmatched end tags cost O(1). */
  private openCount = new Map<string, number>();
  /** Start tags dropped beyond MAX_DEPTH, so their end tags are dropped too. */
  private skipped = new Map<string, number>();

  get current(): Element {
    return this.stack[this.stack.length - 1];
  }

  text(value: string): void {
    if (!value) return;
    const children = this.current.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + value;
    else children.push(value);
  }

  start(tag: string, attrs: Record<string, string>, selfClosing: boolean): Element {
    // As browsers do: anything that cannot live in <head> closes it.
    if (this.openCount.get('head') && !HEAD_CONTENT.has(tag)) this.closeWithin(new Set(['head']), new Set());
    if (CLOSES_P.has(tag) && this.openCount.get('p')) this.closeWithin(new Set(['p']), SCOPE);
    const implied = IMPLIED_CLOSE[tag];
    if (implied) this.closeWithin(implied.close, implied.scope);
    if (/^h[1-6]$/.test(tag) && /^h[1-6]$/.test(this.current.tag)) this.pop();
    const element = makeElement(tag, this.current, attrs);
    const isVoid = VOID.has(tag) || selfClosing;
    if (!isVoid && this.stack.length >= MAX_DEPTH) {
      this.skipped.set(tag, (this.skipped.get(tag) ?? 0) + 1);
      return element; // content flows into the current element instead
    }
    this.current.children.push(element);
    if (!isVoid) {
      this.stack.push(element);
      this.openCount.set(tag, (this.openCount.get(tag) ?? 0) + 1);
    }
    return element;
  }

  end(tag: string): void {
    // Content after </body> or </html> still belongs to the body, as in browsers.
    if (tag === 'body' || tag === 'html') return;
    const skipped = this.skipped.get(tag);
    if (skipped) {
      this.skipped.set(tag, skipped - 1);
      return;
    }
    if (!this.openCount.get(tag)) {
      if (tag === 'p') this.start('p', {}, true); // </p> without <p> makes an empty paragraph
      if (tag === 'br') this.start('br', {}, true);
      return;
    }
    while (this.stack.length > 1) {
      const popped = this.pop();
      if (popped.tag === tag) break;
    }
  }

  private pop(): Element {
    const popped = this.stack.pop()!;
    this.openCount.set(popped.tag, (this.openCount.get(popped.tag) ?? 1) - 1);
    return popped;
  }

  /** Pops up to and including the nearest open element named in `close`, unless a scope boundary comes first. */
  private closeWithin(close: Set<string>, scope: Set<string>): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const tag = this.stack[i].tag;
      if (close.has(tag)) {
        while (this.stack.length > i) this.pop();
        return;
      }
      if (scope.has(tag)) return;
    }
  }
}

function parseAttributes(html: string, from: number, end: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = from;
  while (i < end) {
    const code = html.charCodeAt(i);
    if (code <= 32 || code === 47 /* / */) {
      i++;
      continue;
    }
    ATTR.lastIndex = i;
    const match = ATTR.exec(html);
    if (!match || match.index >= end) break;
    const name = match[1].toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (!(name in attrs)) attrs[name] = value.includes('&') ? decodeEntities(value) : value;
    i = ATTR.lastIndex;
  }
  return attrs;
}

/** Index of the `>` that ends a tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 62 /* > */) return i;
    else if ((code === 34 || code === 39) && html.charCodeAt(i - 1) === 61 /* = */) quote = code;
  }
  // An unclosed quote swallowed the rest: fall back to the first `>` so the page survives.
  return html.indexOf('>', from);
}

export function parseHtml(html: string): ParsedPage {
  const tree = new TreeBuilder();
  const jsonLd: string[] = [];
  let title: string | null = null;
  const length = html.length;
  let i = 0;
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      tree.text(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) tree.text(decodeEntities(html.slice(i, lt)));
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      if (html.startsWith('<!--', lt)) {
        const close = html.indexOf('-->', lt + 4);
        i = close < 0 ? length : close + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        const close = html.indexOf(']]>', lt + 9);
        tree.text(html.slice(lt + 9, close < 0 ? length : close));
        i = close < 0 ? length : close + 3;
      } else {
        const close = html.indexOf('>', lt + 2);
        i = close < 0 ? length : close + 1;
      }
      continue;
    }
    const isEnd = next === 47; /* / */
    TAG_NAME.lastIndex = lt + (isEnd ? 2 : 1);
    const nameMatch = TAG_NAME.exec(html);
    if (!nameMatch) {
      tree.text('<');
      i = lt + 1;
      continue;
    }
    const tag = nameMatch[0].toLowerCase();
    const gt = tagEnd(html, TAG_NAME.lastIndex);
    if (gt < 0) break; // truncated tag at end of input: drop it
    i = gt + 1;
    if (isEnd) {
      tree.end(tag);
      continue;
    }
    const selfClosing = html.charCodeAt(gt - 1) === 47 && !VOID.has(tag) && !CLOSES_P.has(tag) && tag !== 'div' && tag !== 'span';
    const attrs = parseAttributes(html, TAG_NAME.lastIndex, gt);
    const element = tree.start(tag, attrs, selfClosing);
    if (RAW_TEXT.has(tag) && !selfClosing) {
      const closer = new RegExp(`</${tag}\\s*>`, 'gi');
      closer.lastIndex = i;
      const found = closer.exec(html);
      const contentEnd = found ? found.index : length;
      const content = html.slice(i, contentEnd);
      if (tag === 'script') {
        if (/ld\+json/i.test(attrs.type ?? '')) jsonLd.push(content);
      } else if (tag === 'title') {
        if (title === null && !insideSvg(element)) title = decodeEntities(content);
      } else if (tag === 'textarea' || tag === 'noscript') {
        // kept out of the text: form fields and no-JS fallbacks are never article content
      } else if (tag !== 'style' && tag !== 'iframe') {
        element.children.push(decodeEntities(content));
      }
      tree.end(tag);
      i = found ? closer.lastIndex : length;
    }
  }
  return { root: tree.root, jsonLd, title };
}

function insideSvg(element: Element): boolean {
  for (let node: Element | null = element.parent; node; node = node.parent) if (node.tag === 'svg') return true;
  return false;
}

/** Text content with white space collapsed; iterative, so deep trees are safe. */
export function textOf(node: Node): string {
  if (typeof node === 'string') return node.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (typeof current === 'string') parts.push(current);
    else for (let k = current.children.length - 1; k >= 0; k--) stack.push(current.children[k]);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element under `root` in document order (iterative). */
export function* elements(root: Element): Generator<Element> {
  const stack: Node[] = [...root.children].reverse();
  while (stack.length) {
    const current = stack.pop()!;
    if (typeof current === 'string') continue;
    yield current;
    for (let k = current.children.length - 1; k >= 0; k--) stack.push(current.children[k]);
  }
}
