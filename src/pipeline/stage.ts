import type { Doc, Slot } from './doc.ts';

/** A named pipeline component that declares what it reads and what it writes. */
export interface Stage {
  name: string;
  requires: readonly Slot[];
  assigns: readonly Slot[];
  /** Loads models or data once, before the first document. */
  init?(): Promise<void>;
  run(doc: Doc): void | Promise<void>;
}
