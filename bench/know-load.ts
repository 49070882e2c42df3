// One measurement of the know stage's load, in a fresh process (bench/know.ts runs it several times).
// Modes: baseline (the know modules imported, nothing loaded), gazetteer (the first gazetteer() call),
// knowledge (loadKnowledge(): the gazetteer, the actor dictionary and the lead index), cold (the
// first gazetteer() call with SITREP_GAZETTEER_CACHE=off: built from the npm data and packed, as
// on first use after an install without scripts or after a data change).
// Prints one JSON line: { mode, cpuMs, rssMb, heapMb, externalMb }, memory after a full GC.
// Run: node --expose-gc --import tsx bench/know-load.ts gazetteer
import { gazetteer } from '../src/know/gazetteer.ts';
import { loadKnowledge } from '../src/know/index.ts';

const mode = process.argv[2] ?? 'gazetteer';
if (mode === 'cold') process.env.SITREP_GAZETTEER_CACHE = 'off';
const cpu0 = process.cpuUsage();
if (mode === 'gazetteer' || mode === 'cold') gazetteer();
else if (mode === 'knowledge') loadKnowledge();
else if (mode !== 'baseline') throw new Error(`unknown mode ${mode}`);
const cpu = process.cpuUsage(cpu0);
global.gc?.();
global.gc?.();
const m = process.memoryUsage();
console.log(JSON.stringify({
  mode, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: m.rss / 1e6, heapMb: m.heapUsed / 1e6, externalMb: m.external / 1e6, gc: Boolean(global.gc),
}));
