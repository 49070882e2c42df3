// The page that started the project, end to end: a check of the families of phrasing, not rules for it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import type { SitrepEvent } from '../../src/model/types.ts';

const EXAMPLE = '../shared/examples/000_d9eb3d74249a51aa.txt';
const haveExample = existsSync(EXAMPLE);
if (!haveExample) console.warn(`skipping the example-page check: ${EXAMPLE} not found`);

describe.skipIf(!haveExample)('the example page end to end', () => {
  it('codes its mobilisation, attacks, threat, forecast, request and deployment', async () => {
    const doc = await defaultPipeline().run({
      sourceId: 'example', origin: EXAMPLE, kind: 'text', content: readFileSync(EXAMPLE, 'utf8'), contentHash: 'example', warnings: [],
    });
    const events = doc.events ?? [];
    const body = doc.article!.body;
    const find = (pred: (e: SitrepEvent) => boolean) => events.find(pred);

    const mobilisation = find((e) => e.type === 'MOBILIZE' && (e.magnitude.troops?.low ?? 0) > 300000);
    expect(mobilisation?.actors.map((a) => a.country)).toContain('ISR');

    const attacks = find((e) => e.type === 'ASSAULT' && e.magnitude.attacks !== undefined);
    expect(attacks?.magnitude.attacks?.low).toBe(13);
    expect(attacks?.magnitude.dead?.value).toBe(1);
    expect(attacks?.locations.map((l) => l.country).sort()).toEqual(['IRQ', 'SYR']);
    expect(attacks?.acled?.eventType).toBe('Explosions/Remote violence');
    expect(attacks?.attribution.map((a) => a.kind)).toContain('outlet');

    const losses = find((e) => e.type === 'ASSAULT' && e.magnitude.injured !== undefined);
    expect(losses?.magnitude.injured?.low).toBe(24);
    expect(losses?.attribution[0]).toMatchObject({ kind: 'outlet' });
    expect(losses?.attribution[0].source).toMatch(/Wall Street Journal/);

    const threat = find((e) => e.type === 'THREATEN' && e.actors.some((a) => /Netanyahu/.test(a.text)));
    expect(threat?.modality).toBe('threatened');
    expect(threat?.recipients.map((r) => r.text)).toContain('Hamas');
    expect(doc.quotes?.some((q) => /destroy Hamas/.test(q.text) && /Netanyahu/.test(q.speaker?.text ?? ''))).toBe(true);

    const invasion = find((e) => e.type === 'ASSAULT' && !e.fromCaption && /invasion/.test(e.trigger?.text ?? '') && e.sentence.index === 0);
    expect(invasion?.modality).toBe('forecast');

    const request = find((e) => e.type === 'REQUEST' && e.actors.some((a) => a.country === 'USA'));
    expect(request?.hedged).toBe(true);

    const deployment = find((e) => e.type === 'MOBILIZE' && e.modes.includes('weapons'));
    expect(deployment?.magnitude.other?.[0]).toMatchObject({ value: 11, high: 12 });

    for (const e of events) {
      for (const party of [...e.actors, ...e.recipients]) expect(party.text).not.toMatch(/^(EPA|Getty|Rex Features|Reuters|AP|AFP)$/);
      const source = e.fromCaption ? doc.article!.captions[e.captionIndex!].text : body;
      expect(source.slice(...e.trigger!.span)).toBe(e.trigger!.text);
    }
  }, 60_000);
});
