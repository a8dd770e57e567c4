/*
 * The GitHub emulator's state: repositories, commits, branches, tags, workflows and their runs,
 * releases and their assets. Tests and the rehearsal change it directly (a push, a run that
 * finishes, a leftover `starter` asset) while the product talks to it over HTTP.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type Level = 'none' | 'read' | 'write';

/** The permissions of a token, as a workflow's `permissions:` block grants them. */
export interface TokenPermissions {
  contents: Level;
  actions: Level;
  metadata: Level;
  /** `attestations: write` stores attestations (POST /repos/{o}/{r}/attestations). */
  attestations: Level;
  /**
   * Repository administration (the settings audit-settings reads). A workflow's GITHUB_TOKEN never
   * has it; a fine-grained token or a GitHub App can. Absent means none.
   */
  administration?: Level;
}

export interface TokenSpec {
  permissions: TokenPermissions;
  /** What a missing permission looks like: GitHub answers 403, or 404 where it hides resources. */
  deniedStatus?: 403 | 404;
}

export const FULL_PERMISSIONS: TokenPermissions = {
  contents: 'write',
  actions: 'read',
  metadata: 'read',
  attestations: 'write',
};

export interface Commit {
  sha: string;
  message: string;
  parents: string[];
  date: string;
}

export interface TagObject {
  sha: string;
  tag: string;
  message: string;
  object: { type: 'commit' | 'tag'; sha: string };
  date: string;
}

export interface Workflow {
  id: number;
  name: string;
  /** `.github/workflows/ci.yml` */
  path: string;
  createdAt: string;
}

export type RunStatus =
  'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending' | 'action_required';
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure'
  | null;

export interface RunAttempt {
  attempt: number;
  status: RunStatus;
  conclusion: RunConclusion;
  startedAt: string;
  updatedAt: string;
}

/**
 * The repository a run's head commit came from. For a run from a fork (a pull request opened
 * from another repository) it is a different repository, with its own id: a check that trusts
 * a run only by its SHA must also look here.
 */
export interface HeadRepository {
  id: number;
  owner: string;
  name: string;
  fork: boolean;
}

export interface WorkflowRun {
  id: number;
  workflowId: number;
  runNumber: number;
  headSha: string;
  headBranch: string | null;
  event: string;
  createdAt: string;
  /** The run's `path` when it differs from its workflow's (e.g. a run of another file); default the workflow's. */
  path?: string;
  /** Where the head commit came from; default the repository itself. */
  headRepository?: HeadRepository;
  /** Oldest first; the run's own status is its latest attempt's. */
  attempts: RunAttempt[];
}

export type AssetState = 'uploaded' | 'open' | 'starter';

export interface Asset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  /** `sha256:<hex>`, or null for assets uploaded before GitHub computed digests. */
  digest: string | null;
  state: AssetState;
  /** Where the bytes are (inside the state's temp dir). */
  file: string;
  createdAt: string;
  updatedAt: string;
  downloadCount: number;
}

export interface Release {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  /** Drafts show as `untagged-<hex>` in html_url, as on GitHub. */
  untaggedId: string;
  assets: Asset[];
}

export interface Repository {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  /** The repository setting; publishing then makes a release immutable. */
  immutableReleases: boolean;
  createdAt: string;
  commits: Map<string, Commit>;
  branches: Map<string, string>;
  /** Tag name → the object the ref points at (a commit, or an annotated tag object). */
  tags: Map<string, { type: 'commit' | 'tag'; sha: string }>;
  tagObjects: Map<string, TagObject>;
  /** Tags of immutable releases: they can never move or be reused. */
  lockedTags: Set<string>;
  workflows: Workflow[];
  runs: WorkflowRun[];
  releases: Release[];
  latestReleaseId: number | null;
}

/** 40 lowercase hex characters. */
export function randomSha(): string {
  return randomBytes(20).toString('hex');
}

