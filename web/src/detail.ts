// Event detail: the sentence with each role highlighted, badges for modality and
// attribution, the event's facts, and the article with captions and removed parts apart.
import type { Article, EventDetail } from './api.ts';
import { ROLE_LABELS, typeColor } from './colors.ts';
import { clear, el, safeLink } from './dom.ts';
import { highlightPieces } from './highlight.ts';

const ATTRIBUTION_WORDS: Record<string, string> = {
  outlet: 'reported by', official: 'according to', witness: 'witnessed by', anonymous: 'according to', organization: 'according to',
};

export function attributionText(a: { source: string; kind: string }): string {
  return `${ATTRIBUTION_WORDS[a.kind] ?? 'according to'} ${a.source}`;
}

function highlightedSentence(detail: EventDetail): HTMLElement {
  const sentence = el('p', { class: 'sentence' });
  for (const piece of highlightPieces(detail.sentence.text, detail.sentence.highlights)) {
    if (!piece.role) sentence.append(piece.text);
    else sentence.appendChild(el('mark', { class: `role role-${piece.role}`, 'data-role': piece.role, title: `${ROLE_LABELS[piece.role] ?? piece.role}: ${piece.label ?? ''}` }, piece.text));
  }
  return sentence;
}

function legend(detail: EventDetail): HTMLElement {
  const present = new Set(detail.sentence.highlights.map((h) => h.role));
  const list = el('ul', { class: 'role-legend', 'aria-label': 'Highlight colours' });
  for (const [role, label] of Object.entries(ROLE_LABELS)) {
    list.appendChild(el('li', { class: present.has(role) ? '' : 'absent' }, el('mark', { class: `role role-${role}` }, label)));
  }
  return list;
}

function facts(detail: EventDetail): HTMLElement {
  const e = detail.event;
  const rows: [string, string][] = [];
  const names = (list: { name: string | null; text: string; country: string | null }[]) =>
    list.map((x) => `${x.name ?? x.text}${x.country ? ` (${x.country})` : ''}`).join('; ');
  if (e.actors.length) rows.push(['Actor', names(e.actors)]);
  if (e.recipients.length) rows.push(['Recipient', names(e.recipients)]);
  for (const l of e.locations) {
    rows.push(['Place', `${l.name ?? l.text}${l.country ? `, ${l.country}` : ''}${l.lat !== null && l.lon !== null ? ` (${l.lat.toFixed(3)}, ${l.lon.toFixed(3)}, ${l.precision ?? 'unknown precision'})` : ' (not located)'}`]);
  }
  rows.push(['Date', e.time?.start ? `${e.time.start}${e.time.end && e.time.end !== e.time.start ? ` to ${e.time.end}` : ''} ("${e.time.text}")` : e.date ? `${e.date.slice(0, 10)} (article date)` : 'unknown']);
  for (const [what, q] of Object.entries(e.magnitude)) {
    if (!q || Array.isArray(q)) continue;
    rows.push([what, `${q.value ?? `${q.low ?? '?'}–${q.high ?? '?'}`} (${q.qualifier}: "${q.text}")`]);
  }
  if (e.acled) rows.push(['ACLED', `${e.acled.eventType} / ${e.acled.subEventType}`]);
  if (e.modes.length) rows.push(['Modes', e.modes.join(', ')]);
  rows.push(['Confidence', e.confidence.toFixed(2)]);
  if (detail.elsewhere.length) rows.push(['Elsewhere in text', detail.elsewhere.map((r) => `${ROLE_LABELS[r.role] ?? r.role}: ${r.text}`).join('; ')]);
  return el('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function articleView(article: Article, detail: EventDetail): HTMLElement {
  const body = el('div', { class: 'article-body' });
  const [start, end] = detail.sentence.span;
  if (detail.sentence.source === 'body' && end <= article.body.length) {
    body.append(article.body.slice(0, start), el('mark', { class: 'event-sentence' }, article.body.slice(start, end)), article.body.slice(end));
  } else body.append(article.body);
  const captions = el('ol', { class: 'captions' }, ...article.captions.map((c, i) =>
    el('li', { class: detail.sentence.source === 'caption' && detail.sentence.captionIndex === i ? 'event-caption' : '' },
      c.text, c.credit ? el('span', { class: 'credit' }, ` (${c.credit})`) : null)));
  const removed = el('details', { class: 'removed' },
    el('summary', {}, `Removed while cleaning (${article.removed.length})`),
    el('ul', {}, ...article.removed.map((r) => el('li', {}, el('span', { class: 'badge' }, r.kind), ' ', r.text))));
  const published = article.published?.value ?? 'date unknown';
  return el('section', { class: 'article', 'aria-label': 'Article' },
    el('h3', {}, article.title ?? '(untitled article)'),
    el('p', { class: 'byline' }, [article.outlet, article.byline, published].filter(Boolean).join(' · '), ' ', safeLink(article.url, article.url ? 'source' : '')),
    body,
    el('h4', {}, `Captions (${article.captions.length})`), captions,
    removed);
}

export function renderDetail(panel: HTMLElement, detail: EventDetail, article: Article | null, close: () => void): void {
  clear(panel);
  const e = detail.event;
  const type = el('span', { class: 'type-chip' }, e.type);
  type.style.background = typeColor(e.type);
  const badges = el('p', { class: 'badges' },
    el('span', { class: `badge modality modality-${e.modality}` }, e.modality),
    e.hedged ? el('span', { class: 'badge hedged' }, 'hedged') : null,
    e.fromCaption ? el('span', { class: 'badge' }, 'from a caption') : null,
    e.sources > 1 ? el('span', { class: 'badge' }, `${e.sources} sources`) : null,
    ...e.attribution.map((a) => el('span', { class: `badge attribution attribution-${a.kind}`, title: `cue: ${a.cue}` }, attributionText(a))));
  const closeButton = el('button', { type: 'button', class: 'close', 'aria-label': 'Close detail' }, '×');
  closeButton.addEventListener('click', close);
  panel.append(
    el('header', {}, type, ' ', el('strong', {}, e.date?.slice(0, 10) ?? 'undated'), closeButton),
    badges,
    el('h4', {}, detail.sentence.source === 'caption' ? 'Caption sentence' : 'Sentence'),
    highlightedSentence(detail),
    legend(detail),
    facts(detail),
    article ? articleView(article, detail) : el('p', { class: 'status' }, 'article not found'),
  );
  panel.hidden = false;
}
