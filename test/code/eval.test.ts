// CI gate on the PLOVER and PETRARCH gold sentences (floors a little under the measured figures;
// see docs/benchmarks.md). Skips when the shared evaluation data is absent.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { evaluate, loadCameoTable, loadPetrarchGold, loadPloverGold } from '../../src/code/evaluate.ts';

const PLOVER = '../shared/data/plover/plover_gsr_normalized.jsonl';
const PETRARCH = '../shared/data/petrarch/PETR2_GSR_validation.jsonl';
const CAMEO = '../shared/data/plover/CAMEO2PLOVER-2021.txt';

const havePlover = existsSync(PLOVER);
const havePetrarch = existsSync(PETRARCH) && existsSync(CAMEO);
if (!havePlover) console.warn(`skipping the PLOVER gate: ${PLOVER} not found (shared evaluation data is not part of the repo)`);
if (!havePetrarch) console.warn(`skipping the PETRARCH gate: ${PETRARCH} or ${CAMEO} not found`);

describe.skipIf(!havePlover)('PLOVER gold standard', () => {
  it('codes event types, and actor and recipient countries where the type is right, above the floors', async () => {
    const report = await evaluate(defaultPipeline(), loadPloverGold(PLOVER), false);
    expect(report.sentences).toBe(322);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.86);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(report.actorCountry.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(report.recipientCountry.accuracy).toBeGreaterThanOrEqual(0.62);
    expect(report.noEvent).toBeLessThanOrEqual(15);
    expect(report.perType.filter((t) => t.support > 0)).toHaveLength(16);
  }, 120_000);
});

describe.skipIf(!havePetrarch)('PETRARCH2 validation', () => {
  it('codes mapped CAMEO events above the floors', async () => {
    const report = await evaluate(defaultPipeline(), loadPetrarchGold(PETRARCH, loadCameoTable(CAMEO)), true);
    expect(report.sentences).toBe(78);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.36);
    expect(report.actorCountry.accuracy).toBeGreaterThanOrEqual(0.7);
  }, 120_000);
});
