import { info } from '../../core/action/log.js';
import { InternalError } from '../../core/errors.js';
import { eventRepository } from '../../core/github/event.js';
import { type Check, type CheckOutcome, runChecks } from '../../core/action/checks.js';
import type { CiDeps, CiInputs } from '../../core/ci/check.js';
import type { CiActionInputs } from '../../core/ci/inputs.js';
import { guardCheck, guardContextFromEnv } from '../../core/guard/check.js';
import type { GuardInputs } from '../../core/guard/inputs.js';
import type { OutputValue } from '../../core/action/outputs.js';
import type { PreflightInputs } from './inputs.js';

/** The CI outputs when the CI check did not run: `green` empty (neither 'true' nor 'false'). */
const CI_NOT_RUN: Record<string, OutputValue> = { green: '', 'head-sha': '', report: '[]' };

/**
 * The checks the preflight runs, in order, over one report: the guard, then require-ci-green.
 *
 * The CI check runs after the guard even when the guard refused, so one run lists every
 * failure; but then it does not wait for runs (a refused release must fail fast, not after
 * `timeout`), and its failures count as rejections, so `on-reject: skip` still skips a
 * non-release. When the guard passed, a CI failure is a hard failure that `skip` never hides:
 * a release whose CI is red must not look like "not a release". When there is no tag at all
 * (the ref is not a tag and no `tag` was given) there is no release commit to check, and it
 * does not run.
 */
export function preflightChecks(inputs: PreflightInputs, root: string, deps?: CiDeps): Check[] {
  let guard: CheckOutcome | undefined;
  const checks: Check[] = [
    async (report) => (guard = await guardCheck(inputs.guard, guardContextFromEnv(root))(report)),
  ];
  const ci = inputs.ci;
  if (ci === undefined) {
    checks.push(async () => ({
      outputs: { ...CI_NOT_RUN },
      hardFailures: 0,
      summary: ['**CI** (require-ci-green): not requested; give `workflows` to require green CI.'],
    }));
    return checks;
  }
  if (deps === undefined) throw new InternalError('preflightChecks: the CI check needs its client (deps).');
  checks.push(async (report) => {
    if (guard?.outputs.tag === '') {
      return {
        outputs: { ...CI_NOT_RUN },
        hardFailures: 0,
        summary: ['**CI** (require-ci-green): not run, because no tag is being released (see the ref row).'],
      };
    }
    const refused = report.failures.length > 0;
    // The CI check (and the GitHub client under it) is loaded only when it runs.
    const { ciCheck } = await import('../../core/ci/check.js');
    const check = ciCheck(
      releaseCommit(ci, inputs.guard, String(guard?.outputs.tag ?? ''), process.env.GITHUB_REF ?? ''),
      deps,
      refused ? { noWait: 'an earlier check already refused the release', soft: true } : {},
    );
    return check(report);
  });
  return checks;
}

/**
 * The CI check's commit in the preflight: the tag being released is the guard's (input `tag`,
 * else GITHUB_REF's), and the commit checked must be that tag's commit. The commit named for
 * the release is input `sha` if given; else, when the run was triggered by that very tag
 * (GITHUB_REF is `refs/tags/<tag>`, whether or not `tag` repeats it), GITHUB_SHA: the commit
 * this run checked out and will build, which a tag moved after the trigger no longer names;
 * else (an explicit tag on another ref, e.g. workflow_dispatch from a branch) the tag's own
 * commit. A commit that is not the tag's is then a failing row naming both, so a green head
 * can never vouch for an older tagged commit.
 */
export function releaseCommit(ci: CiActionInputs, guard: GuardInputs, tag: string, ref: string): CiInputs {
  const triggeredByTag = ref === `refs/tags/${tag}`;
  const base = { ...ci.ci, tag, tagSource: guard.tag === undefined ? 'GITHUB_REF' : "input 'tag'" };
  if (ci.ci.sha !== undefined) return { ...base, shaSource: "input 'sha'" };
  if (triggeredByTag && ci.githubSha !== undefined)
    return { ...base, sha: ci.githubSha, shaSource: 'GITHUB_SHA' };
  return base;
}

/** Everything in one step and one summary; `ok` is true only when every check passed. */
export async function run(inputs: PreflightInputs, root: string): Promise<void> {
  // The client is made before anything is written (the token was checked with the inputs), and
  // its code (Octokit) is loaded only when CI is to be checked.
  const deps: CiDeps | undefined = inputs.ci
    ? {
        client: (await import('../../core/github/client.js')).createClient(inputs.ci.token),
        log: (line) => info(line),
        // The event payload names the repository's id and default branch: one request fewer.
        eventRepository: eventRepository(),
      }
    : undefined;
  await runChecks('preflight', preflightChecks(inputs, root, deps), { onReject: inputs.guard.onReject });
}
