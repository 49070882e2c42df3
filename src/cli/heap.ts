// How far V8 lets the heap grow between full collections, for long batch runs (not `serve`).
import v8 from 'node:v8';

/** Heap after a full collection times this is where the next one starts (V8 picks up to 4x when a program allocates fast). */
const HEAP_GROWING_PERCENT = 50;

/**
 * The pipeline allocates about 2 MB per article, and much of it outlives a young-generation
 * collection and dies old. Left to itself V8 lets that garbage pile up to about four times the
 * live heap before collecting it, so a long ingest peaked near 500 MB; at 1.5x the pipeline alone
 * stayed near 315 MB over 1,500 WCXB texts (`bench/code.ts`, with a second wink-nlp instance: 360-370)
 * for no measurable CPU. The flag is read at every full collection, so setting it at start-up works.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
