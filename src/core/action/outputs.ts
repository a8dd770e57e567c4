import * as core from '@actions/core';
import { redact } from './secrets.js';

export type OutputValue = string | number | boolean;

/**
 * Sets outputs. Booleans become 'true'/'false'. `core.setOutput` writes to `GITHUB_OUTPUT`
 * with a random heredoc delimiter, so multi-line values (reports, notes) are safe; a value
 * that contained the delimiter would be refused by core itself.
 */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, redact(typeof value === 'string' ? value : String(value)));
  }
}
