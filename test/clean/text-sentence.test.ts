// Plain text's isArticle, read in one pass, against the expression it stands for (bodies whose short
// sentences have fewer than four words), and the short sentences it takes besides.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.ts';

const SENTENCE = /[^\n]{40,}[.!?]["”’]?(?:\s|$)/;

function article(content: string) {
  return cleanText({ sourceId: 'doc', origin: 'test', kind: 'text', content, contentHash: 'hash', warnings: [] });
}

const forty = 'x'.repeat(39);

describe('plain text isArticle', () => {
  const bodies = [
    'The ministry said 40 people had been treated after the fire.',
    `${forty}.`,
    `${forty}x.`,
    `${forty}x."`,
    `${forty}x.”a further clause`,
    `${forty}x."a and more words after it all the way`,
    `${forty}x?' then`,
    `${forty}x! then`,
    `Short line.\n\n${forty} and a long line that ends without a mark`,
    `Short line.\n\n${forty}xx\tthen on.`,
    `Headline without a mark at all here in this one\n\nA second line, also long enough and closed.`,
    `A first line of forty or more characters and no mark\n\nshort. line. marks. everywhere. here.`,
    'Labels only\nShare\nTweet',
    `${forty}xyz.\u2003tail`,
  ];
  it('agrees with the expression on every body', () => {
    for (const content of bodies) {
      const { body, isArticle } = article(content);
      expect(isArticle, JSON.stringify(body)).toBe(SENTENCE.test(body));
    }
  });
  it('finds sentences and rejects labels', () => {
    expect(article(bodies[0]).isArticle).toBe(true);
    expect(article('Labels only\nShare\nTweet').isArticle).toBe(false);
  });
  it('takes a short sentence of four or more words, one in lower case, as a one-line report', () => {
    expect(article('Militants attacked the town.').isArticle).toBe(true);
    expect(article('Explosions heard in Kyiv.').isArticle).toBe(true);
    expect(article('Share this article.').isArticle).toBe(false);
    expect(article('Terms Of Use Apply Here.').isArticle).toBe(false);
    expect(article('Read more. Share. Subscribe now.').isArticle).toBe(false);
  });
});
