// Whole-pipeline speed (clean -> lang -> know -> code) on clean news-length text, against wink-nlp
// alone reading the same texts (sentences, tokens, part of speech), and peak memory.
// Run: npm run bench:code  (needs ../shared/data/wikinews-en)
import { existsSync, readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { codeEvents } from '../src/code/index.ts';
import type { Doc } from '../src/pipeline/doc.ts';
import type { RawDocument } from '../src/model/types.ts';

const WIKINEWS = new URL('../../shared/data/wikinews-en/articles.jsonl', import.meta.url);
const TARGET_WORDS = 800;
const CODE_SAMPLE = 60;
const CODE_ROUNDS = 10;
const WARM_UP = 10;

/** News texts of about 800 words: each article's paragraphs, topped up from the next articles. */
function newsTexts(): RawDocument[] {
  const rows = readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; date: string; text: string });
  const paragraphs = rows.flatMap((r) => r.text.split(/\n{2,}/).map((p) => ({ text: p.trim(), date: r.date })).filter((p) => p.text.length > 0));
  const docs: RawDocument[] = [];
  let current: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    current.push(p.text);
    count += p.text.split(/\s+/).length;
    if (count < TARGET_WORDS) continue;
    const content = current.join('\n\n');
    docs.push({ sourceId: `bench-${docs.length}`, origin: `bench-${docs.length}`, kind: 'text', content, contentHash: `bench-${docs.length}`, warnings: [], published: p.date });
    current = [];
    count = 0;
  }
  return docs;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function main(): Promise<void> {
  if (!existsSync(WIKINEWS)) {
    console.log('skipped: ../shared/data/wikinews-en/articles.jsonl is absent (the code bench reads its articles as sample news text)');
    return;
  }
  const docs = newsTexts();
  const words = docs.reduce((n, d) => n + d.content.split(/\s+/).length, 0) / docs.length;

  // The first WARM_UP texts warm the JIT for both readers; the rest are timed. Every timed text is
  // new to the reader that times it: wink-nlp adds each unseen word to its model's lexicon, and a
  // second reading of the same texts runs about twice as fast, which would flatter wink alone.
  const warm = docs.slice(0, WARM_UP);
  const timed = docs.slice(WARM_UP);

  const pipeline = defaultPipeline();
  const loadStart = process.cpuUsage();
  await pipeline.init();
  const loadSeconds = cpuSeconds(loadStart);
  for (const d of warm) await pipeline.run(d);
  const profileBefore = { ...pipeline.profile };

  // Timed in two halves: the first half still pays one-off costs spread over the first documents
  // (JIT compilation, regular expressions compiled on first use, indices built lazily); the second
  // half is nearer the steady state of a long run. Every text is still a first reading.
  const half = Math.floor(timed.length / 2);
  let events = 0;
  const pipelineStart = process.cpuUsage();
  for (const d of timed.slice(0, half)) events += (await pipeline.run(d)).events?.length ?? 0;
  const pipelineFirstHalf = cpuSeconds(pipelineStart);
  const secondStart = process.cpuUsage();
  for (const d of timed.slice(half)) events += (await pipeline.run(d)).events?.length ?? 0;
  const pipelineSecondHalf = cpuSeconds(secondStart);
  const pipelineSeconds = pipelineFirstHalf + pipelineSecondHalf;

  // wink-nlp alone, as a first reading: a new winkNLP(model) instance gets its own deep copy of the
  // model (wink-eng-lite-web-model's core() clones it), so it has learned none of the words the
  // pipeline's instance has read. The JIT is warm for both.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const read = (text: string) => {
    const doc = nlp.readDoc(text);
    doc.sentences().out(its.span);
    doc.tokens().out(its.value);
    doc.tokens().out(its.pos);
  };
  for (const d of warm) read(d.content);
  const winkStart = process.cpuUsage();
  for (const d of timed.slice(0, half)) read(d.content);
  const winkFirstHalf = cpuSeconds(winkStart);
  const winkSecondStart = process.cpuUsage();
  for (const d of timed.slice(half)) read(d.content);
  const winkSecondHalf = cpuSeconds(winkSecondStart);
  const winkSeconds = winkFirstHalf + winkSecondHalf;
  const rereadStart = process.cpuUsage();
  for (const d of timed) read(d.content);
  const rereadSeconds = cpuSeconds(rereadStart);

  const peakRss = process.resourceUsage().maxRSS / 1024;
  const stages = Object.entries(pipeline.profile).map(([name, ms]) => `${name} ${((ms - profileBefore[name]) / timed.length).toFixed(2)} ms`).join(', ');

  // The code stage alone, in CPU time: its wall-clock share above moves with machine load and GC.
  const annotated: Doc[] = [];
  for (const d of docs.slice(0, CODE_SAMPLE)) annotated.push(await pipeline.run(d));
  for (const d of annotated) codeEvents(d);
  const codeStart = process.cpuUsage();
  for (let i = 0; i < CODE_ROUNDS; i++) for (const d of annotated) codeEvents(d);
  const codeMs = (cpuSeconds(codeStart) * 1000) / (CODE_ROUNDS * annotated.length);

  const pipelineRate = timed.length / pipelineSeconds;
  const winkRate = timed.length / winkSeconds;
  console.log(`texts: ${timed.length} Wikinews texts of about ${Math.round(words)} words, timed after ${warm.length} warm-up texts; CPU time (user + system, all threads, GC included)`);
  console.log(`whole pipeline (clean, lang, know, code), first reading: ${pipelineRate.toFixed(1)} articles per CPU-second (${events} events; model load ${loadSeconds.toFixed(2)} CPU-s)`);
  console.log(`per article and stage (wall): ${stages}`);
  console.log(`code stage alone: ${codeMs.toFixed(2)} ms CPU per article (${annotated.length} texts x ${CODE_ROUNDS}; target <= 2 ms)`);
  console.log(`wink-nlp alone (sentences, tokens, POS), first reading by a fresh model instance: ${winkRate.toFixed(1)} articles per CPU-second`);
  console.log(`  (the same instance re-reading the same texts, not a fair basis: ${(timed.length / rereadSeconds).toFixed(1)} articles per CPU-second)`);
  console.log(`ratio wink-nlp / pipeline, both first readings: ${(winkRate / pipelineRate).toFixed(2)}x (target within 2x)`);
  const later = timed.length - half;
  const pipelineLater = later / pipelineSecondHalf;
  const winkLater = later / winkSecondHalf;
  console.log(`  by half: pipeline ${(half / pipelineFirstHalf).toFixed(1)} then ${pipelineLater.toFixed(1)} articles per CPU-second; wink-nlp alone ${(half / winkFirstHalf).toFixed(1)} then ${winkLater.toFixed(1)}; ratio on the second half ${(winkLater / pipelineLater).toFixed(2)}x`);
  console.log(`peak RSS: ${peakRss.toFixed(0)} MB (target <= 400 MB)`);
}

await main();
