/*
 * What starts a run of a workflow in the rehearsal: a push of a tag its `on.push.tags` matches
 * (GitHub's filter patterns), or a `workflow_dispatch` with the inputs GitHub's form would send.
 */
import { quote, RehearsalError } from '../errors.js';
import { asRecord, expectKeys } from './yaml.js';
import { filterMatches } from '../../core/audit/workflow/filter-pattern.js';

/**
 * GitHub's filter patterns (`*` within a path segment, `**` across, `?`, `+`, `[]`): the one
 * matcher of core/audit/workflow/filter-pattern.ts, which the workflow lint's `tag-trigger` uses.
 */
export const matchesFilter = filterMatches;

export /**
 * The workflow must run for this event and ref: a push of a tag its `on.push.tags` matches, or a
 * `workflow_dispatch` whose inputs are the declared ones (each required one given; the others
 * take their `default`, else ''). Returns the `inputs` context.
 */
function checkTrigger(
  on: unknown,
  eventName: string,
  ref: string,
  file: string,
  given: Record<string, string>,
): Record<string, string> {
  const triggers = asRecord(on, `${file}: on`);
  const trigger = triggers[eventName];
  if (trigger === undefined)
    throw new RehearsalError('INVALID_WORKFLOW', `${file}: does not run on ${quote(eventName)}`);
  if (eventName === 'workflow_dispatch') return dispatchInputs(trigger, given, file);
  if (Object.keys(given).length > 0)
    throw new RehearsalError('INVALID_WORKFLOW', `${file}: inputs given to a ${quote(eventName)} run`);
  if (eventName === 'push' && ref.startsWith('refs/tags/')) {
    const tags = (asRecord(trigger, `${file}: on.push`).tags ?? []) as unknown;
    if (!Array.isArray(tags))
      throw new RehearsalError('INVALID_WORKFLOW', `${file}: on.push.tags must be a list`);
    const tag = ref.slice('refs/tags/'.length);
    if (!tags.some((p) => matchesFilter(String(p), tag))) {
      throw new RehearsalError(
        'INVALID_WORKFLOW',
        `${file}: a push of tag ${quote(tag)} does not match on.push.tags (${quote(tags.join(', '))})`,
      );
    }
  }
  return {};
}

/** The `inputs` of a `workflow_dispatch` run: what GitHub's form would send. */
function dispatchInputs(
  trigger: unknown,
  given: Record<string, string>,
  file: string,
): Record<string, string> {
  const declared =
    trigger === null
      ? {}
      : asRecord(asRecord(trigger, `${file}: on.workflow_dispatch`).inputs ?? {}, `${file}: inputs`);
  const out: Record<string, string> = {};
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(declared)) {
    const spec = asRecord(raw, `${file}: inputs.${name}`);
    expectKeys(spec, new Set(['description', 'required', 'default', 'type']), `${file}: inputs.${name}`);
    if (spec.type !== undefined && spec.type !== 'string')
      problems.push(`inputs.${name}: the rehearsal only gives string inputs, not ${quote(spec.type)}`);
    const value = given[name] ?? (spec.default === undefined ? '' : String(spec.default));
    if (spec.required === true && value === '') problems.push(`inputs.${name} is required`);
    out[name] = value;
  }
  for (const name of Object.keys(given))
    if (!(name in declared)) problems.push(`inputs.${name} is not declared by on.workflow_dispatch`);
  if (problems.length > 0) throw new RehearsalError('INVALID_WORKFLOW', `${file}: ${problems.join('; ')}`);
  return out;
}
