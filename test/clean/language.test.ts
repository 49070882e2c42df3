// Language identification: the quick readings of the opening agree with the page reading,
// whatever white space or script the opening holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { identifyLanguage, identifyTextLanguage, loadLanguageModel } from '../../src/clean/language.ts';

const ENGLISH = 'The health ministry said 40 people had been treated for smoke inhalation after the factory fire on Tuesday night. '
  + 'Firefighters from three towns fought the blaze for six hours before it was brought under control, officials said. ';
const FRENCH = 'Le ministère de la santé a indiqué que quarante personnes avaient été soignées après l’incendie de l’usine mardi soir. '
  + 'Les pompiers de trois communes ont lutté contre les flammes pendant six heures avant de les maîtriser, selon les autorités. ';
const HINDI = 'स्वास्थ्य मंत्रालय ने कहा कि मंगलवार रात कारखाने में लगी आग के बाद चालीस लोगों का इलाज किया गया। ';

beforeAll(async () => {
  await loadLanguageModel();
});

describe('identifyLanguage', () => {
  it('reads English and French prose', () => {
    expect(identifyTextLanguage(ENGLISH.repeat(4))).toBe('en');
    expect(identifyTextLanguage(FRENCH.repeat(4))).toBe('fr');
  });

  it('gives the same answer on text and page readings, with white space and other scripts in the opening', () => {
    const texts = [
      ENGLISH.repeat(4),
      FRENCH.repeat(4),
      `${' \n\t'.repeat(300)}${ENGLISH.repeat(3)}`,
      ENGLISH.replace(/ /g, '     ').repeat(3),
      `${ENGLISH.repeat(2)}${HINDI.repeat(6)}`,
      `${HINDI.repeat(3)}${ENGLISH.repeat(3)}`,
      `${'x'.repeat(1999)}𝒜${ENGLISH}`,
      ENGLISH.slice(0, 120),
      '',
    ];
    for (const text of texts) expect(identifyTextLanguage(text)).toBe(identifyLanguage(text));
  });

  it('is unsure of too little text', () => {
    expect(identifyTextLanguage('Share this')).toBeNull();
  });
});
