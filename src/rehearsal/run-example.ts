/*
 * One run of an example: its workflow as a tag push runs it, then the workflows a person starts by
 * hand after it (`then`), in the example's world.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOKEN } from '../emulator/github/index.js';
import type { Example } from './example-types.js';
import type { World } from './world.js';
import { runWorkflow, type JobCache, type StepEvent, type WorkflowResult } from './workflow/interpreter.js';

/**
 * Runs the example's workflow file (or the world's changed text of it) in a prepared world, then,
 * when it succeeded, each workflow of its `then`, started by hand on main (which has moved on
 * since the tag: GITHUB_SHA is not the release commit). The result holds every step of every run
 * (the follow-ups' jobs named `file: job`); `failed` is the first step that failed.
 */
export async function runExample(
  root: string,
  example: Example,
  world: World,
  onStep?: (event: StepEvent) => void,
  /** Shared by the runs of a test file or a rehearsal: build jobs run once per project state. */
  jobCache?: JobCache,
): Promise<WorkflowResult> {
  const run = async (
    file: string,
    text: string,
    push: { ref: string; sha: string; eventName: string; workflowPath?: string },
    dispatchInputs?: Record<string, string>,
  ): Promise<WorkflowResult> => {
    const copy = path.join(world.project, '..', `${path.basename(world.project)}-${path.basename(file)}`);
    fs.writeFileSync(copy, text);
    try {
      return await runWorkflow(copy, {
        root,
        project: world.project,
        repository: world.repository,
        ...push,
        apiUrl: world.gh.url,
        token: DEFAULT_TOKEN,
        env: world.env,
        vars: world.vars,
        secrets: world.secrets,
        dispatchInputs,
        standInInputs: world.inputs,
        thirdParty: world.thirdParty,
        onStep,
        jobCache,
      });
    } finally {
      fs.rmSync(copy, { force: true });
    }
  };
  const result = await run(
    example.file,
    world.workflow || fs.readFileSync(path.join(root, example.file), 'utf8'),
    {
      ref: `refs/tags/${world.tag}`,
      sha: world.head,
      eventName: world.eventName,
      workflowPath: example.workflowPath,
    },
  );
  for (const next of example.then ?? []) {
    if (!result.ok) break;
    const main = world.gh.state.commit(world.repository, { branch: 'main', message: 'after the release' });
    const text = world.followUps[next.file] || fs.readFileSync(path.join(root, next.file), 'utf8');
    const inputs = next.inputs(world, result);
    const more = await run(
      next.file,
      text,
      { ref: 'refs/heads/main', sha: main, eventName: 'workflow_dispatch', workflowPath: next.workflowPath },
      inputs,
    );
    const name = path.basename(next.file);
    result.steps.push(...more.steps.map((s) => ({ ...s, job: `${name}: ${s.job}` })));
    for (const [job, outcome] of Object.entries(more.jobs)) result.jobs[`${name}: ${job}`] = outcome;
    if (!more.ok) {
      result.ok = false;
      result.failed = more.failed && { ...more.failed, job: `${name}: ${more.failed.job}` };
    }
  }
  return result;
}
