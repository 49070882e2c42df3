import { existsSync } from 'node:fs';
import { SqliteStore } from '../../store/sqlite.ts';
import { CSV_COLUMNS, csvLine, displayDate, eventRow } from '../../store/export.ts';
import type { StoredEvent } from '../../store/store.ts';
import { isoDate, oneOf, parseOptions, positiveInteger, type Command } from '../options.ts';

const help = `Usage: sitrep events [options]

Lists stored events, oldest first.

Options:
  --db FILE            SQLite store (default ./sitrep.db)
  --type T             PLOVER type, e.g. ASSAULT
  --country ISO3       country of any place or party, e.g. ISR
  --since DATE         on or after this ISO date
  --until DATE         on or before this ISO date
  --q TEXT             full-text search over article text
  --limit N            at most N events (default 100, at most 1000)
  --format F           table (default), json, jsonl or csv
  -h, --help           show this help`;

export const command: Command = {
  summary: 'list stored events',
  help,
  async run(argv) {
    const { values } = parseOptions(argv, {
      db: { type: 'string' },
      type: { type: 'string' },
      country: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      q: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    }, false);
    const format = oneOf(values.format, ['table', 'json', 'jsonl', 'csv'] as const, '--format') ?? 'table';
    const filter = {
      type: values.type,
      country: values.country,
      since: isoDate(values.since, '--since'),
      until: isoDate(values.until, '--until'),
      q: values.q,
      limit: Math.min(positiveInteger(values.limit, '--limit') ?? 100, 1000),
    };
    const dbPath = values.db ?? 'sitrep.db';
    if (!existsSync(dbPath)) {
      console.error(`sitrep events: no store at ${dbPath}; run \`sitrep ingest PATH\` first`);
      return 1;
    }
    const store = new SqliteStore(dbPath);
    await store.migrate();
    const page = await store.queryEvents(filter);
    await store.close();
    const events = page.events;
    if (format === 'json') console.log(JSON.stringify(events, null, 2));
    else if (format === 'jsonl') for (const e of events) console.log(JSON.stringify(e));
    else if (format === 'csv') {
      console.log(csvLine(CSV_COLUMNS));
      for (const e of events) console.log(csvLine(CSV_COLUMNS.map((c) => eventRow(e)[c])));
    } else console.log(table(events));
    return 0;
  },
};

function table(events: StoredEvent[]): string {
  if (events.length === 0) return 'no events';
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const rows = events.map((e) => {
    const row = eventRow(e);
    return [
      displayDate(row) || '?',
      e.type,
      e.modality + (e.hedged ? '?' : ''),
      clip(row.actor1 || '-', 22),
      clip(row.actor2 || '-', 22),
      clip(row.location || '-', 18),
      clip(e.sentence.text.replace(/\s+/g, ' '), 70),
    ];
  });
  const header = ['date', 'type', 'modality', 'actor', 'recipient', 'place', 'sentence'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line), `${events.length} event(s)`].join('\n');
}
