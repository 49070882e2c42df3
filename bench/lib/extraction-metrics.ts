// Extraction metrics, written from their published definitions:
// - AEB (ScrapingHub): \w+ tokens, word 4-shingles as a multiset; per-document
//   precision and recall; each averaged over documents; F1 of the two averages.
// - WCXB: lower-cased \w+ bag of words; per-page F1; averaged over pages.

const WORD = /[\p{L}\p{N}_]+/gu;

function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  for (const [key, count] of a) common += Math.min(count, b.get(key) ?? 0);
  return common;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
}

/** One AEB document: precision and recall of predicted 4-shingles against the truth's. */
export function aebDocument(predicted: string, truth: string): PrecisionRecall {
  const predictedShingles = shingles(predicted);
  const truthShingles = shingles(truth);
  const tp = overlap(predictedShingles, truthShingles);
  const fp = total(predictedShingles) - tp;
  const fn = total(truthShingles) - tp;
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

/** AEB corpus figures: averaged precision and recall, and the F1 of those averages. */
export function aebCorpus(documents: PrecisionRecall[]): PrecisionRecall & { f1: number } {
  const precision = mean(documents.map((d) => d.precision));
  const recall = mean(documents.map((d) => d.recall));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokens(text.toLowerCase())) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** WCXB's word-level F1 of one page (with its precision and recall). */
export function wcxbPage(predicted: string, truth: string): PrecisionRecall & { f1: number } {
  const predictedBag = bag(predicted);
  const truthBag = bag(truth);
  const truthTotal = total(truthBag);
  const predictedTotal = total(predictedBag);
  if (!truthTotal) return predictedTotal ? { precision: 0, recall: 1, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!predictedTotal) return { precision: 0, recall: 0, f1: 0 };
  const common = overlap(predictedBag, truthBag);
  const precision = common / predictedTotal;
  const recall = common / truthTotal;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
}
