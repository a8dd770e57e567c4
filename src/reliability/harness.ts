/*
 * What every reliability run shares: fresh loopback emulators per cell, the runner harness with
 * the waits shortened (so a fault cell takes seconds, not minutes), and a record of every run so
 * that each one is scanned for the token and the OIDC tokens.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOKEN, startGitHubEmulator, type GitHubEmulator } from '../emulator/github/index.js';
import { leaksSecret, runAction, type RunOptions, type RunResult } from '../emulator/runner.js';
import {
  startPackageRegistryEmulator,
  type PackageRegistryEmulator,
} from '../emulator/package-registries/index.js';
import { startSigstore, type SigstoreEmulator } from '../emulator/sigstore/index.js';

export const REPO = 'octo-org/octo-repo';
export const TAG = 'v1.2.3';

/** The client's request timeout in these runs; the `slow` fault waits longer than this. */
export const REQUEST_TIMEOUT_MS = 1500;

/** Waits shortened for loopback runs (the product's defaults suit GitHub, not a test matrix). */
export const FAST_ENV: Record<string, string> = {
  SEALED_RELEASE_RETRY_MS: '20',
  SEALED_RELEASE_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  SEALED_RELEASE_POLL_MS: '50',
  SEALED_RELEASE_CONCURRENT_WAIT_MS: '3000',
};

/** One leak found in a run's visible output. */
export interface Leak {
  run: string;
  secret: 'token' | 'OIDC token';
}

/** The world of one cell: the emulators, a workspace, and every run made in it. */
export class World {
  readonly runs: { label: string; result: RunResult }[] = [];
  /** The commit the workflow runs for (GITHUB_SHA), once a scenario has made it. */
  head?: string;
  private constructor(
    readonly root: string,
    readonly gh: GitHubEmulator,
    readonly sigstore: SigstoreEmulator,
    /** PyPI, crates and npm on loopback, for byte-identity's registry references. */
    readonly registry: PackageRegistryEmulator,
    readonly workspace: string,
    readonly token: string,
  ) {}

  static async start(root: string, scratch: string): Promise<World> {
    const gh = await startGitHubEmulator({ validate: false });
    gh.state.addRepo(REPO);
    const sigstore = await startSigstore({ repository: REPO, tag: TAG });
    // One more loopback server, started always: it costs a listening socket, and every world
    // then answers the same way whatever scenario runs in it.
    const registry = await startPackageRegistryEmulator();
    const workspace = fs.realpathSync(fs.mkdtempSync(path.join(scratch, 'ws-')));
    return new World(root, gh, sigstore, registry, workspace, DEFAULT_TOKEN);
  }

  /**
   * Whether a registry fault fired. A slow answer counts only when the client gave up on it
   * (logged with no status): one it waited out never tested its timeout.
   */
  registryFaultFired(): boolean {
    const faulted = this.registry.log.filter((e) => e.fault !== undefined);
    return faulted.length > 0 && faulted.every((e) => e.fault !== 'slow' || e.status === 0);
  }

  /** The registry inputs of byte-identity, pointing at this world's registry emulator. */
  registryInputs(): Record<string, string> {
    return {
      'pypi-url': this.registry.urls.pypi,
      'crates-index-url': this.registry.urls.cratesIndex,
      'crates-api-url': this.registry.urls.cratesApi,
      'npm-registry': this.registry.urls.npm,
    };
  }

  /** Writes files into the workspace (paths relative to it). */
  write(files: Record<string, string | Buffer>): void {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.workspace, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }

  /** Runs a shipped bundle as the runner would, against this world's emulators. */
  async run(
    name: string,
    inputs: Record<string, string>,
    extra: Partial<RunOptions> & { label?: string } = {},
  ): Promise<RunResult> {
    const result = await runAction(name, {
      root: this.root,
      workspace: this.workspace,
      repository: REPO,
      apiUrl: this.gh.url,
      // Sigstore identities are `https://github.com/<job_workflow_ref>` in the emulated tokens.
      serverUrl: name.startsWith('sigstore-') ? undefined : this.gh.serverUrl,
      token: this.token,
      ref: `refs/tags/${TAG}`,
      sha: extra.sha ?? this.head,
      inputs,
      timeoutMs: 90_000,
      ...extra,
      env: { ...FAST_ENV, ...this.sigstore.runnerEnv(), ...(extra.env ?? {}) },
    });
    this.runs.push({ label: extra.label ?? name, result });
    return result;
  }

  /** Every run in which the token or an OIDC token shows where a person can read it. */
  leaks(): Leak[] {
    const found: Leak[] = [];
    for (const { label, result } of this.runs) {
      if (leaksSecret(result, this.token)) found.push({ run: label, secret: 'token' });
      if (this.sigstore.issued.some((t) => leaksSecret(result, t)))
        found.push({ run: label, secret: 'OIDC token' });
    }
    return found;
  }

  /** Requests that change state (anything but GET/HEAD) from log position `from` on. */
  writes(from = 0): number {
    return this.gh.log.slice(from).filter((e) => e.method !== 'GET' && e.method !== 'HEAD').length;
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.gh.stop(), this.sigstore.stop(), this.registry.stop()]);
    fs.rmSync(this.workspace, { recursive: true, force: true });
  }
}

export function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** The first `::error::` line of a run (decoded), or the tail of stderr. */
export function failureText(result: RunResult): string {
  const line = result.stdout.split('\n').find((l) => l.startsWith('::error'));
  if (line)
    return line
      .replace(/^::error[^:]*::/, '')
      .replace(/%0A/g, ' ')
      .replace(/%25/g, '%')
      .slice(0, 300);
  return (result.stderr.trim().split('\n').pop() ?? '').slice(0, 300);
}

/**
 * A clear failure: exit 1 with an `::error::` message and no stack trace or JavaScript error
 * class shown (a crash is not a clear failure, even when it fails closed).
 */
export function clearFailure(result: RunResult): boolean {
  const all = `${result.stdout}\n${result.stderr}`;
  return (
    result.code === 1 &&
    /^::error/m.test(result.stdout) &&
    !/\n\s+at .+:\d+:\d+\)?/.test(all) &&
    !/\b(TypeError|ReferenceError|SyntaxError: Unexpected|RangeError|Cannot read properties)\b/.test(all)
  );
}
