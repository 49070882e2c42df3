// Lang stage speed on news-length text, against wink-nlp alone (sentences, tokens, part of speech)
// on the same texts. Run: npx tsx bench/lang.ts  (needs ../shared/data/wikinews-en)
import { existsSync, readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { langStage } from '../src/lang/index.ts';
import { loadNlp } from '../src/lang/segment.ts';
import { Doc } from '../src/pipeline/doc.ts';
import { newsRows } from './lib/news-rows.ts';

const WIKINEWS = new URL('../../shared/data/wikinews-en/articles.jsonl', import.meta.url);
const WORDS_PER_TEXT = 800;
const ROUNDS = 3;

interface Sample { text: string; date: string }

/** Whole paragraphs of consecutive Wikinews articles, gathered until each text holds about 800 words. */
function samples(): Sample[] {
  const out: Sample[] = [];
  let paragraphs: string[] = [];
  let words = 0;
  for (const article of newsRows(readFileSync(WIKINEWS, 'utf8'))) {
    for (const paragraph of article.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
      if (words >= WORDS_PER_TEXT) {
        out.push({ text: paragraphs.join('\n\n'), date: article.date ?? '' });
        paragraphs = [];
        words = 0;
      }
    }
  }
  return out;
}

function makeDoc(sample: Sample): Doc {
  const doc = new Doc({ sourceId: 'bench', origin: 'bench', kind: 'text', content: sample.text, contentHash: '', warnings: [] });
  doc.article = {
    id: 'bench', sourceId: null, url: null, title: null, byline: null, outlet: null, language: 'en',
    published: { value: sample.date, precision: 'day', source: 'input', confidence: 0.9 },
    pageDates: [], body: sample.text, captions: [], removed: [], isArticle: true,
  };
  return doc;
}

/**
 * Articles per CPU-second after a warm-up: on the first reading of the texts (as in the pipeline,
 * where every article is new and wink-nlp meets words its cache does not hold yet) and the best of
 * a few rounds.
 */
function perCpuSecond(texts: Sample[], work: (sample: Sample) => void): { first: number; best: number } {
  for (const sample of texts.slice(0, 20)) work(sample);
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.cpuUsage();
    for (const sample of texts) work(sample);
    const used = process.cpuUsage(started);
    rates.push(texts.length / ((used.user + used.system) / 1e6));
  }
  return { first: rates[0], best: Math.max(...rates) };
}

if (!existsSync(WIKINEWS)) {
  console.log('skipped: ../shared/data/wikinews-en is absent (the lang bench reads its articles as sample text)');
} else {
  const texts = samples();
  const words = texts.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0) / texts.length;
  const its = loadNlp().its;
  let counts = { sentences: 0, tokens: 0, dates: 0, quantities: 0, quotes: 0 };
  const stage = perCpuSecond(texts, (sample) => {
    const doc = makeDoc(sample);
    void langStage.run(doc);
    counts = {
      sentences: counts.sentences + doc.sentences!.length, tokens: counts.tokens + doc.tokens!.length,
      dates: counts.dates + doc.dates!.length, quantities: counts.quantities + doc.quantities!.length, quotes: counts.quotes + doc.quotes!.length,
    };
  });
  // A new winkNLP(model) instance has its own copy of the model, so it has learned none of the words
  // the lang stage's instance met: its first round is a first reading, like the stage's.
  const fresh = winkNLP(model, ['sbd', 'pos']);
  const winkAlone = perCpuSecond(texts, (sample) => {
    const read = fresh.readDoc(sample.text);
    read.sentences().out(its.span);
    read.tokens().out(its.value);
    read.tokens().out(its.pos);
  });
  const runs = 20 + ROUNDS * texts.length;
  console.log(`texts: ${texts.length} of ${words.toFixed(0)} words on average (Wikinews, CC BY 2.5)`);
  console.log(`lang stage (wink-nlp, spans, dates, quantities, quotes): ${stage.best.toFixed(0)} articles per CPU-second (first reading: ${stage.first.toFixed(0)})`);
  console.log(`wink-nlp alone (sentences, tokens, POS), own model instance: ${winkAlone.best.toFixed(0)} articles per CPU-second (first reading: ${winkAlone.first.toFixed(0)})`);
  console.log(`ratio wink alone / lang stage: ${(winkAlone.first / stage.first).toFixed(2)} on first readings, ${(winkAlone.best / stage.best).toFixed(2)} on best rounds`);
  console.log(`per article: ${(counts.sentences / runs).toFixed(1)} sentences, ${(counts.dates / runs).toFixed(1)} dates, ${(counts.quantities / runs).toFixed(1)} quantities, ${(counts.quotes / runs).toFixed(1)} quotes`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
