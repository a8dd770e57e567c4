/*
 * `step-order`: sealed-release's sub-actions in the order that makes their checks mean
 * something. A job that publishes (stage-release, undraft, promote-image) runs after the tag
 * was checked: a tag-semver-guard or preflight step earlier in the same job, or in a job it
 * needs, directly or through `needs:`. undraft, which publishes, comes after every step that
 * prepares or proves the draft in its job (stage-release, sbom-attach, sigstore-sign,
 * byte-identity): after undraft, a release is out.
 */
import { stepAction } from './actions.js';
import type { Job, Workflow } from './model.js';
import type { WorkflowFinding } from './types.js';

const PUBLISHERS = new Set(['stage-release', 'undraft', 'promote-image']);
const GUARDS = new Set(['tag-semver-guard', 'preflight']);
const BEFORE_UNDRAFT = new Set(['stage-release', 'sbom-attach', 'sigstore-sign', 'byte-identity']);

/** Every job `job` needs, directly or through `needs:` (an unknown name is skipped; cycles end). */
function ancestors(byId: Map<string, Job>, job: Job): Job[] {
  const seen = new Set<string>();
  const pending = [...job.needs];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next) || next === job.id) continue;
    seen.add(next);
    pending.push(...(byId.get(next)?.needs ?? []));
  }
  return [...seen].flatMap((id) => byId.get(id) ?? []);
}

export function stepOrder(workflow: Workflow): Omit<WorkflowFinding, 'file'>[] {
  const findings: Omit<WorkflowFinding, 'file'>[] = [];
  const byId = new Map(workflow.jobs.map((job) => [job.id, job]));
  for (const job of workflow.jobs) {
    const actions = job.steps.map(stepAction);
    const firstPublisher = actions.findIndex((a) => a !== undefined && PUBLISHERS.has(a));
    if (firstPublisher >= 0) {
      const guardedHere = actions.slice(0, firstPublisher).some((a) => a !== undefined && GUARDS.has(a));
      const guardedBefore = ancestors(byId, job).some((j) =>
        j.steps.some((s) => GUARDS.has(stepAction(s) ?? '')),
      );
      if (!guardedHere && !guardedBefore) {
        const step = job.steps[firstPublisher];
        findings.push({
          check: 'step-order',
          ...(step.uses?.at ?? step.at),
          detail: `job ${job.shown} runs ${actions[firstPublisher]} with no tag-semver-guard or preflight before it, in the job or a job it needs`,
          fix: `Run the preflight (or tag-semver-guard) first: earlier in job ${job.shown}, or in a job that ${job.shown} lists in \`needs:\`.`,
        });
      }
    }
    actions.forEach((action, index) => {
      if (action !== 'undraft') return;
      const late = job.steps.filter((s, i) => i > index && BEFORE_UNDRAFT.has(actions[i] ?? ''));
      if (late.length === 0) return;
      const step = job.steps[index];
      findings.push({
        check: 'step-order',
        ...(step.uses?.at ?? step.at),
        detail: `job ${job.shown} publishes with undraft before ${late.map((s) => `${stepAction(s)} (line ${s.at.line})`).join(', ')}`,
        fix: 'Move undraft after every stage-release, sbom-attach, sigstore-sign and byte-identity step of the job.',
      });
    });
  }
  return findings;
}
