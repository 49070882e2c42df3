import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lang/index.ts';
import { runLang, sourceOf } from './helpers.ts';

describe('sentence splitting', () => {
  it('keeps abbreviations such as U.S., Gen. and Dr. inside their sentence', () => {
    const text = 'Gen. Lloyd Harris briefed the U.S. Senate committee on Monday. Dr. Amina Yusuf, who runs the clinic, said supplies were low. The U.N. envoy left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Gen. Lloyd Harris briefed the U.S. Senate committee on Monday.',
      'Dr. Amina Yusuf, who runs the clinic, said supplies were low.',
      'The U.N. envoy left.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    const text = '“We will not leave our homes,” the farmer said. “Never.” Police then cleared the square.';
    const texts = splitSentences(text).map((s) => s.text);
    expect(texts[0]).toBe('“We will not leave our homes,” the farmer said.');
    expect(texts.at(-1)).toBe('Police then cleared the square.');
  });

  it('breaks at blank lines and after short heading lines, not inside hard-wrapped prose', () => {
    const text = 'Monday, 3 March 2025\n\nFLOODS HIT THE NORTH\nRescue teams reached three villages on Sunday after the river burst its banks near\nthe town of Kessa, officials said.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Monday, 3 March 2025',
      'FLOODS HIT THE NORTH',
      'Rescue teams reached three villages on Sunday after the river burst its banks near\nthe town of Kessa, officials said.',
    ]);
  });

  it('numbers sentences in order and gives spans that slice back to their text', () => {
    const text = '  Troops withdrew from the ridge.\n\nThe ministry confirmed it on Friday.  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1]);
    for (const s of sentences) expect(text.slice(s.span[0], s.span[1])).toBe(s.text);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

describe('tokens', () => {
  it('tags tokens with universal part of speech', async () => {
    const doc = await runLang('The rebels attacked two army posts.');
    const tokens = doc.tokens!;
    expect(tokens.text).toEqual(['The', 'rebels', 'attacked', 'two', 'army', 'posts', '.']);
    expect(tokens.pos).toEqual(['DET', 'NOUN', 'VERB', 'NUM', 'NOUN', 'NOUN', 'PUNCT']);
    expect([...tokens.sentence]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // the parallel arrays hold exactly the tokens (the typed ones are trimmed to the count)
    for (const array of [tokens.text, tokens.start, tokens.end, tokens.pos, tokens.sentence]) expect(array.length).toBe(tokens.length);
  });

  it('keeps names with letters outside Latin-1 whole', async () => {
    const body = 'Mayor Paweł Kowalczyk met Recep Erdoğan in Gdańsk.';
    const doc = await runLang(body);
    const { text, start, end, pos } = doc.tokens!;
    const names = text.filter((_, i) => pos[i] === 'PROPN');
    expect(names).toEqual(expect.arrayContaining(['Paweł', 'Kowalczyk', 'Erdoğan', 'Gdańsk']));
    text.forEach((t, i) => expect(body.slice(start[i], end[i])).toBe(t));
  });

  it('keeps UTF-16 spans exact across emoji, curly quotes, contractions and line breaks', async () => {
    const body = 'Residents 😡 said they “can’t stay”.\n\nThe mayor’s office didn\'t reply — yet.\nCafé owners fled.';
    const doc = await runLang(body);
    const { text, start, end, sentence } = doc.tokens!;
    expect(doc.tokens!.length).toBeGreaterThan(15);
    text.forEach((t, i) => expect(body.slice(start[i], end[i])).toBe(t));
    for (const s of doc.sentences!) expect(body.slice(s.span[0], s.span[1])).toBe(s.text);
    expect(text.some((t) => t.includes('\n'))).toBe(false);
    // every token lies inside the sentence it names
    for (let i = 0; i < doc.tokens!.length; i++) {
      const s = doc.sentences![sentence[i]];
      expect(start[i]).toBeGreaterThanOrEqual(s.span[0]);
      expect(end[i]).toBeLessThanOrEqual(s.span[1]);
    }
  });
});

describe('captions', () => {
  it('appends caption sentences after the body with captionIndex and caption-relative spans', async () => {
    const captions = ['Soldiers patrol the market in Gao. Shops stayed shut.', 'A damaged bridge near the border.'];
    const doc = await runLang('The army said the town was calm. Shops reopened on Thursday.', { captions });
    const sentences = doc.sentences!;
    expect(sentences.map((s) => s.captionIndex)).toEqual([undefined, undefined, 0, 0, 1]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(sentences[2].span).toEqual([0, 'Soldiers patrol the market in Gao.'.length]);
    // the body's tokens, then each caption's, in one list
    const { text, start, end, sentence } = doc.tokens!;
    text.forEach((t, i) => expect(sourceOf(doc, sentence[i]).slice(start[i], end[i])).toBe(t));
    expect(text.filter((_, i) => sentence[i] === 4)[0]).toBe('A');
    for (const array of [text, start, end, doc.tokens!.pos, sentence]) expect(array.length).toBe(doc.tokens!.length);
  });
});

describe('long input', () => {
  it('handles a long body (more tokens than a call can spread, read in pieces) with exact spans', async () => {
    const paragraph = 'On Tuesday, 3 March 2020, at least 12 people died. “It was terrible,” he said. “Unclosed quote starts here.\n\n';
    const body = paragraph.repeat(5000);
    const doc = await runLang(body);
    expect(doc.tokens!.length).toBeGreaterThan(125_000);
    expect(doc.sentences!.length).toBe(15000);
    expect(doc.quantities!.filter((q) => q.text === 'at least 12')).toHaveLength(5000);
    expect(doc.quotes!.length).toBe(5000);
    for (const q of doc.quotes!) expect(body.slice(q.span[0], q.span[1])).toBe(q.text);
    // wink reads a body this long in pieces: spans must stay exact across the joins
    const { text, start, end } = doc.tokens!;
    const misplaced = text.filter((t, i) => body.slice(start[i], end[i]) !== t);
    expect(misplaced).toEqual([]);
    expect(doc.sentences!.every((s) => body.slice(s.span[0], s.span[1]) === s.text)).toBe(true);
  });
});

describe('wink-nlp instance renewal', () => {
  it('replaces the instance after the set number of characters, and reads the same sentences with the new one', async () => {
    const { loadNlp, segment, setNlpRenewChars } = await import('../../src/lang/segment.ts');
    const text = 'Gunmen attacked a police post near Maiduguri on Sunday, killing two officers, the army said. Residents fled to the nearby town of Konduga.';
    const previous = setNlpRenewChars(text.length);
    try {
      // a fresh count: whatever the instance read before, the next segment() starts a new one at most once
      const first = segment(text);
      const before = loadNlp();
      const second = segment(text);
      const after = loadNlp();
      expect(after).not.toBe(before);
      expect(second.sentences.map((s) => s.text)).toEqual(first.sentences.map((s) => s.text));
      expect(second.tokens.text).toEqual(first.tokens.text);
      expect(second.tokens.pos).toEqual(first.tokens.pos);
    } finally {
      setNlpRenewChars(previous);
    }
  });

  it('keeps one instance while fewer characters than the interval are read', async () => {
    const { loadNlp, segment, setNlpRenewChars } = await import('../../src/lang/segment.ts');
    const previous = setNlpRenewChars(1_000_000);
    try {
      segment('A first short text.');
      const instance = loadNlp();
      segment('Protesters gathered outside the ministry in Nairobi on Tuesday.');
      expect(loadNlp()).toBe(instance);
    } finally {
      setNlpRenewChars(previous);
    }
  });
});
