/*
 * The third-party actions the rehearsal stands in for, by their effect: checkout (a fresh copy
 * of the project), setup-* (nothing: the machine has the tools), upload-artifact and
 * download-artifact (a folder handed between jobs); any other needs a stand-in from the caller,
 * whose outputs become the step's (`steps.<id>.outputs.*`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { quote, RehearsalError } from '../errors.js';
import type { StandIn, StepContext, StepEvent, StepRecord } from './types.js';
import { SHA40 } from './yaml.js';

function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    dereference: false,
    filter: (src) => path.basename(src) !== 'node_modules' || src === from,
  });
}

/** What a stand-in reads of the interpreter's world. */
export interface StandInWorld {
  /** The files `actions/checkout` copies. */
  project: string;
  /**
   * The workflow being run and where the user keeps it (`.github/workflows/release.yml`): the
   * pushed commit holds it, so checkout puts it there (audit-settings lints it). The project
   * folder itself stays as it is, so a build job's cache key does not depend on it.
   */
  running?: { file: string; path: string };
  /** Stand-ins for other third-party actions, by `owner/name`. */
  thirdParty?: Record<string, StandIn>;
  onStep?: (event: StepEvent) => void;
}

/** The third-party actions the rehearsal stands in for, by their effect. */
export async function standIn(
  uses: string,
  base: { job: string; index: number; id?: string; with: Record<string, string> },
  step: StepContext,
  world: StandInWorld,
  artifacts: string,
  where: string,
): Promise<StepRecord> {
  const match = /^([A-Za-z0-9-]+\/[A-Za-z0-9_.-]+)@(.+)$/.exec(uses);
  if (!match)
    throw new RehearsalError(
      'INVALID_WORKFLOW',
      `${where}: ${quote(`uses: ${uses}`)} is not an action reference`,
    );
  const [, name, ref] = match;
  if (!SHA40.test(ref))
    throw new RehearsalError(
      'INVALID_WORKFLOW',
      `${where}: ${quote(uses)} is not pinned to a 40-hex commit SHA`,
    );
  const record = (detail: string, code = 0): StepRecord => ({
    ...base,
    label: `${name} (stood in: ${detail})`,
    kind: 'stand-in',
    added: {},
    code,
    outputs: {},
    summary: '',
    stdout: '',
    stderr: '',
  });
  world.onStep?.({ phase: 'start', record: { ...base, label: name, kind: 'stand-in', added: {} } });
  const w = step.with;
  const allow = (keys: string[]): void => {
    for (const key of Object.keys(w))
      if (!keys.includes(key))
        throw new RehearsalError(
          'UNSUPPORTED',
          `${where}: the stand-in for ${quote(name)} does not support ${quote(key)}`,
        );
  };
  switch (name) {
    case 'actions/checkout': {
      allow(['persist-credentials', 'fetch-depth']);
      if (w['persist-credentials'] !== 'false')
        throw new RehearsalError(
          'INVALID_WORKFLOW',
          `${where}: checkout must set persist-credentials: false`,
        );
      fs.rmSync(step.workspace, { recursive: true, force: true });
      copyTree(world.project, step.workspace);
      if (world.running) {
        const kept = path.join(step.workspace, world.running.path);
        fs.mkdirSync(path.dirname(kept), { recursive: true });
        fs.copyFileSync(world.running.file, kept);
      }
      return record('a fresh copy of the project in the workspace');
    }
    case 'actions/setup-node':
    case 'actions/setup-python':
      allow(['node-version', 'node-version-file', 'python-version', 'python-version-file']);
      return record('the machine already has it');
    case 'actions/upload-artifact': {
      allow(['name', 'path', 'if-no-files-found', 'retention-days']);
      const source = path.join(step.workspace, w.path ?? '');
      if (!w.name || !w.path)
        throw new RehearsalError('INVALID_WORKFLOW', `${where}: upload-artifact needs 'name' and 'path'`);
      if (
        !fs.existsSync(source) ||
        (fs.statSync(source).isDirectory() && fs.readdirSync(source).length === 0)
      ) {
        return record(`nothing at '${w.path}' to upload`, 1);
      }
      const target = path.join(artifacts, w.name);
      if (fs.existsSync(target)) return record(`an artifact named '${w.name}' exists already`, 1);
      fs.mkdirSync(target, { recursive: true });
      if (fs.statSync(source).isDirectory()) fs.cpSync(source, target, { recursive: true });
      else fs.copyFileSync(source, path.join(target, path.basename(source)));
      return record(`'${w.path}' handed on as artifact '${w.name}'`);
    }
    case 'actions/download-artifact': {
      allow(['name', 'path']);
      if (!w.name) throw new RehearsalError('INVALID_WORKFLOW', `${where}: download-artifact needs 'name'`);
      const source = path.join(artifacts, w.name);
      if (!fs.existsSync(source)) return record(`no artifact named '${w.name}'`, 1);
      const target = path.join(step.workspace, w.path ?? '.');
      fs.mkdirSync(target, { recursive: true });
      fs.cpSync(source, target, { recursive: true });
      return record(`artifact '${w.name}' into '${w.path ?? '.'}'`);
    }
    default: {
      const custom = world.thirdParty?.[name];
      if (!custom)
        throw new RehearsalError('UNSUPPORTED', `${where}: the rehearsal has no stand-in for ${quote(name)}`);
      try {
        const outputs = await custom(step);
        return { ...record('the emulated service received it'), outputs: outputs ?? {} };
      } catch (error) {
        return { ...record(error instanceof Error ? error.message : String(error), 1) };
      }
    }
  }
}
