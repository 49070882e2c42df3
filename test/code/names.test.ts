import { describe, expect, it } from 'vitest';
import { isInsideName, isTitleCase } from '../../src/code/names.ts';

const at = (text: string, word: string): [number, number] => {
  const start = text.indexOf(word);
  return [start, start + word.length];
};

describe('trigger words inside capitalised names', () => {
  it('finds a capitalised word with a capitalised neighbour', () => {
    const text = 'He was a senior commander of the Popular Mobilization Forces until 2019.';
    expect(isInsideName(text, ...at(text, 'Mobilization'))).toBe(true);
    const day = 'Thousands attended Invasion Day rallies across Australia.';
    expect(isInsideName(day, ...at(day, 'Invasion'))).toBe(true);
  });

  it('reads a name through its joining words: "of", "and", "for"', () => {
    const court = 'The ruling was upheld by the Court of Appeals last week.';
    expect(isInsideName(court, ...at(court, 'Appeals'))).toBe(true);
    const service = 'Crews from Bergen Fire and Rescue reached the site at dawn.';
    expect(isInsideName(service, ...at(service, 'Rescue'))).toBe(true);
    // a joining word after a lower-case word joins no name
    const prose = 'Hundreds of Protesters gathered outside.';
    expect(isInsideName(prose, ...at(prose, 'Protesters'))).toBe(false);
  });

  it('leaves lower-case words and lone capitalised words alone', () => {
    const text = 'Members of the Syrian Democratic Forces attacked a position near Raqqa.';
    expect(isInsideName(text, ...at(text, 'attacked'))).toBe(false);
    const first = 'Airstrikes hit the city overnight.';
    expect(isInsideName(first, ...at(first, 'Airstrikes'))).toBe(false);
  });

  it('does not count the sentence\'s first word, capitalised anyway, as part of a name', () => {
    const text = 'Israeli Airstrikes hit the city overnight.';
    expect(isInsideName(text, ...at(text, 'Airstrikes'))).toBe(false);
    const quoted = '“Massive Attacks will follow,” he said.';
    expect(isInsideName(quoted, ...at(quoted, 'Attacks'))).toBe(false);
  });

  it('needs a single space between the words: punctuation ends a name', () => {
    const text = 'After the vote in Parliament, Protesters gathered outside.';
    expect(isInsideName(text, ...at(text, 'Protesters'))).toBe(false);
  });

  it('tells headlines from prose dense with names', () => {
    expect(isTitleCase('Troops Attack Village Near Border, Killing Four')).toBe(true);
    expect(isTitleCase('Protests Spread Across Iran After Death of Student')).toBe(true);
    expect(isTitleCase('The 101st Airborne Division trained with the Air Assault School instructors at Fort Campbell.')).toBe(false);
    expect(isTitleCase('Officials from the Joint Mobilisation Office met donors in Kabul.')).toBe(false);
  });
});
