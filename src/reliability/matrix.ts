/*
 * The fault matrix: every scenario crossed with every fault. A cell survives when the step ends
 * in success after retries, or in a clear failure after which a clean re-run reaches the correct
 * final state; and in neither case may a forbidden outcome show in the emulator's state.
 */
import { DEFAULT_TOKEN, startGitHubEmulator, type FaultSpec } from '../emulator/github/index.js';
import { releaseAttestations } from '../emulator/github/attestations.js';
import { FAULTS, type Fault } from './faults.js';
import { clearFailure, failureText, REPO, World, type Leak } from './harness.js';
import type { Forbidden, Scenario } from './scenarios.js';

export interface Cell {
  scenario: string;
  action: string;
  fault: string;
  /** `n/a` cells were not run. */
  status: 'n/a' | 'run';
  why?: string;
  outcome?: 'passed' | 'failed clearly' | 'failed unclearly' | 'timed out';
  applied?: boolean;
  /** After a failure: did a clean re-run reach the correct final state? */
  reconverged?: boolean;
  survived?: boolean;
  forbidden: Forbidden[];
  leaks: Leak[];
  detail: string;
}

/**
 * Whether this emulator can tell a lie (a lying fault that is accepted but never told would make
 * its cells pass for nothing). Probed over HTTP against a throwaway emulator.
 */
