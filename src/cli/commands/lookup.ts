// Placeholder: the issue that owns `sitrep lookup` replaces this module.
import type { Command } from '../shared.ts';

export const command: Command = {
  summary: 'not built yet',
  help: 'Usage: sitrep lookup (not built yet)',
  async run() {
    console.error('sitrep lookup is not built yet');
    return 1;
  },
};
