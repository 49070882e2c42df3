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

  it('takes function words as English only when they fill the sample, not an English opening or borrowed words', () => {
    const indonesian = 'Kementerian kesehatan mengatakan empat puluh orang dirawat setelah kebakaran pabrik pada Selasa malam. '
      + 'Petugas pemadam kebakaran dari tiga kota memadamkan api selama enam jam sebelum berhasil dikendalikan, kata pejabat setempat. ';
    expect(identifyTextLanguage(`These notes are old and will not be updated with the new version.\n\n${indonesian.repeat(6)}`)).toBe('id');
    const german = 'Die Firma hat das neue Update für die App am Montag veröffentlicht, und das Team will es testen. '
      + 'Das Meeting mit dem Chef fand in Berlin statt, wo die Manager über das Marketing und die Software sprachen. ';
    expect(identifyTextLanguage(german.repeat(4))).toBe('de');
    expect(identifyTextLanguage(FRENCH.repeat(4))).toBe('fr');
    // English with many names and little else still reads as English
    const names = 'Prime Minister Kwame Mensah of Ghana met President Aiko Tanaka of Japan in Accra on Monday, and the two said '
      + 'that their governments would sign a trade agreement with Nigeria, Togo and Benin before the summit in Lomé. ';
    expect(identifyTextLanguage(names.repeat(3))).toBe('en');
  });

  it('is unsure of too little text', () => {
    expect(identifyTextLanguage('Share this')).toBeNull();
  });
});
