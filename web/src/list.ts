// The event list: one row per event, newest first.
import type { ApiEvent } from './api.ts';
import { typeColor } from './colors.ts';
import { el } from './dom.ts';

const entityLabel = (e: { name: string | null; text: string }) => e.name ?? e.text;

export function eventRow(event: ApiEvent, select: (id: string) => void): HTMLLIElement {
  const type = el('span', { class: 'type-chip' }, event.type);
  type.style.background = typeColor(event.type);
  const who = [event.actors.map(entityLabel).join(', '), event.recipients.map(entityLabel).join(', ')].filter(Boolean).join(' → ');
  const place = event.locations[0];
  const button = el('button', { type: 'button', class: 'event-row', 'data-id': event.id, 'data-date': event.date ?? '' },
    el('span', { class: 'date' }, event.date?.slice(0, 10) ?? 'undated'),
    type,
    el('span', { class: `badge modality-${event.modality}` }, event.modality),
    event.hedged ? el('span', { class: 'badge hedged' }, 'hedged') : null,
    el('span', { class: 'who' }, who || 'unknown actor'),
    el('span', { class: 'where' }, place ? `${place.name ?? place.text}${place.country ? ` (${place.country})` : ''}` : 'no place'),
    el('span', { class: 'sentence' }, event.sentence.text),
  );
  button.addEventListener('click', () => select(event.id));
  return el('li', {}, button);
}
