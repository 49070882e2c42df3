// Placeholder: the issue that owns `sitrep eval` replaces this module.
import type { Command } from '../shared.ts';

export const command: Command = {
  summary: 'not built yet',
  help: 'Usage: sitrep eval (not built yet)',
  async run() {
    console.error('sitrep eval is not built yet');
    return 1;
  },
};
