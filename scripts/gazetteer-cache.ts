// Packs the gazetteer into node_modules/.cache/sitrep/ after `npm ci` / `npm install` (the
// postinstall step), so that the first run loads it in milliseconds instead of building it.
// Never fails the install: without the file, the first use builds and writes it.
// Run by hand: node --import tsx scripts/gazetteer-cache.ts
try {
  const cpu0 = process.cpuUsage();
  const { gazetteer } = await import('../src/know/gazetteer.ts');
  const g = gazetteer();
  const cpu = process.cpuUsage(cpu0);
  console.log(`sitrep: gazetteer of ${g.size} places ready in node_modules/.cache/sitrep/ (${Math.round((cpu.user + cpu.system) / 1000)} ms CPU)`);
} catch (err) {
  console.warn(`sitrep: the gazetteer was not packed now (${(err as Error).message}); the first use will do it`);
}
