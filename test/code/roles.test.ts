// genericAgents finds its candidate positions from the words a generic agent can start with: it
// must find what scanning the expressions' union over the whole text finds.
import { describe, expect, it } from 'vitest';
import { GENERIC_AGENTS, genericAgents } from '../../src/code/roles.ts';
import { expressionTexts } from '../../src/code/words.ts';
import { unionOf } from '../../src/code/context.ts';
import { ATTRIBUTION_CASES, FAMILY_CASES, HEDGE_CASES, MODALITY_CASES, NEGATIVE_CASES, TYPE_CASES } from './cases.ts';

const UNION = unionOf(GENERIC_AGENTS.map(([re]) => re), 'gi');

/** Every position the union matches at, then each expression's leftmost matches from there, as genericAgents worked before. */
function byUnionScan(text: string): Array<[number, number, string]> {
  const starts: number[] = [];
  UNION.lastIndex = 0;
  for (let m = UNION.exec(text); m; m = UNION.exec(text)) {
    starts.push(m.index);
    UNION.lastIndex = m.index + 1;
  }
  const out: Array<[number, number, string]> = [];
  for (const [re, sector] of GENERIC_AGENTS) {
    let next = 0;
    for (const start of starts) {
      if (start < next) continue;
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      next = m.index + m[0].length;
      if (out.some(([s, e]) => s < next && m.index < e)) continue;
      out.push([m.index, next, sector]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

describe('generic agents', () => {
  it('reads the texts of its expressions', () => {
    expect(expressionTexts('\\b(?:the\\s+)?(?:coast ?guards?|chief)\\b')).toEqual(['the coast guards', 'the coast guard', 'the coastguards', 'the coastguard', 'the chief', 'coast guards', 'coast guard', 'coastguards', 'coastguard', 'chief']);
    expect(() => expressionTexts('\\b(?:police.)\\b')).toThrow();
  });

  it('finds what a scan of the union finds', () => {
    const texts = [
      ...[...TYPE_CASES, ...NEGATIVE_CASES, ...MODALITY_CASES, ...FAMILY_CASES].map((c) => c[0]),
      ...HEDGE_CASES.map((c) => c[0]),
      ...ATTRIBUTION_CASES.map((c) => c[0]),
      "x'police and 3police, _police, police_ and police's officers; the  Police   officers",
      'An unknown gunman and a MASKED gunmen, the the army, an army, Coast guard, coastguards, dock workers, dockworkers, DOCKWORKERS.',
      'The security chief, police chief and intelligence chief met aid workers, the aid workers and trade unions; é police, policeé, naïve troops.',
      'the', 'police', 'The rebels', 'rebels-held', 'anti-government militants', 'MPs said', 'the MPs\u2019 vote',
    ];
    for (const text of texts) {
      const found = genericAgents(`>> ${text}`, 3, text.length + 3).map((g) => [g.entity.span[0] - 3, g.entity.span[1] - 3, g.entity.sector]);
      expect(found, text).toEqual(byUnionScan(text));
    }
  });
});
