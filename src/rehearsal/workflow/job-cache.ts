/*
 * Build jobs handed on between runs of the rehearsal (see below).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StepRecord, Yaml } from './types.js';
import { needsOf } from './yaml.js';

/*
 * A build job is the slowest part of a run (npm ci, npm pack, pip wheel) and the scenarios of an
 * example repeat it unchanged. A job is a build job here when nothing but the project and its
 * own definition can shape what it makes: it needs no other job, its permissions are at most
 * `contents: read`, and its steps are `run:` scripts, checkout, setup-* and upload-artifact only
 * (no sealed-release action, no download, no stand-in for a service). Its key is the job's
 * definition, the workflow's env, every file of the project (names and bytes) and the push it
 * runs for (repository, ref, commit, event, workflow ref); the emulators' URLs and tokens are
 * not in it, as such a job has no business with them. With the same key, its artifacts, outputs
 * and step records are handed on, each record marked `reused`, instead of building again.
 */
export interface CachedJob {
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The artifacts it uploaded: name → relative path → bytes. */
  artifacts: Map<string, Map<string, Buffer>>;
}

/** What a build job's result depends on besides its definition. */
export interface BuildInputs {
  /** The workflow's `env:`. */
  workflowEnv: unknown;
  /** The project folder checkout copies. */
  project: string;
  /** repository, ref, commit, event, server URL, workflow ref. */
  push: string[];
}

/** The results of build jobs, kept across the runs that share this object (a test file, a rehearsal). */
export class JobCache {
  private readonly jobs = new Map<string, CachedJob>();
  /** How many times a job's result was handed on instead of run. */
  hits = 0;

  /** The key of this run of a job, or undefined when it is not a build job (never handed on). */
  keyOf(job: Yaml, inputs: BuildInputs): string | undefined {
    if (!isBuildJob(job)) return undefined;
    const key = {
      job,
      env: inputs.workflowEnv ?? null,
      project: treeDigest(inputs.project),
      push: inputs.push,
    };
    return createHash('sha256').update(JSON.stringify(key)).digest('hex');
  }

  /**
   * The kept result of a run with this key, its artifacts written into `artifacts` (the run's
   * artifact store) and its step records marked `reused`; undefined when there is none.
   */
  reuse(key: string, artifacts: string): CachedJob | undefined {
    const kept = this.jobs.get(key);
    if (!kept) return undefined;
    this.hits++;
    for (const [name, files] of kept.artifacts) {
      for (const [rel, bytes] of files) {
        const target = path.join(artifacts, name, rel);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, bytes);
      }
    }
    return {
      ...kept,
      outputs: { ...kept.outputs },
      steps: kept.steps.map((step) => ({ ...step, reused: true })),
    };
  }

  /** Keeps a successful run's result: its outputs, its records, the artifacts not in `before`. */
  keep(
    key: string,
    run: { outputs: Record<string, string>; steps: StepRecord[]; artifacts: string; before: Set<string> },
  ): void {
    const made = fs.readdirSync(run.artifacts).filter((name) => !run.before.has(name));
    this.jobs.set(key, {
      outputs: run.outputs,
      steps: run.steps,
      artifacts: new Map(made.map((name) => [name, readArtifacts(path.join(run.artifacts, name))])),
    });
  }
}

const BUILD_STEPS = /^actions\/(checkout|setup-[a-z]+|upload-artifact)@/;

/** Whether a job only builds from the project (see JobCache), so its result may be handed on. */
export function isBuildJob(job: Yaml): boolean {
  if (needsOf(job).length > 0) return false;
  const permissions = job.permissions;
  const readOnly =
    permissions !== null &&
    typeof permissions === 'object' &&
    Object.entries(permissions).every(([scope, grant]) => scope === 'contents' && grant === 'read');
  if (!readOnly) return false;
  const steps = Array.isArray(job.steps) ? (job.steps as unknown[]) : [];
  return steps.every((step) => {
    const s = step as Yaml;
    return typeof s.run === 'string' || (typeof s.uses === 'string' && BUILD_STEPS.test(s.uses));
  });
}

/** Every file under `dir` (what checkout copies: node_modules below the top left out), names and bytes. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string): void => {
    for (const entry of fs
      .readdirSync(at, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
        continue;
      }
      hash.update(`${path.relative(dir, full)}\0`);
      hash.update(entry.isSymbolicLink() ? `-> ${fs.readlinkSync(full)}` : fs.readFileSync(full));
      hash.update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function readArtifacts(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  }
  return files;
}
