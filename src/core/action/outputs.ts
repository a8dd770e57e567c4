import * as commands from './workflow-commands.js';
import { InternalError } from '../errors.js';
import { declaredOutputs, noteOutput } from './run-state.js';
import { redact } from './secrets.js';

export type OutputValue = string | number | boolean;

/**
 * Sets outputs. Booleans become 'true'/'false'. Each value is written to `GITHUB_OUTPUT` between
 * lines holding a random delimiter (workflow-commands.ts), so multi-line values (reports, notes)
 * are safe; a value that contained the delimiter would be refused, not written.
 */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  // Every output an action writes is in its action.yml: one that is not is a bug (a workflow
  // could never rely on it, and its README would not list it), found before anything is written.
  const declared = declaredOutputs();
  const undeclared = declared ? Object.keys(outputs).filter((name) => !declared.includes(name)) : [];
  if (undeclared.length > 0)
    throw new InternalError(
      `output ${undeclared.map((n) => `'${n}'`).join(', ')} is not declared in action.yml`,
    );
  for (const [name, value] of Object.entries(outputs)) {
    commands.setOutput(name, redact(typeof value === 'string' ? value : String(value)));
    noteOutput(name);
  }
}
