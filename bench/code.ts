// Whole-pipeline speed (clean -> lang -> know -> code) on clean news-length text, against wink-nlp
// alone reading the same texts (sentences, tokens, part of speech), and peak memory.
// Run: npm run bench:code [-- --one-at-a-time]  (nine pairs of fresh processes, one per reader, and medians;
//   `--one-run [--reader pipeline|wink|both]` gives one process's full output; needs ../shared/data/wikinews-en;
//   warms up on ../shared/data/gum-wikinews too when present)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { PIPELINE_BATCH } from '../src/pipeline/pipeline.ts';
import { codeEvents } from '../src/code/index.ts';
import type { Doc } from '../src/pipeline/doc.ts';
import type { RawDocument } from '../src/model/types.ts';
import { limitHeapGrowth } from '../src/cli/heap.ts';
import { newsRows } from './lib/news-rows.ts';

const WIKINEWS = new URL('../../shared/data/wikinews-en/articles.jsonl', import.meta.url);
const GUM = new URL('../../shared/data/gum-wikinews/articles.jsonl', import.meta.url);
const WCXB_TRUTH = new URL('../../shared/data/wcxb-dev/ground-truth/', import.meta.url);
const AEB_TRUTH = new URL('../../shared/data/aeb/ground-truth.json', import.meta.url);
/** Warm-up texts from the extraction sets' gold bodies need at least this many words. */
const WARM_MIN_WORDS = 300;
/**
 * Passes over the gold bodies before timing. V8 optimises a function called once per article that
 * does little itself (the clean stage's entry, chrono-node's parse) only after about 1,600 calls;
 * with one pass such first compiles still fell in the timed texts.
 */
const WARM_PASSES = 2;
const TARGET_WORDS = 800;
const CODE_SAMPLE = 60;
const CODE_ROUNDS = 10;
/** Wikinews texts read before timing, besides the GUM texts: the JIT and lazily built state settle over the first ~60-80 texts. */
const WARM_WIKINEWS = 60;
/** Texts each reader reads in a row before the other takes its turn: one pipeline batch, as `sitrep ingest` runs it. */
const BLOCK = PIPELINE_BATCH;

/** News texts of about 800 words: each article's paragraphs, topped up from the next articles. */
function newsTexts(file: URL, prefix: string): RawDocument[] {
  const rows = newsRows(readFileSync(file, 'utf8'));
  const paragraphs = rows.flatMap((r) => r.text.split(/\n{2,}/).map((p) => ({ text: p.trim(), date: r.date })).filter((p) => p.text.length > 0));
  const docs: RawDocument[] = [];
  let current: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    current.push(p.text);
    count += p.text.split(/\s+/).length;
    if (count < TARGET_WORDS) continue;
    const content = current.join('\n\n');
    const id = `${prefix}-${docs.length}`;
    docs.push({ sourceId: id, origin: id, kind: 'text', content, contentHash: id, warnings: [], published: p.date });
    current = [];
    count = 0;
  }
  return docs;
}

/**
 * The hand-extracted main text of the WCXB and AEB pages (news, blogs, docs, forums): warm-up only.
 * V8 optimises a function called once per document (the stages' big loops) only after hundreds of
 * documents, and each such compile takes 10-100 ms on a background thread; timing after a short
 * warm-up counts that one-off compiling as throughput.
 */
