// Scores the whole pipeline's event coding against gold-coded sentences (PLOVER, PETRARCH).
// Used by `sitrep eval`; the gold files are given by path and never bundled.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Doc } from '../pipeline/doc.ts';
import { Pipeline } from '../pipeline/pipeline.ts';
import type { Stage } from '../pipeline/stage.ts';
import { PLOVER_TYPES, type Entity, type PloverType, type SitrepEvent } from '../model/types.ts';

export interface TypeScore {
  type: PloverType;
  support: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CountryScore {
  /** Sentences whose gold names a country and whose type sitrep got right. */
  scored: number;
  correct: number;
  accuracy: number;
  /** Sentences whose gold names a country at all. */
  withGold: number;
}

export interface EvalReport {
  sentences: number;
  accuracy: number;
  macroF1: number;
  noEvent: number;
  perType: TypeScore[];
  actorCountry: CountryScore;
  recipientCountry: CountryScore;
  /** Sentences whose gold has no event and for which sitrep coded none (PETRARCH only). */
  emptyAgreement?: { gold: number; agreed: number };
  misses: Array<{ id: string; text: string; gold: string[]; predicted: string | null }>;
}

interface GoldItem {
  id: string;
  text: string;
  date?: string;
  types: PloverType[];
  actorCountries: string[];
  recipientCountries: string[];
}

const ISO3 = new Set((createRequire(import.meta.url)('world-countries/countries.json') as Array<{ cca3: string }>).map((c) => c.cca3));
/** CAMEO country codes that differ from ISO 3166-1 alpha-3. */
const CAMEO_COUNTRY: Record<string, string> = { ITL: 'ITA', JAP: 'JPN', VTN: 'VNM', ROM: 'ROU', GER: 'DEU', UK: 'GBR', SER: 'SRB', MOL: 'MDA', BOS: 'BIH', DRC: 'COD', COD: 'COD', SUD: 'SDN' };
const GROUP_CODES = new Set(['IGO', 'NGO']);

function normalizeGoldCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.slice(0, 3).toUpperCase();
  if (GROUP_CODES.has(c)) return c;
  const iso = CAMEO_COUNTRY[c] ?? c;
  return ISO3.has(iso) ? iso : null;
}

/**
 * IGO/NGO gold codes match any non-country code sitrep gives (UNO, NATO, EUR, ...), and a party
 * with no country whose sector is an international or non-governmental organisation.
 */
function partyMatches(party: Entity, gold: readonly string[]): boolean {
  const predicted = party.country;
  const groupGold = gold.some((g) => GROUP_CODES.has(g));
  if (!predicted) return groupGold && (party.sector === 'IGO' || party.sector === 'NGO');
  if (gold.includes(predicted)) return true;
  return !ISO3.has(predicted) && groupGold;
}

function readJsonl(path: string): unknown[] {
  if (!existsSync(path)) throw new Error(`gold file not found: ${path}`);
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as unknown;
    } catch {
      throw new Error(`${path}:${i + 1}: not valid JSON`);
    }
  });
}

interface PloverRow {
  id: string;
  text: string;
  gold: { event: string; actor: Array<{ code?: string }>; recipient: Array<{ code?: string }> };
}

export function loadPloverGold(path: string): GoldItem[] {
  return (readJsonl(path) as PloverRow[]).map((r) => ({
    id: r.id,
    text: r.text,
    types: [r.gold.event as PloverType],
    actorCountries: r.gold.actor.map((a) => normalizeGoldCode(a.code)).filter((c): c is string => !!c),
    recipientCountries: r.gold.recipient.map((a) => normalizeGoldCode(a.code)).filter((c): c is string => !!c),
  }));
}

/** CAMEO code -> PLOVER type, from the CAMEO2PLOVER table ("173: COERCE, arrest, legal # ..."). */
export function loadCameoTable(path: string): Map<string, PloverType> {
  if (!existsSync(path)) throw new Error(`CAMEO to PLOVER table not found: ${path}`);
  const table = new Map<string, PloverType>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    if (m && (PLOVER_TYPES as readonly string[]).includes(m[2])) table.set(m[1], m[2] as PloverType);
  }
  return table;
}

function cameoToPlover(code: string, table: Map<string, PloverType>): PloverType | null {
  for (let n = code.length; n >= 2; n--) {
    const hit = table.get(code.slice(0, n));
    if (hit) return hit;
  }
  return null;
}

interface PetrarchRow {
  id: string;
  date?: string;
  text: string;
  expected_events: Array<{ eventcode?: string; sourcecode?: string; targetcode?: string; noevents?: string }>;
}

export function loadPetrarchGold(path: string, table: Map<string, PloverType>): GoldItem[] {
  return (readJsonl(path) as PetrarchRow[]).map((r) => {
    const events = r.expected_events.filter((e) => e.eventcode);
    const types = [...new Set(events.map((e) => cameoToPlover(e.eventcode!, table)).filter((t): t is PloverType => !!t))];
    const date = r.date && /^\d{8}$/.test(r.date) ? `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6)}` : undefined;
    return {
      id: r.id,
      text: r.text,
      date,
      types,
      actorCountries: events.map((e) => normalizeGoldCode(e.sourcecode)).filter((c): c is string => !!c),
      recipientCountries: events.map((e) => normalizeGoldCode(e.targetcode)).filter((c): c is string => !!c),
    };
  });
}

/** Each gold item is a news sentence by definition, even one too short for the clean stage's article test. */
const goldSentenceIsArticle: Stage = {
  name: 'gold-sentence-is-article',
  requires: ['article'],
  assigns: [],
  run(doc) {
    doc.article!.isArticle = true;
  },
};