export class GitHubState {
  readonly repos = new Map<string, Repository>();
  readonly tokens = new Map<string, TokenSpec>();
  readonly tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-emulator-'));
  private nextId = 1000;
  private clock = Date.parse('2026-01-05T10:00:00Z');

  /** A new unique id (repositories, releases, assets, runs and workflows share one sequence). */
  id(): number {
    return this.nextId++;
  }

  /** A timestamp in GitHub's format; each call is one second after the previous one, so order is stable. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addToken(token: string, permissions: Partial<TokenPermissions> = {}, deniedStatus?: 403 | 404): void {
    this.tokens.set(token, {
      permissions: {
        contents: 'none',
        actions: 'none',
        metadata: 'read',
        attestations: 'none',
        ...permissions,
      },
      deniedStatus,
    });
  }

  /** Creates a repository with one commit on its default branch. */
  addRepo(
    fullName: string,
    options: { defaultBranch?: string; immutableReleases?: boolean; private?: boolean } = {},
  ): Repository {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`emulator: repository '${fullName}' must be owner/name`);
    const repo: Repository = {
      id: this.id(),
      owner,
      name,
      private: options.private ?? false,
      defaultBranch: options.defaultBranch ?? 'main',
      immutableReleases: options.immutableReleases ?? false,
      createdAt: this.now(),
      commits: new Map(),
      branches: new Map(),
      tags: new Map(),
      tagObjects: new Map(),
      lockedTags: new Set(),
      workflows: [],
      runs: [],
      releases: [],
      latestReleaseId: null,
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    this.commit(fullName, { branch: repo.defaultBranch, message: 'Initial commit' });
    return repo;
  }

