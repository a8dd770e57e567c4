/*
 * `excessive-permissions`, `id-token` and `persist-credentials`: what the job's GITHUB_TOKEN
 * holds. A job's grants are its own `permissions:` or, without one, the workflow's; without
 * either, the repository's default, which may be write (the `workflow-permissions` setting):
 * unknown, so counted as holding write (fail closed).
 */
import { quote } from '../../quote.js';
import { isCheckout, signsOrAttests } from './actions.js';
import type { Job, Permissions, Workflow } from './model.js';
import type { WorkflowFinding } from './types.js';

type Finding = Omit<WorkflowFinding, 'file'>;

/** The grants a job runs with, or undefined when it inherits the repository's default. */
export function effectivePermissions(workflow: Workflow, job: Job): Permissions | undefined {
  return job.permissions ?? workflow.permissions;
}

/** Whether `permissions` grants `scope: write` (write-all grants every scope). */
export function grantsWrite(permissions: Permissions | undefined, scope: string): boolean {
  if (permissions === undefined) return false;
  if (permissions.all === 'write-all') return true;
  return permissions.grants.some((g) => g.scope === scope && g.level === 'write');
}

/**
 * Whether the job's GITHUB_TOKEN can write anything; `undefined` (the repository default)
 * counts as yes. `id-token: write` is left out: it lets the job request an OIDC token, and gives
 * the GITHUB_TOKEN that checkout persists no power at all.
 */
export function holdsWrite(permissions: Permissions | undefined): boolean {
  if (permissions === undefined) return true;
  if (permissions.all === 'write-all') return true;
  return permissions.grants.some((g) => g.level === 'write' && g.scope !== 'id-token');
}

/** No write grant at the workflow's top level (every job inherits it); `write-all` nowhere. */
export function excessivePermissions(workflow: Workflow): Finding[] {
  const findings: Finding[] = [];
  const top = workflow.permissions;
  if (top?.all === 'write-all')
    findings.push({
      check: 'excessive-permissions',
      ...top.at,
      detail: 'the workflow grants `permissions: write-all` to every job',
      fix: 'Set `permissions: {}` at the top and grant each job only the scopes it uses.',
    });
  for (const grant of top?.grants ?? [])
    if (grant.level === 'write')
      findings.push({
        check: 'excessive-permissions',
        ...grant.at,
        detail: `the workflow grants \`${grant.scope}: write\` at the top level, to every job`,
        fix: `Move \`${grant.scope}: write\` to the job that needs it and set \`permissions: {}\` at the top.`,
      });
  for (const job of workflow.jobs)
    if (job.permissions?.all === 'write-all')
      findings.push({
        check: 'excessive-permissions',
        ...job.permissions.at,
        detail: `job ${job.shown} grants \`permissions: write-all\``,
        fix: `Grant job ${job.shown} only the scopes it uses.`,
      });
  return findings;
}

/** `id-token: write` only where a step signs or attests. */
export function idToken(workflow: Workflow): Finding[] {
  const findings: Finding[] = [];
  const signs = (job: Job) => job.uses === undefined && job.steps.some(signsOrAttests);
  const grantAt = (p: Permissions) =>
    p.all === 'write-all' ? p.at : (p.grants.find((g) => g.scope === 'id-token')?.at ?? p.at);
  for (const job of workflow.jobs) {
    if (!job.permissions || !grantsWrite(job.permissions, 'id-token') || signs(job)) continue;
    findings.push({
      check: 'id-token',
      ...grantAt(job.permissions),
      detail:
        job.uses !== undefined
          ? `job ${job.shown} hands \`id-token: write\` to the reusable workflow ${quote(job.uses.value)}, which cannot be read here to see that it signs`
          : `job ${job.shown} holds \`id-token: write\` but no step of it signs or attests`,
      fix: `Remove \`id-token: write\` from job ${job.shown}, or give it only to the job that signs.`,
    });
  }
  const top = workflow.permissions;
  if (top && grantsWrite(top, 'id-token')) {
    const heirs = workflow.jobs.filter((job) => job.permissions === undefined && !signs(job));
    if (heirs.length > 0)
      findings.push({
        check: 'id-token',
        ...grantAt(top),
        detail: `the workflow grants \`id-token: write\` to every job, and ${heirs.map((j) => j.shown).join(', ')} run${heirs.length === 1 ? 's' : ''} no step that signs or attests with it`,
        fix: 'Grant `id-token: write` only in the job that signs or attests.',
      });
  }
  return findings;
}

/**
 * `actions/checkout` keeps its token on disk unless `persist-credentials: false`: in the
 * checkout's .git/config, or under RUNNER_TEMP from v6 (zizmor's `artipacked` documents the
 * change); either way any later step, or an artifact that packs it, can take it.
 */
export function persistCredentials(workflow: Workflow): Finding[] {
  const findings: Finding[] = [];
  for (const job of workflow.jobs) {
    const permissions = effectivePermissions(workflow, job);
    if (!holdsWrite(permissions)) continue;
    const why =
      permissions === undefined
        ? "inherits the repository's default token permissions, which can be write"
        : 'holds a write grant';
    for (const step of job.steps) {
      if (!isCheckout(step) || !step.uses) continue;
      const persist = step.with.get('persist-credentials')?.value;
      if (persist === false || persist === 'false') continue;
      findings.push({
        check: 'persist-credentials',
        ...step.uses.at,
        detail: `${quote(step.uses.value)} in job ${job.shown}, which ${why}, leaves the token on the runner's disk (.git/config, or RUNNER_TEMP from checkout v6) for every later step to read`,
        fix: 'Add `with: persist-credentials: false` to the checkout step.',
      });
    }
  }
  return findings;
}
