// `sitrep eval plover|petrarch`: scores event coding against gold-coded sentences.
import { existsSync } from 'node:fs';
import { defaultPipeline } from '../../pipeline/default.ts';
import { evaluate, formatReport, loadCameoTable, loadPetrarchGold, loadPloverGold } from '../../code/evaluate.ts';
import { positiveInteger, parseOptions, UsageError, type Command } from '../options.ts';

const DEFAULT_PLOVER = '../shared/data/plover/plover_gsr_normalized.jsonl';
const DEFAULT_PETRARCH = '../shared/data/petrarch/PETR2_GSR_validation.jsonl';
const DEFAULT_CAMEO_TABLE = '../shared/data/plover/CAMEO2PLOVER-2021.txt';

const help = `Usage: sitrep eval plover|petrarch [options]

Runs the whole pipeline on gold-coded sentences and prints precision, recall
and F1 per PLOVER type, type accuracy, macro-F1, and actor and recipient
country accuracy (over sentences whose type sitrep got right).

  plover     the PLOVER gold-standard sentences (one event type each)
  petrarch   the PETRARCH2 validation sentences, CAMEO codes mapped to PLOVER
             with the CAMEO-to-PLOVER table (several events per sentence)

Options:
  --gold FILE      gold JSONL (default ${DEFAULT_PLOVER}
                   or ${DEFAULT_PETRARCH})
  --cameo FILE     CAMEO-to-PLOVER table for petrarch (default ${DEFAULT_CAMEO_TABLE})
  --misses N       also list up to N sentences coded wrongly
  --json           print the report as JSON
  -h, --help       show this help`;

export const command: Command = {
  summary: 'score event coding against gold sentences (plover, petrarch)',
  help,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      gold: { type: 'string' },
      cameo: { type: 'string' },
      misses: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [set, ...extra] = positionals;
    if (set !== 'plover' && set !== 'petrarch') throw new UsageError('name the gold set: plover or petrarch');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const missCount = positiveInteger(values.misses, '--misses') ?? 0;
    const goldPath = values.gold ?? (set === 'plover' ? DEFAULT_PLOVER : DEFAULT_PETRARCH);
    const tablePath = values.cameo ?? DEFAULT_CAMEO_TABLE;
    for (const path of set === 'plover' ? [goldPath] : [goldPath, tablePath]) {
      if (!existsSync(path)) {
        console.error(`sitrep eval: ${path} not found; give the file with --gold/--cameo (the default is the shared evaluation data beside the checkout)`);
        return 1;
      }
    }
    const gold = set === 'plover' ? loadPloverGold(goldPath) : loadPetrarchGold(goldPath, loadCameoTable(tablePath));
    const report = await evaluate(defaultPipeline(), gold, set === 'petrarch');
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
      return 0;
    }
    console.log(formatReport(set === 'plover' ? 'PLOVER gold standard' : 'PETRARCH2 validation (CAMEO mapped to PLOVER)', report));
    if (missCount) {
      console.log('\nmisses:');
      for (const m of report.misses.slice(0, missCount)) console.log(`  [${m.gold.join(',') || 'none'} <- ${m.predicted ?? 'none'}] ${m.text}`);
    }
    return 0;
  },
};
