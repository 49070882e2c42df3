// Writes docs/record.schema.json from src/model/schema.ts.
import { writeFileSync } from 'node:fs';
import { recordSchema } from '../src/model/schema.ts';

writeFileSync(new URL('../docs/record.schema.json', import.meta.url), JSON.stringify(recordSchema, null, 2) + '\n');
console.log('wrote docs/record.schema.json');
