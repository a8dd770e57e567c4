/*
 * audit-settings' check names and the `checks` levels, apart from the sequence (audit.ts) so the
 * inputs can parse them without loading the GitHub client (cold start: see docs/ARCHITECTURE.md).
 */
import { SETTINGS_CHECKS } from './settings/types.js';
import { WORKFLOW_CHECKS } from './workflow/types.js';

export { WORKFLOW_CHECKS, type WorkflowCheck } from './workflow/types.js';

/** Every check audit-settings runs, settings first, in the contract's order. */
export const AUDIT_CHECKS: readonly string[] = [...SETTINGS_CHECKS, ...WORKFLOW_CHECKS];

export type Level = 'error' | 'warn' | 'off';
const LEVELS: readonly Level[] = ['error', 'warn', 'off'];

/**
 * Parses the `checks` lines (`label` names where they came from: "Input 'checks'", "--checks") (`NAME: error|warn|off`, one a line; blank and `#` lines already
 * dropped by the list reader). Every check not named is `error`. Returns the levels and every
 * problem, each naming the input, the line and the accepted form.
 */
export function parseCheckLevels(
  input: string,
  lines: readonly string[],
): { levels: Map<string, Level>; problems: string[] } {
  const levels = new Map<string, Level>(AUDIT_CHECKS.map((c) => [c, 'error']));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const line of lines) {
    const match = /^([^:\s]+)\s*:\s*(\S+)$/.exec(line.trim());
    if (!match) {
      problems.push(`${input} must hold lines 'NAME: error|warn|off', got '${line}'.`);
      continue;
    }
    const [, name, level] = match;
    if (!AUDIT_CHECKS.includes(name))
      problems.push(`${input} names an unknown check '${name}'; the checks are: ${AUDIT_CHECKS.join(', ')}.`);
    if (!LEVELS.includes(level as Level))
      problems.push(
        `${input} gives check '${name}' the unknown level '${level}'; the levels are: error, warn, off.`,
      );
    if (seen.has(name)) problems.push(`${input} names check '${name}' twice.`);
    seen.add(name);
    if (AUDIT_CHECKS.includes(name) && LEVELS.includes(level as Level)) levels.set(name, level as Level);
  }
  return { levels, problems };
}
