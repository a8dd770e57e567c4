import * as commands from './workflow-commands.js';
import { noteOutput } from './run-state.js';
import { redact } from './secrets.js';

export type OutputValue = string | number | boolean;

/**
 * Sets outputs. Booleans become 'true'/'false'. Each value is written to `GITHUB_OUTPUT` between
 * lines holding a random delimiter (workflow-commands.ts), so multi-line values (reports, notes)
 * are safe; a value that contained the delimiter would be refused, not written.
 */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    commands.setOutput(name, redact(typeof value === 'string' ? value : String(value)));
    noteOutput(name);
  }
}