const sentencePipelines = new WeakMap<Pipeline, Pipeline>();

/** The given pipeline with `goldSentenceIsArticle` right after the clean stage, built once per pipeline. */
function sentencePipeline(pipeline: Pipeline): Pipeline {
  let wrapped = sentencePipelines.get(pipeline);
  if (!wrapped) {
    const stages = [...pipeline.stages];
    stages.splice(stages.findIndex((s) => s.name === 'clean') + 1, 0, goldSentenceIsArticle);
    wrapped = new Pipeline(stages);
    sentencePipelines.set(pipeline, wrapped);
  }
  return wrapped;
}

/** Runs the pipeline on one gold sentence, taken as an article. */
export async function runSentence(pipeline: Pipeline, text: string, id: string, published: string | null = null): Promise<Doc> {
  return sentencePipeline(pipeline).run({ sourceId: id, origin: id, kind: 'text', content: text, contentHash: id, warnings: [], published });
}

async function codeSentence(pipeline: Pipeline, item: GoldItem): Promise<SitrepEvent[]> {
  return (await runSentence(pipeline, item.text, item.id, item.date ?? null)).events ?? [];
}

/** The event a single-label scorer compares: the most confident, then the earliest. */
export function primaryEvent(events: readonly SitrepEvent[]): SitrepEvent | null {
  let best: SitrepEvent | null = null;
  for (const e of events) if (!best || e.confidence > best.confidence) best = e;
  return best;
}

function countryScore(): CountryScore {
  return { scored: 0, correct: 0, accuracy: 0, withGold: 0 };
}

export async function evaluate(pipeline: Pipeline, gold: readonly GoldItem[], multiLabel: boolean): Promise<EvalReport> {
  const counts = new Map<PloverType, { support: number; predicted: number; tp: number }>(PLOVER_TYPES.map((t) => [t, { support: 0, predicted: 0, tp: 0 }]));
  let correct = 0;
  let noEvent = 0;
  const actor = countryScore();
  const recipient = countryScore();
  const empty = { gold: 0, agreed: 0 };
  const misses: EvalReport['misses'] = [];

  for (const item of gold) {
    const events = await codeSentence(pipeline, item);
    const primary = primaryEvent(events);
    if (!primary) noEvent++;
    const predictedTypes = multiLabel ? [...new Set(events.map((e) => e.type))] : primary ? [primary.type] : [];
    for (const t of item.types) counts.get(t)!.support++;
    for (const t of predictedTypes) {
      const c = counts.get(t)!;
      c.predicted++;
      if (item.types.includes(t)) c.tp++;
    }
    const right = item.types.length === 0 ? !primary : !!primary && item.types.includes(primary.type);
    if (item.types.length === 0) {
      empty.gold++;
      if (!primary) empty.agreed++;
    }
    if (right) correct++;
    else misses.push({ id: item.id, text: item.text, gold: item.types, predicted: primary?.type ?? null });

    for (const [score, goldCountries, parties] of [
      [actor, item.actorCountries, primary?.actors ?? []],
      [recipient, item.recipientCountries, primary?.recipients ?? []],
    ] as const) {
      if (!goldCountries.length) continue;
      score.withGold++;
      if (!right || !primary) continue;
      score.scored++;
      if (parties.some((p) => partyMatches(p, goldCountries))) score.correct++;
    }
  }

  const perType: TypeScore[] = [];
  for (const [type, c] of counts) {
    if (!c.support && !c.predicted) continue;
    const precision = c.predicted ? c.tp / c.predicted : 0;
    const recall = c.support ? c.tp / c.support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perType.push({ type, support: c.support, predicted: c.predicted, tp: c.tp, precision, recall, f1 });
  }
  const inGold = perType.filter((t) => t.support > 0);
  for (const s of [actor, recipient]) s.accuracy = s.scored ? s.correct / s.scored : 0;
  return {
    sentences: gold.length,
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: inGold.length ? inGold.reduce((sum, t) => sum + t.f1, 0) / inGold.length : 0,
    noEvent,
    perType,
    actorCountry: actor,
    recipientCountry: recipient,
    ...(multiLabel ? { emptyAgreement: empty } : {}),
    misses,
  };
}

export function formatReport(title: string, report: EvalReport): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `${title}: ${report.sentences} sentences`,
    '',
    `${'type'.padEnd(10)} ${'gold'.padStart(5)} ${'coded'.padStart(5)} ${'right'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
    ...report.perType.map((t) => `${t.type.padEnd(10)} ${String(t.support).padStart(5)} ${String(t.predicted).padStart(5)} ${String(t.tp).padStart(5)} ${pct(t.precision).padStart(6)} ${pct(t.recall).padStart(6)} ${pct(t.f1).padStart(6)}`),
    '',
    `type accuracy            ${pct(report.accuracy)}`,
    `macro-F1 (gold types)    ${pct(report.macroF1)}`,
    `no event coded           ${report.noEvent} of ${report.sentences}`,
    `actor country accuracy   ${pct(report.actorCountry.accuracy)} (${report.actorCountry.correct}/${report.actorCountry.scored} sentences with the right type; ${report.actorCountry.withGold} have a gold actor country)`,
    `recipient country acc.   ${pct(report.recipientCountry.accuracy)} (${report.recipientCountry.correct}/${report.recipientCountry.scored}; ${report.recipientCountry.withGold} have a gold recipient country)`,
  ];
  if (report.emptyAgreement) lines.push(`no-event sentences       ${report.emptyAgreement.agreed} of ${report.emptyAgreement.gold} coded as none`);
  return lines.join('\n');
}
