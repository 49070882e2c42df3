// Code stage: events from sentences. Simple first version: codes none.
import type { Stage } from '../pipeline/stage.ts';

export const codeStage: Stage = {
  name: 'code',
  requires: ['article', 'sentences', 'tokens', 'dates', 'quantities', 'quotes', 'mentions'],
  assigns: ['events'],
  run(doc) {
    doc.events = [];
  },
};
