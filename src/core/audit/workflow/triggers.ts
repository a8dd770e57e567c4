/*
 * `dangerous-triggers` and `tag-trigger`: what starts the release workflow.
 * - A workflow that publishes should start only from the release tag. `workflow_dispatch` lets
 *   anyone with write access publish from any ref; `pull_request_target` and `workflow_run` run
 *   with the base repository's token on events others cause; `schedule` publishes with nobody
 *   deciding. "Publishes" is the contract's: a job runs undraft, stage-release or
 *   promote-image, or holds `contents: write` / `packages: write`; a job that inherits the
 *   repository's default token (no `permissions:` anywhere) may hold both, so it counts too.
 * - Every `on.push.tags` pattern is `tag-pattern` or provably narrower (filter-pattern.ts).
 *   A push without `tags`/`branches` filters runs for every tag (GitHub: "If you define neither
 *   tags/tags-ignore or branches/branches-ignore, the workflow will run for events affecting
 *   either branches or tags"; path filters are not evaluated for tag pushes), and `tags-ignore`
 *   alone runs for every tag it does not name: neither is narrower than anything. `create`
 *   starts the workflow for every branch and tag created, whatever `tags:` it is given: GitHub
 *   applies no filter to it (GitHub Community discussion 26286, a GitHub staff answer: "The
 *   create event does not support branch filter and tag filter"), so it is reported too.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { quote } from '../../quote.js';
import { stepAction } from './actions.js';
import { isNarrower } from './filter-pattern.js';
import type { Workflow } from './model.js';
import { effectivePermissions, grantsWrite } from './permissions.js';
import type { Position, WorkflowFinding } from './types.js';

type Finding = Omit<WorkflowFinding, 'file'>;

const DANGEROUS = ['workflow_dispatch', 'pull_request_target', 'workflow_run', 'schedule'];
const PUBLISHING_ACTIONS = new Set(['undraft', 'stage-release', 'promote-image']);

/** Why the workflow publishes, or undefined when nothing in it can. */
export function publishes(workflow: Workflow): string | undefined {
  for (const job of workflow.jobs) {
    const action = job.steps.map(stepAction).find((a) => a !== undefined && PUBLISHING_ACTIONS.has(a));
    if (action) return `job ${job.shown} runs ${action}`;
  }
  for (const job of workflow.jobs) {
    const permissions = effectivePermissions(workflow, job);
    if (permissions === undefined)
      return `job ${job.shown} inherits the repository's default token, which can hold contents: write`;
    for (const scope of ['contents', 'packages'])
      if (grantsWrite(permissions, scope)) return `job ${job.shown} holds ${scope}: write`;
  }
  return undefined;
}

export function dangerousTriggers(workflow: Workflow): Finding[] {
  const why = publishes(workflow);
  if (why === undefined) return [];
  return workflow.triggers
    .filter((t) => DANGEROUS.includes(t.event))
    .map((t) => ({
      check: 'dangerous-triggers',
      ...t.at,
      detail: `\`${t.event}\` starts a workflow that publishes (${why})`,
      fix:
        t.event === 'workflow_dispatch'
          ? 'Start the release from the tag push only (`on: push: tags`), or move the publishing job to a workflow that does.'
          : `Remove \`${t.event}\` from the publishing workflow; start the release from the tag push only.`,
    }));
}

/** The patterns of `tags:` (a list or one string), each where it is written. */
function patterns(
  workflow: Workflow,
  node: Node | null,
  at: (n: unknown) => Position,
): { value: string; at: Position }[] {
  const items = isSeq(node) ? node.items.map((i) => workflow.resolve(i)) : [node];
  return items.map((item) => {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number'))
      return { value: '', at: at(item) };
    return { value: String(item.value), at: at(item) };
  });
}

export function tagTrigger(workflow: Workflow, tagPattern: string): Finding[] {
  const findings: Finding[] = [];
  const at = (node: unknown): Position => {
    const range = (node as { range?: number[] } | null)?.range;
    return range ? workflow.locate(range[0]) : { line: 1, column: 1 };
  };
  for (const trigger of workflow.triggers.filter((t) => t.event === 'create'))
    findings.push({
      check: 'tag-trigger',
      ...trigger.at,
      detail:
        '`create` starts the workflow for every tag and branch created: GitHub applies no `tags` filter to it',
      fix: `Start the release with \`push: tags: [${quote(tagPattern)}]\` instead of \`create\`.`,
    });
  for (const trigger of workflow.triggers.filter((t) => t.event === 'push')) {
    const config = trigger.config;
    const filters = new Map<string, { key: Position; value: Node | null }>();
    if (isMap(config))
      for (const pair of config.items) {
        const key = workflow.resolve(pair.key);
        if (isScalar(key))
          filters.set(String(key.value), { key: at(key), value: workflow.resolve(pair.value) });
      }
    const tags = filters.get('tags');
    if (tags) {
      for (const pattern of patterns(workflow, tags.value, at)) {
        if (pattern.value.startsWith('!')) continue; // a negation only takes tags away
        if (isNarrower(pattern.value, tagPattern)) continue;
        findings.push({
          check: 'tag-trigger',
          ...pattern.at,
          detail: `the tag pattern ${quote(pattern.value)} is not ${quote(tagPattern)} or provably narrower: it may start a release from a tag that is not a release tag`,
          fix: `Write the release tags as ${quote(tagPattern)} (or a narrower pattern), or set tag-pattern to the tags you release.`,
        });
      }
      continue;
    }
    const ignore = filters.get('tags-ignore');
    if (ignore) {
      findings.push({
        check: 'tag-trigger',
        ...ignore.key,
        detail: `\`push: tags-ignore\` starts the workflow for every tag it does not name, not only ${quote(tagPattern)}`,
        fix: `Replace tags-ignore with \`tags: [${quote(tagPattern)}]\`.`,
      });
      continue;
    }
    if (filters.has('branches') || filters.has('branches-ignore')) continue; // branches only: no tag starts it
    findings.push({
      check: 'tag-trigger',
      ...trigger.at,
      detail: '`push` without `tags` or `branches` filters starts the workflow for every tag pushed',
      fix: `Add \`tags: [${quote(tagPattern)}]\` to the push trigger.`,
    });
  }
  return findings;
}