  repo(fullName: string): Repository {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`emulator: no repository '${fullName}'`);
    return repo;
  }

  findRepo(owner: string, name: string): Repository | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** Adds a commit; with `branch`, the branch moves to it (a push). Returns its SHA. */
  commit(fullName: string, options: { branch?: string; message?: string; sha?: string } = {}): string {
    const repo = this.repo(fullName);
    const parent = options.branch ? repo.branches.get(options.branch) : undefined;
    const sha = options.sha ?? randomSha();
    repo.commits.set(sha, {
      sha,
      message: options.message ?? `Commit ${sha.slice(0, 7)}`,
      parents: parent ? [parent] : [],
      date: this.now(),
    });
    if (options.branch) repo.branches.set(options.branch, sha);
    return sha;
  }

  /** Points a branch at an existing commit. */
  setBranch(fullName: string, branch: string, sha: string): void {
    const repo = this.repo(fullName);
    if (!repo.commits.has(sha)) throw new Error(`emulator: no commit ${sha}`);
    repo.branches.set(branch, sha);
  }

  private checkTagMovable(repo: Repository, tag: string): void {
    if (repo.lockedTags.has(tag)) {
      throw new Error(`emulator: tag '${tag}' belongs to an immutable release and cannot change`);
    }
  }

  /** A lightweight tag: the ref points at the commit itself. */
  lightweightTag(fullName: string, tag: string, sha: string): void {
    const repo = this.repo(fullName);
    this.checkTagMovable(repo, tag);
    if (!repo.commits.has(sha)) throw new Error(`emulator: no commit ${sha}`);
    repo.tags.set(tag, { type: 'commit', sha });
  }

  /** An annotated tag: the ref points at a tag object, which points at the commit. Returns the tag object's SHA. */
  annotatedTag(fullName: string, tag: string, sha: string, message = `Release ${tag}`): string {
    const repo = this.repo(fullName);
    this.checkTagMovable(repo, tag);
    if (!repo.commits.has(sha)) throw new Error(`emulator: no commit ${sha}`);
    const objectSha = randomSha();
    repo.tagObjects.set(objectSha, {
      sha: objectSha,
      tag,
      message,
      object: { type: 'commit', sha },
      date: this.now(),
    });
    repo.tags.set(tag, { type: 'tag', sha: objectSha });
    return objectSha;
  }

  /** Removes a tag (refused for an immutable release's tag, as GitHub refuses it). */
  deleteTag(fullName: string, tag: string): void {
    const repo = this.repo(fullName);
    this.checkTagMovable(repo, tag);
    repo.tags.delete(tag);
  }

  /** Follows a tag to its commit (annotated tags peeled). */
  peelTag(repo: Repository, tag: string): string | undefined {
    let ref = repo.tags.get(tag);
    for (let depth = 0; ref && depth < 10; depth++) {
      if (ref.type === 'commit') return ref.sha;
      const object = repo.tagObjects.get(ref.sha);
      if (!object) return undefined;
      ref = object.object;
    }
    return undefined;
  }

  addWorkflow(fullName: string, file: string, name?: string): Workflow {
    const repo = this.repo(fullName);
    const workflowPath = file.includes('/') ? file : `.github/workflows/${file}`;
    const existing = repo.workflows.find((w) => w.path === workflowPath);
    if (existing) return existing;
    const workflow: Workflow = {
      id: this.id(),
      name: name ?? path.basename(workflowPath).replace(/\.ya?ml$/, ''),
      path: workflowPath,
      createdAt: this.now(),
    };
    repo.workflows.push(workflow);
    return workflow;
  }

  /**
   * Adds a run (first attempt) of a workflow, creating the workflow when needed. `path`
   * overrides the `path` the run reports; `headRepository` (`owner/name` of a fork) makes it a
   * run whose head comes from another repository, with an id of its own.
   */
  addRun(
    fullName: string,
    file: string,
    run: {
      headSha: string;
      headBranch?: string | null;
      event?: string;
      status?: RunStatus;
      conclusion?: RunConclusion;
      path?: string;
      headRepository?: string;
    },
  ): WorkflowRun {
    const repo = this.repo(fullName);
    const workflow = this.addWorkflow(fullName, file);
    const now = this.now();
    const status = run.status ?? 'completed';
    const created: WorkflowRun = {
      id: this.id(),
      workflowId: workflow.id,
      runNumber: repo.runs.filter((r) => r.workflowId === workflow.id).length + 1,
      headSha: run.headSha,
      headBranch: run.headBranch === undefined ? repo.defaultBranch : run.headBranch,
      event: run.event ?? 'push',
      createdAt: now,
      ...(run.path !== undefined ? { path: run.path } : {}),
      ...(run.headRepository !== undefined ? { headRepository: this.forkOf(run.headRepository) } : {}),
      attempts: [
        {
          attempt: 1,
          status,
          conclusion: status === 'completed' ? (run.conclusion ?? 'success') : null,
          startedAt: now,
          updatedAt: now,
        },
      ],
    };
    repo.runs.push(created);
    return created;
  }

  /** A fork's identity (`owner/name`): a new id, unless a run already named the same fork. */
  private forkOf(fullName: string): HeadRepository {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`emulator: head repository '${fullName}' must be owner/name`);
    for (const repo of this.repos.values()) {
      for (const r of repo.runs) {
        const known = r.headRepository;
        if (known && `${known.owner}/${known.name}`.toLowerCase() === fullName.toLowerCase()) return known;
      }
    }
    return { id: this.id(), owner, name, fork: true };
  }

  findRun(runId: number): { repo: Repository; run: WorkflowRun } | undefined {
    for (const repo of this.repos.values()) {
      const run = repo.runs.find((r) => r.id === runId);
      if (run) return { repo, run };
    }
    return undefined;
  }

  /** Changes the latest attempt of a run (e.g. in_progress → completed/success). */
  updateRun(runId: number, status: RunStatus, conclusion: RunConclusion = null): void {
    const found = this.findRun(runId);
    if (!found) throw new Error(`emulator: no run ${runId}`);
    const attempt = found.run.attempts[found.run.attempts.length - 1];
    attempt.status = status;
    attempt.conclusion = status === 'completed' ? conclusion : null;
    attempt.updatedAt = this.now();
  }

  /** Re-runs a run: a new attempt of the same run id, as "Re-run jobs" does. */
  rerun(runId: number, status: RunStatus = 'queued', conclusion: RunConclusion = null): RunAttempt {
    const found = this.findRun(runId);
    if (!found) throw new Error(`emulator: no run ${runId}`);
    const now = this.now();
    const attempt: RunAttempt = {
      attempt: found.run.attempts.length + 1,
      status,
      conclusion: status === 'completed' ? conclusion : null,
      startedAt: now,
      updatedAt: now,
    };
    found.run.attempts.push(attempt);
    return attempt;
  }

  /** Adds a release directly (test setup); publishing rules are the server's, not applied here. */
  addRelease(
    fullName: string,
    release: {
      tagName: string;
      draft?: boolean;
      prerelease?: boolean;
      name?: string | null;
      body?: string | null;
      targetCommitish?: string;
      immutable?: boolean;
    },
  ): Release {
    const repo = this.repo(fullName);
    const now = this.now();
    const created: Release = {
      id: this.id(),
      tagName: release.tagName,
      targetCommitish: release.targetCommitish ?? repo.defaultBranch,
      name: release.name ?? release.tagName,
      body: release.body ?? null,
      draft: release.draft ?? false,
      prerelease: release.prerelease ?? false,
      immutable: release.immutable ?? false,
      createdAt: now,
      publishedAt: release.draft ? null : now,
      updatedAt: now,
      untaggedId: randomBytes(10).toString('hex'),
      assets: [],
    };
    if (created.immutable) repo.lockedTags.add(created.tagName);
    repo.releases.push(created);
    return created;
  }

  findRelease(releaseId: number): { repo: Repository; release: Release } | undefined {
    for (const repo of this.repos.values()) {
      const release = repo.releases.find((r) => r.id === releaseId);
      if (release) return { repo, release };
    }
    return undefined;
  }

  findAsset(assetId: number): { repo: Repository; release: Release; asset: Asset } | undefined {
    for (const repo of this.repos.values()) {
      for (const release of repo.releases) {
        const asset = release.assets.find((a) => a.id === assetId);
        if (asset) return { repo, release, asset };
      }
    }
    return undefined;
  }

  /** A new asset record with an empty file (the upload fills it). */
  newAsset(name: string, contentType: string, label: string | null = null): Asset {
    const id = this.id();
    const file = path.join(this.tempDir, `asset-${id}`);
    fs.writeFileSync(file, '');
    const now = this.now();
    return {
      id,
      name,
      label,
      contentType,
      size: 0,
      digest: null,
      state: 'starter',
      file,
      createdAt: now,
      updatedAt: now,
      downloadCount: 0,
    };
  }

  /**
   * Adds an asset with these bytes directly (test setup): `state` `starter` models a broken
   * upload, `digest: null` an asset from before GitHub computed digests.
   */
  addAsset(
    releaseId: number,
    name: string,
    bytes: Buffer | string,
    options: { state?: AssetState; digest?: string | null; contentType?: string } = {},
  ): Asset {
    const found = this.findRelease(releaseId);
    if (!found) throw new Error(`emulator: no release ${releaseId}`);
    const asset = this.newAsset(name, options.contentType ?? 'application/octet-stream');
    const data = Buffer.from(bytes);
    fs.writeFileSync(asset.file, data);
    asset.state = options.state ?? 'uploaded';
    asset.size = asset.state === 'uploaded' ? data.length : 0;
    asset.digest =
      options.digest !== undefined
        ? options.digest
        : asset.state === 'uploaded'
          ? `sha256:${createHash('sha256').update(data).digest('hex')}`
          : null;
    found.release.assets.push(asset);
    return asset;
  }

  /** Removes every asset file. */
  dispose(): void {
    fs.rmSync(this.tempDir, { recursive: true, force: true });
  }
}
