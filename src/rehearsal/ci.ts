/*
 * Rehearsal stage: require-ci-green on an emulated repository. The release commit is the head
 * of main with CI and lint green → the gate opens. In a second repository the CI run of the
 * release commit was cancelled (superseded) → the gate must refuse, naming the re-run. The
 * preflight (root action) with `workflows` runs the guard and this check in one step on the
 * green repository and must pass both.
 */
import { startGitHubEmulator } from '../emulator/github/index.js';
import { runAction } from '../emulator/runner.js';
import type { Stage, StageRun } from './stage.js';

export const ciStage: Stage = {
  name: 'require-ci-green: the release commit is the head and its CI is green',
  async run(root: string): Promise<StageRun[]> {
    const gh = await startGitHubEmulator();
    try {
      const green = 'octo-org/green-repo';
      gh.state.addRepo(green);
      const greenSha = gh.state.commit(green, { branch: 'main', message: 'Release 1.2.3' });
      gh.state.annotatedTag(green, 'v1.2.3', greenSha);
      gh.state.addRun(green, 'ci.yml', { headSha: greenSha, conclusion: 'failure' });
      const ci = gh.state.addRun(green, 'ci.yml', { headSha: greenSha, conclusion: 'success' });
      gh.state.addRun(green, 'lint.yml', { headSha: greenSha });
      gh.state.addRun(green, 'ci.yml', { headSha: greenSha, event: 'pull_request', conclusion: 'failure' });

      const cancelled = 'octo-org/cancelled-repo';
      gh.state.addRepo(cancelled);
      const cancelledSha = gh.state.commit(cancelled, { branch: 'main', message: 'Release 2.0.0' });
      gh.state.lightweightTag(cancelled, 'v2.0.0', cancelledSha);
      gh.state.addRun(cancelled, 'ci.yml', { headSha: cancelledSha, conclusion: 'cancelled' });
      gh.state.addRun(cancelled, 'lint.yml', { headSha: cancelledSha });

      const common = { root, apiUrl: gh.url, serverUrl: gh.serverUrl, ref: 'refs/tags/v1.2.3' };
      const inputs = { workflows: 'ci.yml\nlint.yml', timeout: '0' };
      const passRun = await runAction('require-ci-green', {
        ...common,
        repository: green,
        sha: greenSha,
        inputs: { ...inputs, tag: 'v1.2.3' },
      });
      const refuseRun = await runAction('require-ci-green', {
        ...common,
        repository: cancelled,
        sha: cancelledSha,
        ref: 'refs/tags/v2.0.0',
        inputs: { ...inputs, tag: 'v2.0.0' },
      });

      const preflightRun = await runAction('preflight', {
        ...common,
        repository: green,
        sha: greenSha,
        inputs: { workflows: inputs.workflows, timeout: '0' },
      });

      const preflightProblems: string[] = [];
      for (const [name, want] of [
        ['ok', 'true'],
        ['version', '1.2.3'],
        ['green', 'true'],
        ['head-sha', greenSha],
      ] as const) {
        if (preflightRun.outputs[name] !== want)
          preflightProblems.push(`${name} output is '${preflightRun.outputs[name]}', expected '${want}'`);
      }
      if (!/\| workflow lint\.yml \| ✅ pass/.test(preflightRun.summary))
        preflightProblems.push('the one summary does not hold the CI rows');

      const passProblems: string[] = [];
      if (passRun.outputs.green !== 'true') passProblems.push(`green output is '${passRun.outputs.green}'`);
      if (!passRun.outputs.report?.includes(`"run-id":${ci.id}`))
        passProblems.push('report does not name the newest CI run');
      const refuseProblems: string[] = [];
      if (refuseRun.outputs.green !== 'false')
        refuseProblems.push(`green output is '${refuseRun.outputs.green}'`);
      if (!/re-run it on this exact SHA/.test(refuseRun.stdout))
        refuseProblems.push('the refusal does not say to re-run on this SHA');
      if (gh.violations.length > 0) {
        passProblems.push(
          `emulator saw ${gh.violations.length} exchange(s) outside GitHub's OpenAPI description`,
        );
      }
      return [
        {
          label: 'CI and lint green on the tagged head commit',
          result: passRun,
          expect: 'success',
          problems: passProblems,
        },
        {
          label: 'preflight (root action) with workflows: guard and CI in one step',
          result: preflightRun,
          expect: 'success',
          problems: preflightProblems,
        },
        {
          label: 'CI run of the release commit was cancelled',
          result: refuseRun,
          expect: 'failure',
          problems: refuseProblems,
        },
      ];
    } finally {
      await gh.stop();
    }
  },
};
