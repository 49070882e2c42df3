// The standard pipeline: clean -> lang -> know -> code (ingest happens before, in readers).
import { Pipeline } from './pipeline.ts';
import { cleanStage } from '../clean/index.ts';
import { langStage } from '../lang/index.ts';
import { knowStage } from '../know/index.ts';
import { codeStage } from '../code/index.ts';

export function defaultPipeline(): Pipeline {
  return new Pipeline([cleanStage, langStage, knowStage, codeStage]);
}
