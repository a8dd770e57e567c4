/*
 * `unpinned-uses`: every `uses:` (a step's action or a job's reusable workflow) pinned to a full
 * 40-hex commit; a tag or a branch can be moved to other code after review. Excepted: local
 * `./` actions and workflows (they come with the commit being run), the self-repository form
 * `$/…` (GitHub changelog 2026-07-30, "Reference same-repository actions with self-repository
 * syntax": the workflow's own repository at the exact commit that is running) and
 * `docker://…@sha256:<64 hex>` (a digest is as immutable as a commit).
 */
import { quote } from '../../quote.js';
import type { Located, Workflow } from './model.js';
import type { WorkflowFinding } from './types.js';

const COMMIT = /^[0-9a-f]{40}$/;
const DOCKER_DIGEST = /^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;

/** Why a `uses:` value is not pinned, or undefined when it is. */
export function unpinnedReason(uses: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('$/')) return undefined;
  if (uses.startsWith('docker://'))
    return DOCKER_DIGEST.test(uses) ? undefined : 'a container image by tag, not by `@sha256:` digest';
  const at = uses.lastIndexOf('@');
  if (at < 0) return 'no ref at all';
  const ref = uses.slice(at + 1);
  if (COMMIT.test(ref)) return undefined;
  if (/^[0-9a-fA-F]{7,39}$/.test(ref))
    return `${quote(ref)}, an abbreviated commit that GitHub may resolve as a branch or a tag`;
  return `${quote(ref)}, a tag or branch that can be moved`;
}

export function unpinnedUses(workflow: Workflow): Omit<WorkflowFinding, 'file'>[] {
  const all: { uses: Located; where: string }[] = [];
  for (const job of workflow.jobs) {
    if (job.uses) all.push({ uses: job.uses, where: `job ${job.shown} calls` });
    for (const step of job.steps)
      if (step.uses) all.push({ uses: step.uses, where: `job ${job.shown} uses` });
  }
  return all.flatMap(({ uses, where }) => {
    const reason = unpinnedReason(uses.value);
    if (reason === undefined) return [];
    const docker = uses.value.startsWith('docker://');
    return [
      {
        check: 'unpinned-uses',
        ...uses.at,
        detail: `${where} ${quote(uses.value)}, pinned to ${reason}`,
        fix: docker
          ? 'Pin the image by digest: `docker://IMAGE@sha256:<digest>`.'
          : 'Pin it to the full 40-hex commit SHA you reviewed, with the version in a comment (`owner/repo@<sha> # v1.2.3`).',
      },
    ];
  });
}
