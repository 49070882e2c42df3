import type { Doc, Slot } from './doc.ts';

/** A named pipeline component that declares what it reads and what it writes. */
export interface Stage {
  name: string;
  requires: readonly Slot[];
  assigns: readonly Slot[];
  /** Loads models or data once, before the first document. */
  init?(): Promise<void>;
  run(doc: Doc): void | Promise<void>;
  /**
   * Optional: runs a batch in the stage's own order (as spaCy's `pipe`), with the same result as
   * `run` on each. Gives each document's error, or null, in input order; never throws for one document.
   */
  runBatch?(docs: Doc[]): (Error | null)[] | Promise<(Error | null)[]>;
}

/** A thrown value as an Error, so that it can be reported with a message. */
export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