export async function canLie(lie: 'unfiltered' | 'wrong-digest'): Promise<boolean> {
  const gh = await startGitHubEmulator({ validate: false });
  try {
    gh.state.addRepo(REPO);
    const headers = { authorization: `token ${DEFAULT_TOKEN}`, accept: 'application/vnd.github+json' };
    if (lie === 'unfiltered') {
      const a = gh.state.commit(REPO, { branch: 'main' });
      const b = gh.state.commit(REPO, { branch: 'main' });
      gh.state.addRun(REPO, 'ci.yml', { headSha: a });
      gh.state.addRun(REPO, 'ci.yml', { headSha: b });
      gh.faults.add({
        kind: 'unfiltered' as FaultSpec['kind'],
        operation: 'actions/list-workflow-runs',
        times: 1,
      });
      const res = await fetch(`${gh.url}/repos/${REPO}/actions/workflows/ci.yml/runs?head_sha=${a}`, {
        headers,
      });
      const body = (await res.json()) as { workflow_runs?: { head_sha: string }[] };
      return (body.workflow_runs ?? []).some((r) => r.head_sha === b);
    }
    const draft = gh.state.addRelease(REPO, { tagName: 'v0.0.1', draft: true });
    gh.faults.add({
      kind: 'wrong-digest' as FaultSpec['kind'],
      operation: 'repos/upload-release-asset',
      times: 1,
    });
    const res = await fetch(`${gh.uploadUrl}/repos/${REPO}/releases/${draft.id}/assets?name=x.txt`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    const body = (await res.json()) as { digest?: string };
    return (
      res.ok &&
      body.digest !== undefined &&
      body.digest !== 'sha256:2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881'
    );
  } catch {
    return false;
  } finally {
    await gh.stop();
  }
}

async function runCell(root: string, scratch: string, scenario: Scenario, fault: Fault): Promise<Cell> {
  const world = await World.start(root, scratch);
  const cell: Cell = {
    scenario: scenario.name,
    action: scenario.action,
    fault: fault.name,
    status: 'run',
    forbidden: [],
    leaks: [],
    detail: '',
  };
  try {
    await scenario.setup(world);
    fault.inject(world, scenario.action, scenario.name);
    const first = await scenario.run(world);
    cell.applied =
      scenario.action === 'sigstore-sign'
        ? world.sigstore.faultsFired()
        : fault.applied
          ? fault.applied(world)
          : world.gh.log.some((e) => e.fault !== undefined) || world.registryFaultFired();
    cell.outcome =
      first.code === null
        ? 'timed out'
        : first.code === 0
          ? 'passed'
          : clearFailure(first)
            ? 'failed clearly'
            : 'failed unclearly';
    const checked = scenario.check(world, first);
    cell.forbidden.push(...checked.forbidden);
    const details = [...checked.detail];
    // A fault that must make the step fail (a seal that never comes) turns a pass into a false pass.
    const truth = fault.truth ?? scenario.truth;
    if (truth === 'fail' && first.code === 0 && !cell.forbidden.includes('false pass')) {
      cell.forbidden.push('false pass');
      details.push(`passed although ${fault.what.charAt(0).toLowerCase()}${fault.what.slice(1)}`);
    }
    if (first.code !== 0) details.push(`failure: ${failureText(first)}`);
    const firstCorrect = scenario.converged(world, first);
    if (first.code !== 0 || !firstCorrect) {
      world.gh.faults.clear();
      world.sigstore.clearFaults();
      world.registry.faults.clear();
      releaseAttestations(world.gh.state).clearFaults();
      const again = await scenario.run(world);
      const checkedAgain = scenario.check(world, again);
      cell.forbidden.push(...checkedAgain.forbidden.filter((f) => !cell.forbidden.includes(f)));
      cell.reconverged = scenario.converged(world, again);
      if (!cell.reconverged)
        details.push(`re-run: ${again.code === 0 ? 'passed, wrong final state' : failureText(again)}`);
    }
    cell.leaks = world.leaks();
    const endedWell =
      truth === 'pass'
        ? cell.outcome === 'passed'
          ? firstCorrect
          : cell.outcome === 'failed clearly' && cell.reconverged === true
        : cell.outcome === 'failed clearly' && cell.reconverged === true;
    // A step that must fail may rightly never make the faulted request (undraft must not publish
    // an incomplete draft): there the fault not firing is the correct outcome, not a blind spot.
    const appliedOrNeedless = cell.applied === true || scenario.truth === 'fail';
    cell.survived = endedWell && appliedOrNeedless && cell.forbidden.length === 0 && cell.leaks.length === 0;
    if (!cell.applied) {
      details.push(
        scenario.truth === 'fail'
          ? 'the faulted request was never made (correct: the step refused before it)'
          : 'the fault was never applied (the step made no matching request)',
      );
    }
    cell.detail = details.join('; ');
  } catch (error) {
    cell.survived = false;
    cell.detail = `matrix error: ${String(error)}`;
  } finally {
    await world.stop();
  }
  return cell;
}

/** Runs every scenario × fault cell (or the `only` subset: [scenario name, fault name] pairs). */
export async function runMatrix(
  root: string,
  scratch: string,
  scenarios: Scenario[],
  extraActions: string[],
  options: { only?: [string, string][]; log?: (line: string) => void } = {},
): Promise<Cell[]> {
  const log = options.log ?? (() => undefined);
  const lies = new Map<string, boolean>();
  for (const f of FAULTS) if (f.lie && !lies.has(f.lie)) lies.set(f.lie, await canLie(f.lie));
  const cells: Cell[] = [];
  for (const scenario of scenarios) {
    for (const fault of FAULTS) {
      if (options.only && !options.only.some(([s, f]) => s === scenario.name && f === fault.name)) continue;
      if (!fault.appliesTo(scenario.name, scenario.action)) {
        cells.push({
          scenario: scenario.name,
          action: scenario.action,
          fault: fault.name,
          status: 'n/a',
          why: fault.why(scenario.action),
          forbidden: [],
          leaks: [],
          detail: '',
        });
        continue;
      }
      if (fault.lie && !lies.get(fault.lie)) {
        cells.push({
          scenario: scenario.name,
          action: scenario.action,
          fault: fault.name,
          status: 'n/a',
          why: `the GitHub emulator on this commit cannot tell the '${fault.lie}' lie`,
          forbidden: [],
          leaks: [],
          detail: '',
        });
        continue;
      }
      const cell = await runCell(root, scratch, scenario, fault);
      log(
        `  ${scenario.name} × ${fault.name}: ${cell.outcome}${cell.reconverged === undefined ? '' : cell.reconverged ? ', re-run converged' : ', RE-RUN DID NOT CONVERGE'}${cell.survived ? '' : '  ← NOT SURVIVED'}${cell.forbidden.length ? ` FORBIDDEN: ${cell.forbidden.join(', ')}` : ''}`,
      );
      cells.push(cell);
    }
  }
  for (const action of extraActions) {
    for (const fault of FAULTS) {
      if (options.only) continue;
      cells.push({
        scenario: action,
        action,
        fault: fault.name,
        status: 'n/a',
        why: action === 'undraft' ? 'undraft is not on this commit' : fault.why(action),
        forbidden: [],
        leaks: [],
        detail: '',
      });
    }
  }
  return cells;
}
