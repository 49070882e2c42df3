// Placeholder: the issue that owns `sitrep serve` replaces this module.
import type { Command } from '../shared.ts';

export const command: Command = {
  summary: 'not built yet',
  help: 'Usage: sitrep serve (not built yet)',
  async run() {
    console.error('sitrep serve is not built yet');
    return 1;
  },
};
