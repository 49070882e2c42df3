// Tests skipped for want of a word must give what running them gives.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../src/code/coder.ts';
import { guardHolds, hedgeCue, isSportOnly } from '../../src/code/context.ts';
import { findAttributions } from '../../src/code/attribution.ts';
import { cueWordsOf, expressionTexts, matchWords } from '../../src/code/words.ts';
import type { Guard } from '../../src/code/lexicon.ts';
import { FAMILY_CASES, MODALITY_CASES, NEGATIVE_CASES, TYPE_CASES } from './cases.ts';

const GUARDS: Guard[] = ['violence', 'labour', 'armed', 'crowd', 'political'];

describe('words of the sentence', () => {
  it('reads the texts of an expression', () => {
    expect(expressionTexts('\\b(semi-?final|United(?!\\s+States)|the defen[cs]e(?=\\s*[.,;]))\\b')).toEqual(['semi-final', 'semifinal', 'united', 'the defence', 'the defense']);
    expect(matchWords(/\b(?:protest\w*|rioters)\b/i).stems).toEqual(['protest']);
    expect(() => matchWords(/\b(?:\w+ists)\b/i)).toThrow();
  });

  it('refuses cue words that some match of the expression lacks', () => {
    expect(() => cueWordsOf(/\b(?:according to (?:unconfirmed|unverified) reports?)\b/i, ['unconfirmed'])).toThrow();
    // Without \b, the text's first word may be the end of a longer word.
    expect(() => cueWordsOf(/x(?:said|told)\b/i, ['xsaid', 'xtold'])).toThrow();
  });

  it('skips an expression only where it would not match', () => {
    const crafted = [
      "x'football fans clashed with police", '3semi-final riots', 'They attacked the defence.', 'Man United fans attacked a bus',
      'Stocks fell as rebels attacked the city', "the market's fall", "workers' strike action", 'Hurricane winds attacked the coast',
      'The film shows soldiers attacking a village', 'Rocket launch pad attacked', 'S&P traders protested outside', 'covid-19attacks',
      'Fighting erupted after the match between rival fans', 'teachers went on strike over pay', 'They rallied supporters in the square',
      'Kidnappers attacked the convoy', "x'kidnapped men were killed", 'The diplomatic row led them to discuss trade', 'Marchers clashed with stone-throwing youths',
      'The coach praised the protesting fans after the game', 'Villagers met in the square to discuss the harvest', 'The minister will meet farmers',
      'Rebels reportedly attacked the town, officials said.', 'Troops are said to have shelled it', "x'said the army attacked, police told reporters",
      'Rumours of an attack spread, the ministry claimed.',
    ];
    const sentences = [...crafted, ...[...TYPE_CASES, ...NEGATIVE_CASES, ...MODALITY_CASES, ...FAMILY_CASES].map((c) => c[0])];
    for (const sentence of sentences) {
      findTriggers(sentence);
      expect(isSportOnly(sentence, true), sentence).toBe(isSportOnly(sentence));
      expect(hedgeCue(sentence, true), sentence).toBe(hedgeCue(sentence));
      expect(findAttributions(sentence, 0, [], true), sentence).toEqual(findAttributions(sentence, 0, []));
      for (let start = 0; start < sentence.length; start++) {
        if (!/[A-Za-z]/.test(sentence[start]) || /[A-Za-z0-9_]/.test(sentence[start - 1] ?? ' ')) continue;
        const end = start + /^[A-Za-z]+/.exec(sentence.slice(start))![0].length;
        const text = sentence.slice(start, end);
        for (const guard of GUARDS) expect(guardHolds(guard, sentence, start, end, text, true), `${guard} ${text} in ${sentence}`).toBe(guardHolds(guard, sentence, start, end, text));
      }
    }
  });
});
