import { readDocuments, DEFAULT_MAX_BYTES, type ReadResult } from '../../ingest/readers.ts';
import { defaultPipeline } from '../../pipeline/default.ts';
import { oneOf, parseOptions, positiveInteger, type Command } from '../options.ts';
import { printProfile, reportFailure, reportWarnings } from '../report.ts';

const help = `Usage: sitrep extract [PATH...|-] [options]

Reads documents and prints their records, without a database.
Inputs: .txt (plain or scraped text), .html/.htm (also .gz), .jsonl (one
{"id", "text" or "html", "url"?, "published"?, "outlet"?} per line), directories
(walked recursively) or - for standard input (the default).

Options:
  --format json|jsonl   json: one pretty record (an array for several documents);
                        jsonl: one record per line. Default: json for one document, jsonl for several
  --max-bytes N         refuse documents larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --profile             print the time spent per stage to stderr
  -h, --help            show this help

Exit status: 0 on success, 1 when any document failed, 2 on bad usage.`;

export const command: Command = {
  summary: 'print the records of documents (no database)',
  help,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string' },
      'max-bytes': { type: 'string' },
      profile: { type: 'boolean' },
    });
    const format = oneOf(values.format, ['json', 'jsonl'] as const, '--format');
    const maxBytes = positiveInteger(values['max-bytes'], '--max-bytes') ?? DEFAULT_MAX_BYTES;
    const paths = positionals.length ? positionals : ['-'];
    const pipeline = defaultPipeline();
    let failed = 0;
    const records: string[] = [];
    let chosen: 'json' | 'jsonl' | undefined = format;
    let seen = 0;
    const pending: ReadResult[] = [];

    const emit = async (result: ReadResult) => {
      if (!result.ok) {
        failed++;
        reportFailure(result.origin, result.error);
        return;
      }
      try {
        const doc = await pipeline.run(result.doc);
        reportWarnings(result.doc.origin, doc.article?.warnings ?? []);
        const record = doc.toRecord();
        if (chosen === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
        else records.push(JSON.stringify(record, null, 2));
      } catch (err) {
        failed++;
        reportFailure(result.doc.origin, (err as Error).message);
      }
    };

    for await (const result of readDocuments(paths, { maxBytes })) {
      if (result.ok) seen++;
      if (!chosen) {
        // Decide json vs jsonl once a second document shows up.
        pending.push(result);
        if (seen < 2) continue;
        chosen = 'jsonl';
        for (const queued of pending.splice(0)) await emit(queued);
        continue;
      }
      await emit(result);
    }
    if (!chosen) {
      chosen = 'json';
      for (const queued of pending.splice(0)) await emit(queued);
    }
    if (chosen === 'json' && records.length === 1) process.stdout.write(records[0] + '\n');
    else if (chosen === 'json' && records.length > 1) process.stdout.write(`[\n${records.join(',\n')}\n]\n`);
    if (values.profile) printProfile(pipeline);
    return failed > 0 ? 1 : 0;
  },
};
