import * as core from '@actions/core';
import { type Check, type CheckOutcome, runChecks } from '../../core/action/checks.js';
import { type CiDeps, ciCheck } from '../../core/ci.js';
import type { CiActionInputs } from '../../core/ci-inputs.js';
import { createClient } from '../../core/github/client.js';
import { type GuardInputs, guardCheck, guardContextFromEnv } from '../../core/guard.js';
import type { OutputValue } from '../../core/action/outputs.js';

/** The preflight's inputs: one group per composed check. */
export interface PreflightInputs {
  guard: GuardInputs;
  /** require-ci-green's inputs; undefined when `workflows` is not given (the check is not requested). */
  ci?: CiActionInputs;
}

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
  if (deps === undefined) throw new Error('preflightChecks: the CI check needs its client (deps).');
  checks.push(async (report) => {
    if (guard?.outputs.tag === '') {
      return {
        outputs: { ...CI_NOT_RUN },
        hardFailures: 0,
        summary: ['**CI** (require-ci-green): not run, because no tag is being released (see the ref row).'],
      };
    }
    const refused = report.failures.length > 0;
    const check = ciCheck(
      ci.ci,
      deps,
      refused ? { noWait: 'an earlier check already refused the release', soft: true } : {},
    );
    return check(report);
  });
  return checks;
}

/** Everything in one step and one summary; `ok` is true only when every check passed. */
export async function run(inputs: PreflightInputs, root: string): Promise<void> {
  // The client is made before anything is written: a missing token is a configuration error.
  const deps: CiDeps | undefined = inputs.ci
    ? { client: createClient(inputs.ci.token), log: (line) => core.info(line) }
    : undefined;
  await runChecks('preflight', preflightChecks(inputs, root, deps), { onReject: inputs.guard.onReject });
}
