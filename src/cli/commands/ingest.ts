import cliProgress from 'cli-progress';
import { readDocuments, walkPaths, DEFAULT_MAX_BYTES } from '../../ingest/readers.ts';
import { defaultPipeline } from '../../pipeline/default.ts';
import { SqliteStore } from '../../store/sqlite.ts';
import type { RawDocument, SitrepRecord } from '../../model/types.ts';
import { PIPELINE_BATCH, PIPELINE_BATCH_CHARS, type BatchResult } from '../../pipeline/pipeline.ts';
import { asError } from '../../pipeline/stage.ts';
import { parseOptions, positiveInteger, UsageError, type Command } from '../options.ts';
import { printProfile, reportFailure, reportWarnings } from '../report.ts';

const help = `Usage: sitrep ingest PATH... [options]

Reads documents (files or directories, walked recursively), extracts their
events and stores them. Idempotent: a document whose content is already stored
is skipped, so an interrupted ingest can simply be run again.

Options:
  --db FILE          SQLite store (default ./sitrep.db)
  --batch N          documents per transaction (default 50)
  --max-bytes N      refuse documents larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --profile          print the time spent per stage to stderr
  -q, --quiet        no progress bar
  -h, --help         show this help

Exit status: 0 on success, 1 when any document failed, 2 on bad usage.`;

export const command: Command = {
  summary: 'read documents, extract events and store them',
  help,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      db: { type: 'string' },
      batch: { type: 'string' },
      'max-bytes': { type: 'string' },
      profile: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file or directory to ingest');
    const batchSize = positiveInteger(values.batch, '--batch') ?? 50;
    const maxBytes = positiveInteger(values['max-bytes'], '--max-bytes') ?? DEFAULT_MAX_BYTES;
    const store = new SqliteStore(values.db ?? 'sitrep.db');
    await store.migrate();
    const pipeline = defaultPipeline();
    await pipeline.init();

    const files: string[] = [];
    const counts = { read: 0, stored: 0, duplicates: 0, failed: 0, events: 0 };
    for await (const entry of walkPaths(positionals)) {
      if ('error' in entry) {
        counts.failed++;
        reportFailure(entry.path, entry.error);
      } else files.push(entry.path);
    }

    const bar = process.stderr.isTTY && !values.quiet
      ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {docs} docs | {eta_formatted} left', stream: process.stderr }, cliProgress.Presets.shades_classic)
      : null;
    bar?.start(files.length, 0, { docs: 0 });

    let batch: SitrepRecord[] = [];
    // Hashes of records waiting in `batch` for the store, and of documents queued for the pipeline.
    const pendingHashes = new Set<string>();
    const queuedHashes = new Set<string>();
    let queued: RawDocument[] = [];
    let queuedChars = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const saved = await store.saveRecords(batch);
      counts.stored += saved.stored;
      counts.duplicates += saved.duplicates;
      batch = [];
      pendingHashes.clear();
    };

    const log = (fn: () => void) => {
      if (bar) process.stderr.write('\r\x1b[K');
      fn();
    };

    // The pipeline reads PIPELINE_BATCH documents (at most PIPELINE_BATCH_CHARS of input) at a time,
    // stage by stage; results come back in input order, so records keep the order of the input.
    const runQueued = async () => {
      if (queued.length === 0) return;
      let results: BatchResult[];
      try {
        results = await pipeline.runBatch(queued);
      } catch (err) {
        // stage errors come back per document; this is a failure of the runner itself
        results = queued.map((raw) => ({ ok: false, raw, error: asError(err) }));
      }
      queued = [];
      queuedChars = 0;
      queuedHashes.clear();
      for (const result of results) {
        if (!result.ok) {
          counts.failed++;
          log(() => reportFailure(result.raw.origin, result.error.message));
          continue;
        }
        const { doc } = result;
        try {
          const record = doc.toRecord();
          if (record.article.warnings?.length) log(() => reportWarnings(doc.raw.origin, record.article.warnings!));
          counts.events += record.events.length;
          batch.push(record);
          pendingHashes.add(doc.raw.contentHash);
        } catch (err) {
          counts.failed++;
          log(() => reportFailure(doc.raw.origin, (err as Error).message));
        }
        if (batch.length >= batchSize) await flush();
      }
    };

    for (const file of files) {
      for await (const result of readDocuments([file], { maxBytes })) {
        if (!result.ok) {
          counts.failed++;
          log(() => reportFailure(result.origin, result.error));
          continue;
        }
        counts.read++;
        const raw = result.doc;
        const hash = raw.contentHash;
        if (queuedHashes.has(hash) || pendingHashes.has(hash) || (await store.hasContentHash(hash))) {
          counts.duplicates++;
          continue;
        }
        if (queuedChars + raw.content.length > PIPELINE_BATCH_CHARS) await runQueued();
        queued.push(raw);
        queuedHashes.add(hash);
        queuedChars += raw.content.length;
        if (queued.length >= PIPELINE_BATCH) await runQueued();
        bar?.update({ docs: counts.read });
      }
      bar?.increment(1, { docs: counts.read });
    }
    await runQueued();
    await flush();
    bar?.stop();
    await store.close();
    if (values.profile) printProfile(pipeline);
    console.error(
      `read ${counts.read}, stored ${counts.stored}, duplicates skipped ${counts.duplicates}, failed ${counts.failed}` +
        ` (${counts.events} events)`,
    );
    return counts.failed > 0 ? 1 : 0;
  },
};
