// The word scanner of the mention scan: its words, spans and keys on news-like phrasing, and the
// same words as the regular expression it stands in for.
import { describe, expect, it } from 'vitest';
import { readWords, words } from '../../src/know/words.ts';
import { nameKey } from '../../src/know/normalize.ts';

const REFERENCE = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The words as the regular expression finds them, with the scanner's possessive rule. */
function reference(text: string): [string, number][] {
  return [...text.matchAll(REFERENCE)].map((m) => {
    const t = m[0].endsWith("'s") || m[0].endsWith('’s') ? m[0].slice(0, -2) : m[0];
    return [t, m.index];
  });
}

describe('words', () => {
  it('reads dotted capitals, hyphens, apostrophes and possessives', () => {
    const text = "The U.S. and Vietnamese-led forces met O'Brien’s aides in Côte d’Ivoire's capital on 12 March; the U.N said";
    const ws = words(text);
    expect(ws.map((w) => w.text)).toEqual(['The', 'U.S.', 'and', 'Vietnamese-led', 'forces', 'met', "O'Brien", 'aides', 'in', 'Côte', 'd’Ivoire', 'capital', 'on', '12', 'March', 'the', 'U.N', 'said']);
    for (const w of ws) {
      expect(text.slice(w.start, w.end)).toBe(w.text);
      expect(w.key).toBe(nameKey(w.text));
    }
    expect(ws.filter((w) => w.capital).map((w) => w.text)).toEqual(['The', 'U.S.', 'Vietnamese-led', "O'Brien", 'Côte', 'March', 'U.N']);
    expect(ws.find((w) => w.text === 'U.S.')!.key).toBe('us');
    expect(ws.find((w) => w.text === 'Côte')!.key).toBe('cote');
  });

  it('leaves out punctuation, trailing hyphens and lone apostrophes', () => {
    expect(words("Workers' rights -- a 'new' deal - (Kyiv), state-  run").map((w) => w.text)).toEqual(['Workers', 'rights', 'a', 'new', 'deal', 'Kyiv', 'state', 'run']);
  });

  it('finds the same words as the regular expression, non-Latin scripts and astral letters included', () => {
    const texts = [
      'Премьер-министр России Владимир Путин заявил', 'الرئيس السوري بشار الأسد', '北京 said on Monday 中国',
      'Ⅻ² ½ 𝐀.𝐁. 𝐚b U.S.A. A.b A. .B', "rock'n'roll ’s 's x's-y", 'İstanbul ǅemal Σίσυφος', 'naïve café\u0301 Zürich',
      'broken \ud835 surrogate \udc00 halves', 'A.B.Cd and U.K.-based', '',
    ];
    for (const text of texts) expect(words(text).map((w) => [w.text, w.start]), text).toEqual(reference(text));
  });

  it('readWords gives the same words in its reused arrays, sentence after sentence, longer or shorter', () => {
    const texts = ['The U.S. said', 'Kyiv', 'Forces of the Democratic Republic of the Congo met in Goma on Monday', 'Kyiv and Lviv', '', 'The U.N. said'];
    for (const text of [...texts, ...texts.reverse()]) {
      expect(readWords(text).map((w) => [w.text, w.start, w.end, w.capital, w.key]), text).toEqual(words(text).map((w) => [w.text, w.start, w.end, w.capital, w.key]));
    }
  });
});
