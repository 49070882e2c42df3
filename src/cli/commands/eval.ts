// `sitrep eval plover|petrarch`: scores event coding against gold-coded sentences.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../../pipeline/default.ts';
import { evaluate, formatReport, loadCameoTable, loadPetrarchGold, loadPloverGold } from '../../code/evaluate.ts';
import { positiveInteger, parseOptions, UsageError, type Command } from '../options.ts';

// Where each file sits inside an evaluation-data folder (--data, or SITREP_EVAL_DATA).
const PLOVER_GOLD = 'plover/plover_gsr_normalized.jsonl';
const PETRARCH_GOLD = 'petrarch/PETR2_GSR_validation.jsonl';
const CAMEO_TABLE = 'plover/CAMEO2PLOVER-2021.txt';

const help = `Usage: sitrep eval plover|petrarch [options]

Runs the whole pipeline on gold-coded sentences and prints precision, recall
and F1 per PLOVER type, type accuracy, macro-F1, and actor and recipient
country accuracy (over sentences whose type sitrep got right).

  plover     the PLOVER gold-standard sentences (one event type each)
  petrarch   the PETRARCH2 validation sentences, CAMEO codes mapped to PLOVER
             with the CAMEO-to-PLOVER table (several events per sentence)

The gold files are not bundled. Name them one by one, or name a folder that
holds them (in a checkout with the evaluation data beside it,
\`npm run eval:plover\` and \`npm run eval:petrarch\` do this).

Options:
  --data DIR       evaluation-data folder holding ${PLOVER_GOLD},
                   ${PETRARCH_GOLD} and ${CAMEO_TABLE}
                   (default: the SITREP_EVAL_DATA environment variable)
  --gold FILE      gold JSONL, instead of the one in --data
  --cameo FILE     CAMEO-to-PLOVER table for petrarch, instead of the one in --data
  --misses N       also list up to N sentences coded wrongly
  --json           print the report as JSON
  -h, --help       show this help`;

export const command: Command = {
  summary: 'score event coding against gold sentences (plover, petrarch)',
  help,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      data: { type: 'string' },
      gold: { type: 'string' },
      cameo: { type: 'string' },
      misses: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [set, ...extra] = positionals;
    if (set !== 'plover' && set !== 'petrarch') throw new UsageError('name the gold set: plover or petrarch');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const missCount = positiveInteger(values.misses, '--misses') ?? 0;
    const dataDir = values.data ?? process.env.SITREP_EVAL_DATA;
    const inData = (file: string, option: string) => {
      if (!dataDir) throw new UsageError(`give the gold files: --data DIR (or SITREP_EVAL_DATA), or ${option}`);
      return join(dataDir, file);
    };
    const goldPath = values.gold ?? inData(set === 'plover' ? PLOVER_GOLD : PETRARCH_GOLD, '--gold FILE');
    const tablePath = set === 'petrarch' ? values.cameo ?? inData(CAMEO_TABLE, '--cameo FILE') : null;
    for (const path of [goldPath, tablePath]) {
      if (path && !existsSync(path)) {
        console.error(`sitrep eval: ${path} not found`);
        return 1;
      }
    }
    const gold = set === 'plover' ? loadPloverGold(goldPath) : loadPetrarchGold(goldPath, loadCameoTable(tablePath!));
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
