import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureServer, type FixtureServer } from './helpers.ts';

const TOKEN = 'test-token-5f2c';
const auth = { authorization: `Bearer ${TOKEN}` };
const article = (id: string, text: string) => JSON.stringify({ id, text, outlet: 'Coast Herald', published: '2024-06-03' });

describe('POST /api/documents with a token', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await fixtureServer({ token: TOKEN, bodyLimit: 64 * 1024 });
  });
  afterAll(() => server.close());

  const post = (payload: string, headers: Record<string, string>) =>
    server.app.inject({ method: 'POST', url: '/api/documents', payload, headers });

  it('ingests jsonl through the pipeline, one result per line, and the batch goes on past a bad line', async () => {
    const body = [
      article('coast-1', 'Fishermen blocked the harbour road in Mombasa on Monday to protest against a new licence fee.'),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', url: 'https://example.org/x' }),
      article('coast-2', 'Port workers in Dar es Salaam went on strike on Tuesday over unpaid overtime.'),
    ].join('\n');
    const response = await post(body, { ...auth, 'content-type': 'application/x-ndjson' });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ read: 4, stored: 2, duplicates: 0, failed: 2 });
    expect(result.results.map((r: { status: string }) => r.status)).toEqual(['stored', 'failed', 'failed', 'stored']);
    expect(result.results[1].error).toMatch(/line 2: malformed JSON/);
    expect(result.results[2].error).toMatch(/line 3: .*"text" or "html"/);

    const stored = await server.app.inject({ url: `/api/articles/${result.results[0].articleId}` });
    expect(stored.statusCode).toBe(200);
    expect(stored.json().body).toContain('Fishermen blocked the harbour road');
    expect(stored.json().sourceId).toBe('coast-1');
  });

  it('skips documents already stored, whether posted as JSON or jsonl', async () => {
    const again = JSON.parse(`[${article('coast-1', 'Fishermen blocked the harbour road in Mombasa on Monday to protest against a new licence fee.')}]`);
    const response = await post(JSON.stringify(again), { ...auth, 'content-type': 'application/json' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ read: 1, stored: 0, duplicates: 1, failed: 0 });
  });

  it('accepts a single JSON object', async () => {
    const response = await post(article('coast-3', 'Residents of Lamu held a sit-in outside the county offices on Friday.'), { ...auth, 'content-type': 'application/json' });
    expect(response.json()).toMatchObject({ stored: 1 });
  });

  const refused: [string, () => Promise<{ statusCode: number; json: () => { message: string } }>, number, RegExp][] = [
    ['no token', () => post(article('x', 'Some text here.'), { 'content-type': 'application/json' }), 401, /bearer token/],
    ['wrong token', () => post(article('x', 'Some text here.'), { authorization: 'Bearer nope', 'content-type': 'application/json' }), 401, /bearer token/],
    ['malformed header', () => post(article('x', 'Some text here.'), { authorization: TOKEN, 'content-type': 'application/json' }), 401, /bearer token/],
    ['bad JSON body', () => post('{"id": 1, "text": "unterminated', { ...auth, 'content-type': 'application/json' }), 400, /not valid JSON/],
    ['wrong JSON shape', () => post('"just a string"', { ...auth, 'content-type': 'application/json' }), 400, /body/],
    ['text of the wrong type', () => post('{"id": "n", "text": 42}', { ...auth, 'content-type': 'application/json' }), 400, /body/],
    ['empty jsonl', () => post('\n\n', { ...auth, 'content-type': 'application/x-ndjson' }), 400, /no documents/],
    ['oversize body', () => post(article('big', 'word '.repeat(20_000)), { ...auth, 'content-type': 'application/json' }), 413, /too large/i],
    ['unsupported content type', () => post('id,text\n1,hello', { ...auth, 'content-type': 'text/csv' }), 415, /content-type/i],
  ];
  it.each(refused)('refuses %s', async (_name, send, status, message) => {
    const response = await send();
    expect(response.statusCode).toBe(status);
    expect(response.json().message).toMatch(message);
  });
});

describe('POST /api/documents without a token', () => {
  it('is disabled, even with an Authorization header', async () => {
    const server = await fixtureServer({ token: null });
    try {
      const response = await server.app.inject({
        method: 'POST', url: '/api/documents', headers: { ...auth, 'content-type': 'application/json' },
        payload: article('x', 'Villagers marched to the district office on Monday.'),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toMatch(/writing is disabled/);
      expect((await server.store.stats()).articles).toBe(6);
    } finally {
      await server.close();
    }
  });
});
