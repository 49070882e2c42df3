// Know stage: places and actors named in the text. Simple first version: finds none.
import type { Stage } from '../pipeline/stage.ts';

export const knowStage: Stage = {
  name: 'know',
  requires: ['article', 'sentences', 'tokens'],
  assigns: ['mentions'],
  run(doc) {
    doc.mentions = [];
  },
};