function extractionBodies(): RawDocument[] {
  const bodies: { content: string; published?: string }[] = [];
  if (existsSync(WCXB_TRUTH)) {
    for (const file of readdirSync(WCXB_TRUTH).sort()) {
      if (!file.endsWith('.json')) continue;
      const truth = JSON.parse(readFileSync(new URL(file, WCXB_TRUTH), 'utf8')) as { ground_truth?: { main_content?: string; publish_date?: string | null } };
      bodies.push({ content: truth.ground_truth?.main_content ?? '', published: truth.ground_truth?.publish_date ?? undefined });
    }
  }
  if (existsSync(AEB_TRUTH)) {
    const truth = JSON.parse(readFileSync(AEB_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
    for (const id of Object.keys(truth).sort()) bodies.push({ content: truth[id].articleBody });
  }
  return bodies
    .filter((body) => body.content.split(/\s+/).length >= WARM_MIN_WORDS)
    .map(({ content, published }, i) => ({ sourceId: `warm-${i}`, origin: `warm-${i}`, kind: 'text', content, contentHash: `warm-${i}`, warnings: [], published }));
}

/** CPU seconds used so far by the process's threads other than the main one (Linux only; null elsewhere). */
function backgroundThreadsSeconds(): number | null {
  try {
    let ticks = 0;
    for (const thread of readdirSync('/proc/self/task')) {
      if (thread === String(process.pid)) continue;
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

interface Timing {
  seconds: number;
  first: number;
  second: number;
  half: number;
}

/**
 * CPU seconds each reader spends on `texts` (and on each half of them). The readers take turns
 * block by block, both reading the same BLOCK texts in a row: both then run under nearly the same
 * machine load, which the shared machine changes from second to second, while each still reads
 * a block in a tight loop with its own working set in the caches.
 */
async function timeTurns(texts: readonly RawDocument[], readers: ReadonlyArray<(block: RawDocument[]) => unknown>): Promise<Timing[]> {
  const half = Math.floor(texts.length / 2);
  const timings = readers.map(() => ({ seconds: 0, first: 0, second: 0, half }));
  for (let from = 0; from < texts.length;) {
    // Blocks never straddle the halves.
    const to = Math.min(from + BLOCK, from < half ? half : texts.length);
    for (let r = 0; r < readers.length; r++) {
      const start = process.cpuUsage();
      await readers[r](texts.slice(from, to));
      const seconds = cpuSeconds(start);
      timings[r].seconds += seconds;
      if (from < half) timings[r].first += seconds;
      else timings[r].second += seconds;
    }
    from = to;
  }
  return timings;
}

async function main(): Promise<void> {
  // as `sitrep` itself runs
  limitHeapGrowth();
  if (!existsSync(WIKINEWS)) {
    console.log('skipped: ../shared/data/wikinews-en/articles.jsonl is absent (the code bench reads its articles as sample news text)');
    return;
  }
  const wikinews = newsTexts(WIKINEWS, 'bench');
  const gum = existsSync(GUM) ? newsTexts(GUM, 'gum') : [];
  const bodies = extractionBodies();

  // Warm-up texts are not timed texts: first the 24 GUM Wikinews articles (none of them in the
  // Wikinews set) and the first WARM_WIKINEWS Wikinews texts, news of the timed texts' length read
  // from a cold start; then the extraction sets' gold bodies, until the JIT has settled. Both
  // readers read the same warm-up texts and then the timed texts, each for the first time: wink-nlp
  // adds each unseen word to its model's lexicon, and a second reading of the same texts runs
  // faster, which would flatter either side.
  const cold = [...gum, ...wikinews.slice(0, WARM_WIKINEWS)];
  const timed = wikinews.slice(WARM_WIKINEWS);
  const words = timed.reduce((n, d) => n + d.content.split(/\s+/).length, 0) / timed.length;

  // Load: models, gazetteers, and the code stage's lexicon patterns compiled (see prepareLexicon).
  // A wink-nlp-only process loads no pipeline, so its one wink-nlp instance has V8's code to itself.
  const reader = readerArgument();
  const pipeline = reader === 'wink' ? null : defaultPipeline();
  const loadStart = process.cpuUsage();
  await pipeline?.init();
  const loadSeconds = cpuSeconds(loadStart);
  const loads = pipeline ? Object.entries(pipeline.loadTimes).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)}`).join(', ') : 'none';

  let events = 0;
  // The pipeline reads each block as one batch, stage by stage (Pipeline.runBatch), as `sitrep ingest` does.
  // `--one-at-a-time`: each document through all four stages before the next (Pipeline.run), for comparison.
  const oneAtATime = process.argv.includes('--one-at-a-time');
  const runPipeline = async (block: RawDocument[]) => {
    if (!pipeline) return;
    if (oneAtATime) {
      for (const d of block) events += (await pipeline.run(d)).events?.length ?? 0;
      return;
    }
    for (const result of await pipeline.runBatch(block)) {
      if (!result.ok) throw result.error;
      events += result.doc.events?.length ?? 0;
    }
  };
  // wink-nlp alone, as a first reading: a new winkNLP(model) instance gets its own deep copy of the
  // model (wink-eng-lite-web-model's core() clones it), so it has learned none of the words the
  // pipeline's instance has read (with `--reader both`). It reads the same warm-up texts first.
  const nlp = reader === 'pipeline' ? null : winkNLP(model, ['sbd', 'pos']);
  const read = (block: RawDocument[]) => {
    if (!nlp) return;
    const its = nlp.its;
    for (const d of block) {
      const doc = nlp.readDoc(d.content);
      doc.sentences().out(its.span);
      doc.tokens().out(its.value);
      doc.tokens().out(its.pos);
    }
  };
  const readers = reader === 'pipeline' ? [runPipeline] : reader === 'wink' ? [read] : [runPipeline, read];
  const pick = (timings: Timing[]) => ({
    pipeline: reader === 'wink' ? null : timings[0],
    wink: reader === 'pipeline' ? null : timings[readers.length - 1],
  });
  const cold_ = pick(await timeTurns(cold, readers));
  const backgroundAtStart = backgroundThreadsSeconds();
  for (let pass = 0; pass < WARM_PASSES; pass++) await timeTurns(bodies, readers);
  const backgroundMid = backgroundThreadsSeconds();
  if (pipeline) for (const name in pipeline.profile) pipeline.profile[name] = 0;
  events = 0;
  const timed_ = pick(await timeTurns(timed, readers));
  const backgroundAfter = backgroundThreadsSeconds();
  const reread = reader === 'pipeline' ? null : (await timeTurns(timed, [read]))[0];
  const peakRss = process.resourceUsage().maxRSS / 1024;

  const rate = (n: number, seconds: number) => n / seconds;
  const perArticle = (t: Timing) => ((t.seconds * 1000) / timed.length).toFixed(3);
  const background = (seconds: number | null, total: number) => (seconds === null ? 'unknown' : `${((100 * seconds) / total).toFixed(0)}%`);
  const later = timed.length - Math.floor(timed.length / 2);
  const byHalf = (t: Timing) => `${rate(t.half, t.first).toFixed(1)} then ${rate(later, t.second).toFixed(1)}`;
  const readerNames = reader === 'both' ? 'the pipeline and wink-nlp alone (a second model instance) take turns every ' + BLOCK + ' texts in one process' : `${reader === 'pipeline' ? 'the pipeline' : 'wink-nlp alone'} only, in its own process`;

  console.log(`timed: ${timed.length} Wikinews texts of about ${Math.round(words)} words, after ${cold.length + bodies.length} other warm-up texts (${gum.length} GUM Wikinews articles and ${WARM_WIKINEWS} other Wikinews texts, then ${bodies.length} gold bodies of WCXB and AEB pages of ${WARM_MIN_WORDS}+ words, read ${WARM_PASSES} times)`);
  console.log(`measure: CPU time (user + system, all threads, GC included); ${readerNames}${reader === 'wink' ? '' : `; the pipeline reads ${oneAtATime ? 'one document at a time (--one-at-a-time)' : `${BLOCK} texts at a time as one batch, stage by stage, as sitrep ingest does`}`}; every text, warm-up or timed, is a first reading for the reader that times it`);
  console.log(`load: ${loadSeconds.toFixed(2)} CPU-s (wall s by stage: ${loads}; code = lexicon patterns compiled)`);
  const timedSeconds = (timed_.pipeline?.seconds ?? 0) + (timed_.wink?.seconds ?? 0);
  if (timed_.pipeline && cold_.pipeline) {
    // The pipeline's own profile (wall time, which on a quiet machine is about CPU time): timing each
    // stage's CPU here took a getrusage call per document and stage inside the timed figure.
    const stages = Object.entries(pipeline!.profile).map(([name, ms]) => `${name} ${(ms / timed.length).toFixed(2)}`).join(', ');
    console.log(`whole pipeline (clean, lang, know, code), steady state: ${rate(timed.length, timed_.pipeline.seconds).toFixed(1)} articles per CPU-second, ${perArticle(timed_.pipeline)} ms per article (${events} events; target >= 100 articles per CPU-second)`);
    console.log(`  per article and stage (ms wall, the pipeline's own profile): ${stages}`);
    console.log(`  timed texts by half: ${byHalf(timed_.pipeline)} articles per CPU-second; first ${cold.length} texts after load (JIT cold): ${rate(cold.length, cold_.pipeline.seconds).toFixed(1)}`);
  }
  if (timed_.wink && cold_.wink && reread) {
    console.log(`wink-nlp alone (sentences, tokens, POS), steady state, fresh model instance: ${rate(timed.length, timed_.wink.seconds).toFixed(1)} articles per CPU-second, ${perArticle(timed_.wink)} ms per article`);
    console.log(`  timed texts by half: ${byHalf(timed_.wink)} articles per CPU-second; first ${cold.length} texts after load (JIT cold): ${rate(cold.length, cold_.wink.seconds).toFixed(1)}; re-reading the timed texts (not a fair basis): ${rate(timed.length, reread.seconds).toFixed(1)}`);
  }
  if (timed_.pipeline && timed_.wink) console.log(`ratio in this process, wink-nlp alone / pipeline: ${(timed_.pipeline.seconds / timed_.wink.seconds).toFixed(2)}x`);
  const midSeconds = backgroundMid !== null && backgroundAtStart !== null ? backgroundMid - backgroundAtStart : null;
  const timedBackground = backgroundAfter !== null && backgroundMid !== null ? backgroundAfter - backgroundMid : null;
  console.log(`CPU on V8's background threads (optimising compiler, GC helpers): ${background(timedBackground, timedSeconds)} of the timed texts' CPU (${midSeconds === null ? 'unknown' : `${midSeconds.toFixed(2)} s`} during the gold-body warm-up)`);

  if (pipeline) {
    // The code stage alone, in CPU time: its wall-clock share above moves with machine load and GC.
    const annotated: Doc[] = [];
    for (const d of wikinews.slice(0, CODE_SAMPLE)) annotated.push(await pipeline.run(d));
    for (const d of annotated) codeEvents(d);
    const codeStart = process.cpuUsage();
    for (let i = 0; i < CODE_ROUNDS; i++) for (const d of annotated) codeEvents(d);
    const codeMs = (cpuSeconds(codeStart) * 1000) / (CODE_ROUNDS * annotated.length);
    console.log(`code stage alone: ${codeMs.toFixed(2)} ms CPU per article (${annotated.length} texts x ${CODE_ROUNDS}; target <= 2 ms)`);
  }
  console.log(`peak RSS: ${peakRss.toFixed(0)} MB${reader === 'wink' ? '' : ' (target <= 400 MB)'}`);
}

function readerArgument(): 'both' | 'pipeline' | 'wink' {
  const at = process.argv.indexOf('--reader');
  const value = at < 0 ? 'both' : process.argv[at + 1];
  if (value !== 'both' && value !== 'pipeline' && value !== 'wink') throw new Error(`--reader takes pipeline, wink or both, not ${value}`);
  return value;
}

/**
 * Nine pairs of fresh processes, one reader each, and their medians. Each reader gets a process of
 * its own because two wink-nlp instances in one process share V8's compiled code for wink-nlp's
 * functions, and whichever instance the JIT's type feedback favours runs faster: in one process,
 * wink-nlp alone and the pipeline's lang stage traded about 0.4 ms per article from run to run
 * while their sum stayed near 4 ms. One process's time still moves by about ±15% with no code
 * change (wink-nlp alone: 1.25 to 2.0 ms per article, the pipeline 2.6 to 3.6, now and then far more),
 * hence nine pairs and the medians: with five, the median ratio moved by ±0.2x between invocations.
 */
const PAIRS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function runOne(reader: 'pipeline' | 'wink', passed: string[]): string {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--one-run', '--reader', reader, ...passed], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench:code ${reader} run failed (exit ${child.status})`);
  return child.stdout;
}

function figure(output: string, pattern: RegExp): number {
  const value = Number(pattern.exec(output)?.[1]);
  if (!Number.isFinite(value)) throw new Error(`bench:code: no figure for ${pattern} in its output:\n${output}`);
  return value;
}

function repeatRuns(): void {
  const passed = process.argv.slice(2);
  const pipelineMs: number[] = [];
  const winkMs: number[] = [];
  const pipelineRss: number[] = [];
  for (let pair = 1; pair <= PAIRS; pair++) {
    // alternate which reader goes first, so a drift in machine load falls on both
    const order: ('pipeline' | 'wink')[] = pair % 2 ? ['pipeline', 'wink'] : ['wink', 'pipeline'];
    const outputs: Record<string, string> = {};
    for (const reader of order) {
      outputs[reader] = runOne(reader, passed);
      if (outputs[reader].startsWith('skipped')) {
        process.stdout.write(outputs[reader]);
        return;
      }
    }
    pipelineMs.push(figure(outputs.pipeline, /^whole pipeline.*?, ([\d.]+) ms per article/m));
    winkMs.push(figure(outputs.wink, /^wink-nlp alone.*?, ([\d.]+) ms per article/m));
    pipelineRss.push(figure(outputs.pipeline, /^peak RSS: (\d+) MB/m));
    if (pair === 1) process.stdout.write(`pair 1 of ${PAIRS}, pipeline process:\n${outputs.pipeline}pair 1 of ${PAIRS}, wink-nlp process:\n${outputs.wink}`);
    else console.log(`pair ${pair} of ${PAIRS}: pipeline ${pipelineMs[pair - 1].toFixed(3)} ms, wink-nlp alone ${winkMs[pair - 1].toFixed(3)} ms per article (ratio ${(pipelineMs[pair - 1] / winkMs[pair - 1]).toFixed(2)}x), pipeline peak RSS ${pipelineRss[pair - 1]} MB`);
  }
  const list = (values: number[], digits: number) => values.map((v) => v.toFixed(digits)).join(', ');
  const pipeline = median(pipelineMs);
  const wink = median(winkMs);
  console.log(`\nmedians of ${PAIRS} fresh processes per reader (CPU ms per article on the timed texts):`);
  console.log(`whole pipeline: ${(1000 / pipeline).toFixed(1)} articles per CPU-second, ${pipeline.toFixed(3)} ms per article (runs: ${list(pipelineMs, 3)}; target >= 100 articles per CPU-second)`);
  console.log(`wink-nlp alone: ${(1000 / wink).toFixed(1)} articles per CPU-second, ${wink.toFixed(3)} ms per article (runs: ${list(winkMs, 3)})`);
  console.log(`ratio, median pipeline time / median wink-nlp alone time: ${(pipeline / wink).toFixed(2)}x (pair by pair: ${list(pipelineMs.map((p, i) => p / winkMs[i]), 2)}; target within 2x)`);
  console.log(`peak RSS of the pipeline's process, largest run: ${Math.max(...pipelineRss)} MB (target <= 400 MB)`);
}

if (process.argv.includes('--one-run')) await main();
else repeatRuns();
