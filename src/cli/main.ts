// Entry point of the `sitrep` command: dispatches to one module per command.
import { UsageError, type Command } from './options.ts';
import { limitHeapGrowth } from './heap.ts';

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  extract: () => import('./commands/extract.ts'),
  ingest: () => import('./commands/ingest.ts'),
  events: () => import('./commands/events.ts'),
  lookup: () => import('./commands/lookup.ts'),
  eval: () => import('./commands/eval.ts'),
  serve: () => import('./commands/serve.ts'),
};

async function topHelp(): Promise<string> {
  const lines = ['Usage: sitrep <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(9)} ${command.summary}`);
  }
  lines.push('', 'Run `sitrep <command> --help` for a command\'s options.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // Batch commands only: under load the server's more frequent full collections raised its p99
  // (bench:api worst p99 55-56 ms with the limit, 39 ms without).
  if (name !== 'serve') limitHeapGrowth();
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await topHelp());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    console.log('sitrep 0.1.0');
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(`sitrep: unknown command "${name}"\n\n${await topHelp()}`);
    return 2;
  }
  const { command } = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`sitrep ${name}: ${err.message}\n\n${command.help}`);
      return 2;
    }
    console.error(`sitrep ${name}: ${(err as Error).stack ?? err}`);
    return 1;
  }
}
