// Builds an ordered pipeline of stages and runs documents through it.
import { Doc, type Slot } from './doc.ts';
import { asError, type Stage } from './stage.ts';
import type { RawDocument } from '../model/types.ts';

export class PipelineOrderError extends Error {}

/** Documents per runBatch call in `sitrep ingest` and in the benches that time the pipeline as it runs. */
export const PIPELINE_BATCH = 16;
/**
 * Input characters per batch at most, for callers that queue documents for runBatch (ingest; a
 * document longer than this goes in a batch of its own): every Doc of a batch, tokens, mentions and
 * events, stays alive until runBatch returns, and a 5 MB body alone takes about 400 MB.
 */
export const PIPELINE_BATCH_CHARS = 1_000_000;

export class Pipeline {
  readonly stages: readonly Stage[];
  /** Total milliseconds per stage across every document run, for --profile. */
  readonly profile: Record<string, number> = {};

  constructor(stages: Stage[]) {
    checkOrder(stages);
    this.stages = stages;
    for (const stage of stages) this.profile[stage.name] = 0;
  }

  /** Seconds each stage spent loading, for --profile. */
  readonly loadTimes: Record<string, number> = {};
  private initialised = false;

  async init(): Promise<void> {
    if (this.initialised) return;
    for (const stage of this.stages) {
      const started = performance.now();
      await stage.init?.();
      this.loadTimes[stage.name] = performance.now() - started;
    }
    this.initialised = true;
  }

  /** Runs one document through every stage; a stage's error is thrown. */
  async run(raw: RawDocument): Promise<Doc> {
    const [result] = await this.runBatch([raw]);
    if (!result.ok) throw result.error;
    return result.doc;
  }

  /**
   * Runs documents stage by stage: each stage reads the whole batch before the next starts, as
   * spaCy's `pipe` does, so a stage's models and tables stay in the CPU caches from one document
   * to the next (about 5-15% less CPU per article than one document at a time on news text; see
   * docs/notes.md, "Batches"). A document whose stage throws drops out of the batch with its error;
   * the others go on. Results keep the input order.
   */
  async runBatch(raws: readonly RawDocument[]): Promise<BatchResult[]> {
    if (!this.initialised) await this.init();
    const docs = raws.map((raw) => new Doc(raw));
    const errors: (Error | null)[] = raws.map(() => null);
    for (const stage of this.stages) {
      const live = docs.flatMap((_, i) => (errors[i] ? [] : [i]));
      if (stage.runBatch && live.length > 1 && (await this.runStageBatch(stage, docs, live, errors))) continue;
      for (const i of live) {
        const doc = docs[i];
        const started = performance.now();
        let failed: Error | null = null;
        try {
          await stage.run(doc);
        } catch (err) {
          failed = asError(err);
        }
        const spent = performance.now() - started;
        this.profile[stage.name] += spent;
        if (failed) errors[i] = failed;
        else this.finish(stage, doc, spent);
      }
    }
    return docs.map((doc, i) => (errors[i] ? { ok: false, raw: raws[i], error: errors[i] } : { ok: true, doc }));
  }

  /**
   * The stage's own batch run over the documents at `live`; false when it threw as a whole or gave
   * the wrong number of outcomes (against its contract), and the caller then runs the documents one
   * at a time (its time is counted in the profile all the same).
   */
  private async runStageBatch(stage: Stage, docs: Doc[], live: number[], errors: (Error | null)[]): Promise<boolean> {
    const started = performance.now();
    let outcome: (Error | null)[] | null;
    try {
      outcome = await stage.runBatch!(live.map((i) => docs[i]));
    } catch {
      outcome = null;
    }
    // the stage's time, shared evenly: one document's own share is not measured apart
    const spent = performance.now() - started;
    this.profile[stage.name] += spent;
    if (!outcome || outcome.length !== live.length) return false;
    live.forEach((i, k) => {
      if (outcome[k]) errors[i] = outcome[k];
      else this.finish(stage, docs[i], spent / live.length);
    });
    return true;
  }

  /** A stage done for one document: its time noted and its slots marked filled. */
  private finish(stage: Stage, doc: Doc, spent: number): void {
    doc.timings[stage.name] = spent;
    for (const slot of stage.assigns) doc.markFilled(slot);
  }
}

/** One document's outcome in a batch: its annotated Doc, or the error that stopped it. */
export type BatchResult = { ok: true; doc: Doc } | { ok: false; raw: RawDocument; error: Error };

/** Throws a PipelineOrderError naming the first stage whose requirements no earlier stage assigns. */
export function checkOrder(stages: readonly Stage[]): void {
  const available = new Set<Slot>(['raw']);
  const assignedBy = new Map<Slot, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineOrderError(`stage "${stage.name}" appears twice in the pipeline`);
    names.add(stage.name);
    const missing = stage.requires.filter((slot) => !available.has(slot));
    if (missing.length > 0) {
      const later = stages.filter((s) => s.assigns.some((a) => missing.includes(a))).map((s) => s.name);
      const hint = later.length ? `; it is assigned by ${later.map((n) => `"${n}"`).join(', ')}, which must come first` : '; no stage in the pipeline assigns it';
      throw new PipelineOrderError(
        `stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')} but no earlier stage assigns it${hint}`,
      );
    }
    for (const slot of stage.assigns) {
      const previous = assignedBy.get(slot);
      if (previous) throw new PipelineOrderError(`stages "${previous}" and "${stage.name}" both assign "${slot}"`);
      assignedBy.set(slot, stage.name);
      available.add(slot);
    }
  }
}
