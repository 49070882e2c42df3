// Messages to stderr about documents, and the --profile table.
import type { Pipeline } from '../pipeline/pipeline.ts';

export function reportFailure(origin: string, error: string): void {
  process.stderr.write(`error: ${origin}: ${error}\n`);
}

export function reportWarnings(origin: string, warnings: readonly string[]): void {
  for (const warning of warnings) process.stderr.write(`warning: ${origin}: ${warning}\n`);
}

export function printProfile(pipeline: Pipeline): void {
  const total = Object.values(pipeline.profile).reduce((a, b) => a + b, 0);
  process.stderr.write('stage       load ms    run ms   share\n');
  for (const stage of pipeline.stages) {
    const ms = pipeline.profile[stage.name];
    const load = pipeline.loadTimes[stage.name] ?? 0;
    const share = total > 0 ? ((ms / total) * 100).toFixed(1) : '0.0';
    process.stderr.write(`${stage.name.padEnd(10)} ${load.toFixed(1).padStart(8)} ${ms.toFixed(1).padStart(9)} ${share.padStart(6)}%\n`);
  }
}
