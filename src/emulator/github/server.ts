/*
 * A loopback GitHub: the REST subset sealed-release calls, on 127.0.0.1 and a free port, plus
 * the uploads host on a second port (as uploads.github.com is a different host from
 * api.github.com; `upload_url` points at it, and asset downloads redirect to it, so a client
 * that follows the redirect drops its Authorization header exactly as it must with GitHub).
 *
 * Behaviour modelled on GitHub's documentation: drafts invisible to the by-tag endpoint and to
 * tokens without `contents: write`, Link-header pagination with per_page capped at 100, 422
 * `already_exists` on a duplicate asset name, `sha256:` digests computed from the uploaded
 * bytes while they stream to disk, `starter` assets left by broken uploads, the 2 GiB limit,
 * immutable releases. Every exchange is validated against the OpenAPI extract when
 * `validate` is on; faults can be injected per operation.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as json from './json.js';
import {
  checkBody,
  checkParameters,
  checkResponse,
  matchOperation,
  type CompiledOperation,
  type Violation,
} from './openapi.js';
import {
  FULL_PERMISSIONS,
  GitHubState,
  type Level,
  type Release,
  type Repository,
  type TokenSpec,
} from './state.js';

/** The token the runner harness uses by default; it has every permission. */
export const DEFAULT_TOKEN = 'ghs_testtoken0000000000000000000000000000';

/** GitHub refuses release assets of 2 GiB or more. */
export const MAX_ASSET_SIZE = 2 * 1024 ** 3;

/**
 * How a fault breaks an answer. Most make the request fail; two make GitHub lie while
 * answering 2xx with a body that still matches the OpenAPI description, so that the product's
 * own re-checks are exercised:
 * - `unfiltered` (`actions/list-workflow-runs`): the `head_sha`, `event`, `branch` and
 *   `status` filters are ignored and the runs of every workflow of the repository are listed,
 *   forks' runs included;
 * - `wrong-digest` (`repos/upload-release-asset`): the stored asset reports a `digest` that is
 *   not the sha256 of the bytes received, in the upload's answer and in every later listing.
 */
export type FaultKind =
  | 'status'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'reset'
  | 'slow'
  | 'truncate'
  | 'unfiltered'
  | 'wrong-digest';

/** A fault to inject; it applies to the next `times` matching requests. */
export interface FaultSpec {
  /** operationId (e.g. `actions/list-workflow-runs`) or `download` for the signed download URL. */
  operation?: string;
  /** Further narrowing, e.g. `(q) => q.get('page') === '2'`. */
  when?: (query: URLSearchParams, method: string, path: string) => boolean;
  kind: FaultKind;
  /** How many matching requests it hits (default 1; Infinity for every one). */
  times?: number;
  /** `status`: the status to answer (default 502). */
  status?: number;
  /** `rate-limit`/`secondary-rate-limit`: the Retry-After seconds (default 1). */
  retryAfter?: number;
  /** `slow`: delay before answering, in ms. */
  delayMs?: number;
  /** `truncate`: bytes of the body sent before the connection is cut; `reset` on an upload: bytes read first. */
  bytes?: number;
  /** `status` on an upload: leave a `starter` asset, as GitHub's 502 can. */
  leaveStarter?: boolean;
  /** `wrong-digest`: the `sha256:<hex>` to report (default: the sha256 of other bytes). */
  digest?: string;
}

interface ActiveFault extends FaultSpec {
  remaining: number;
}

/** One request, as the emulator saw it. The token is never recorded. */
export interface LogEntry {
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  status: number;
  /** The fault applied, if any. */
  fault?: FaultKind;
}

export interface EmulatorOptions {
  /** Validate every exchange against the OpenAPI extract (default true). */
  validate?: boolean;
  /** Tokens and their permissions; default: DEFAULT_TOKEN with every permission. */
  tokens?: Record<string, Partial<TokenSpec['permissions']>>;
  /** The web host for html_url (default: the API server's own URL). */
  serverUrl?: string;
  /** Seed state to start from (the rehearsal passes one it built). */
  state?: GitHubState;
}

export interface GitHubEmulator {
  /** REST root: use as GITHUB_API_URL / baseUrl. */
  url: string;
  /** The uploads host root. */
  uploadUrl: string;
  /** The web root (GITHUB_SERVER_URL). */
  serverUrl: string;
  state: GitHubState;
  log: LogEntry[];
  /** Requests or responses that did not match GitHub's OpenAPI description. */
  violations: Violation[];
  faults: { add(spec: FaultSpec): void; clear(): void; readonly active: readonly FaultSpec[] };
  /** Called after every answered request (tests use it to change state between polls). */
  onRequest(listener: (entry: LogEntry) => void): void;
  /** Number of logged requests for an operationId. */
  count(operationId: string): number;
  stop(): Promise<void>;
}

/** The permission each operation needs. */
const NEEDS: Record<string, { scope: 'contents' | 'actions' | 'metadata'; level: Level }> = {
  'repos/get': { scope: 'metadata', level: 'read' },
  'repos/get-branch': { scope: 'contents', level: 'read' },
  'repos/get-commit': { scope: 'contents', level: 'read' },
  'git/get-ref': { scope: 'contents', level: 'read' },
  'git/get-tag': { scope: 'contents', level: 'read' },
  'repos/list-releases': { scope: 'contents', level: 'read' },
  'repos/get-release': { scope: 'contents', level: 'read' },
  'repos/get-release-by-tag': { scope: 'contents', level: 'read' },
  'repos/get-latest-release': { scope: 'contents', level: 'read' },
  'repos/list-release-assets': { scope: 'contents', level: 'read' },
  'repos/get-release-asset': { scope: 'contents', level: 'read' },
  'repos/create-release': { scope: 'contents', level: 'write' },
  'repos/update-release': { scope: 'contents', level: 'write' },
  'repos/delete-release': { scope: 'contents', level: 'write' },
  'repos/update-release-asset': { scope: 'contents', level: 'write' },
  'repos/delete-release-asset': { scope: 'contents', level: 'write' },
  'repos/upload-release-asset': { scope: 'contents', level: 'write' },
  'actions/get-workflow': { scope: 'actions', level: 'read' },
  'actions/list-workflow-runs': { scope: 'actions', level: 'read' },
  'actions/get-workflow-run': { scope: 'actions', level: 'read' },
  'actions/get-workflow-run-attempt': { scope: 'actions', level: 'read' },
};

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** Letters that do not decompose into ASCII plus marks, spelled as GitHub spells them. */
const TRANSLITERATE: Record<string, string> = {
  ð: 'd',
  Ð: 'D',
  æ: 'ae',
  Æ: 'AE',
  ŋ: 'ng',
  Ŋ: 'NG',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  þ: 'th',
  Þ: 'TH',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

/**
 * The asset name GitHub stores for an uploaded file name (observed behaviour; the docs only
 * say special characters and leading/trailing periods are renamed): accented letters lose
 * their accents (ż → z, ð → d, æ → ae), every run of other characters outside letters, digits,
 * `.`, `-`, `_` and `+` becomes one `.`, runs of dots collapse, a leading dot becomes
 * `default.`, and trailing dots go.
 */
export function githubAssetName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u0080-\uffff]/g, (c) => TRANSLITERATE[c] ?? '.');
  let out = ascii.replace(/[^A-Za-z0-9._+-]+/g, '.').replace(/\.{2,}/g, '.');
  if (out.startsWith('.')) out = `default${out}`;
  out = out.replace(/\.+$/, '');
  return out === '' ? 'default' : out;
}

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

const notFound = (): HttpAnswer => new HttpAnswer(404, json.errorBody(404, 'Not Found'));

/** Starts the emulator. Stop it with `stop()`. */
export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const state = options.state ?? new GitHubState();
  if (options.tokens) {
    for (const [token, permissions] of Object.entries(options.tokens)) state.addToken(token, permissions);
  } else if (state.tokens.size === 0) {
    state.tokens.set(DEFAULT_TOKEN, { permissions: { ...FULL_PERMISSIONS } });
  }
  const validate = options.validate ?? true;
  const log: LogEntry[] = [];
  const violations: Violation[] = [];
  const faults: ActiveFault[] = [];
  const listeners: ((entry: LogEntry) => void)[] = [];
  const signingKey = randomBytes(32);

  const api = http.createServer();
  const uploads = http.createServer();
  await Promise.all([listen(api), listen(uploads)]);
  const urls: json.Urls = {
    api: `http://127.0.0.1:${(api.address() as AddressInfo).port}`,
    uploads: `http://127.0.0.1:${(uploads.address() as AddressInfo).port}`,
    web: '',
  };
  urls.web = (options.serverUrl ?? urls.api).replace(/\/+$/, '');

  const sign = (assetId: number): string =>
    createHmac('sha256', signingKey).update(String(assetId)).digest('hex');

  function takeFault(
    operationId: string,
    query: URLSearchParams,
    method: string,
    path: string,
  ): ActiveFault | undefined {
    const fault = faults.find(
      (f) =>
        f.remaining > 0 &&
        (!f.operation || f.operation === operationId) &&
        (!f.when || f.when(query, method, path)),
    );
    if (fault) fault.remaining--;
    return fault;
  }

  function record(entry: LogEntry): void {
    log.push(entry);
    for (const listener of listeners) listener(entry);
  }

  function send(res: http.ServerResponse, answer: HttpAnswer, truncateAt?: number): void {
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-resource': 'core',
      ...answer.headers,
    };
    if (answer.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(answer.status, headers);
    if (truncateAt !== undefined) {
      res.write(Buffer.from(payload).subarray(0, truncateAt));
      res.socket?.destroy();
      return;
    }
    res.end(payload);
  }

  function authenticate(req: http.IncomingMessage): TokenSpec | undefined {
    const header = req.headers.authorization ?? '';
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
    return match ? state.tokens.get(match[1]) : undefined;
  }

  function permitted(token: TokenSpec, scope: keyof TokenSpec['permissions'], level: Level): boolean {
    return RANK[token.permissions[scope]] >= RANK[level];
  }

  /** Drafts are only visible to tokens that can push (contents: write), as on GitHub. */
  function visible(token: TokenSpec, release: Release): boolean {
    return !release.draft || permitted(token, 'contents', 'write');
  }

  async function readJson(req: http.IncomingMessage): Promise<{ body?: unknown; error?: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '') return {};
    try {
      return { body: JSON.parse(text) };
    } catch {
      return { error: 'Problems parsing JSON' };
    }
  }

  function paginate<T>(
    req: http.IncomingMessage,
    pathname: string,
    query: URLSearchParams,
    items: T[],
  ): { page: T[]; headers: Record<string, string> } {
    // GitHub caps per_page at 100 and treats page < 1 as 1.
    const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number, rel: string): string => {
      const q = new URLSearchParams(query);
      q.set('per_page', String(perPage));
      q.set('page', String(n));
      return `<${urls.api}${pathname}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      page: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  function resolveCommitish(repo: Repository, ref: string): string | undefined {
    if (repo.branches.has(ref)) return repo.branches.get(ref);
    if (repo.tags.has(ref)) return state.peelTag(repo, ref);
    if (repo.commits.has(ref)) return ref;
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const matches = [...repo.commits.keys()].filter((sha) => sha.startsWith(ref));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  /** Publishing: the tag is created from the target when missing; immutability applies. */
  function publish(
    repo: Repository,
    release: Release,
    makeLatest: string | undefined,
  ): HttpAnswer | undefined {
    const other = repo.releases.find((r) => r !== release && !r.draft && r.tagName === release.tagName);
    if (other || (repo.lockedTags.has(release.tagName) && !release.immutable)) {
      return new HttpAnswer(
        422,
        json.validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]),
      );
    }
    if (!repo.tags.has(release.tagName)) {
      const sha = resolveCommitish(repo, release.targetCommitish);
      if (!sha) {
        return new HttpAnswer(
          422,
          json.validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]),
        );
      }
      repo.tags.set(release.tagName, { type: 'commit', sha });
    }
    release.draft = false;
    release.publishedAt = state.now();
    if (repo.immutableReleases) {
      release.immutable = true;
      repo.lockedTags.add(release.tagName);
    }
    if (makeLatest !== 'false' && !release.prerelease) repo.latestReleaseId = release.id;
    return undefined;
  }

  const immutableRefusal = (what: string): HttpAnswer =>
    new HttpAnswer(
      422,
      json.validationFailed(
        [
          {
            resource: 'Release',
            code: 'custom',
            field: 'immutable',
            message: `Cannot ${what} an immutable release.`,
          },
        ],
        `Cannot ${what} an immutable release.`,
      ),
    );

  function releasesOf(repo: Repository, token: TokenSpec): Release[] {
    return repo.releases
      .filter((r) => visible(token, r))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  }

  async function handleApi(
    op: CompiledOperation,
    params: Record<string, string>,
    query: URLSearchParams,
    pathname: string,
    req: http.IncomingMessage,
    token: TokenSpec,
    body: unknown,
    fault: ActiveFault | undefined,
  ): Promise<HttpAnswer> {
    const repo = state.findRepo(params.owner, params.repo);
    if (!repo) return notFound();
    const r = (release: Release): unknown => json.release(urls, repo, release);
    switch (op.operationId) {
      case 'repos/get':
        return new HttpAnswer(200, json.fullRepository(urls, repo));
      case 'repos/get-branch': {
        const sha = repo.branches.get(params.branch);
        if (!sha) return new HttpAnswer(404, json.errorBody(404, 'Branch not found'));
        return new HttpAnswer(200, json.branch(urls, repo, params.branch, repo.commits.get(sha)!));
      }
      case 'repos/get-commit': {
        const sha = resolveCommitish(repo, params.ref);
        if (!sha) {
          return /^[0-9a-f]{40}$/.test(params.ref)
            ? new HttpAnswer(422, json.validationFailed([], `No commit found for SHA: ${params.ref}`))
            : new HttpAnswer(404, json.errorBody(404, `No commit found for SHA: ${params.ref}`));
        }
        return new HttpAnswer(200, json.commit(urls, repo, repo.commits.get(sha)!));
      }
      case 'git/get-ref': {
        const ref = params.ref;
        let object: { type: string; sha: string } | undefined;
        if (ref.startsWith('tags/')) object = repo.tags.get(ref.slice(5));
        else if (ref.startsWith('heads/')) {
          const sha = repo.branches.get(ref.slice(6));
          object = sha ? { type: 'commit', sha } : undefined;
        }
        if (!object) return notFound();
        return new HttpAnswer(200, json.gitRef(urls, repo, `refs/${ref}`, object));
      }
      case 'git/get-tag': {
        const tag = repo.tagObjects.get(params.tag_sha);
        if (!tag) return notFound();
        return new HttpAnswer(200, json.gitTag(urls, repo, tag));
      }
      case 'repos/list-releases': {
        const { page, headers } = paginate(req, pathname, query, releasesOf(repo, token));
        return new HttpAnswer(200, page.map(r), headers);
      }
      case 'repos/get-latest-release': {
        const latest = repo.releases.find((x) => x.id === repo.latestReleaseId && !x.draft);
        return latest ? new HttpAnswer(200, r(latest)) : notFound();
      }
      case 'repos/get-release-by-tag': {
        // The by-tag endpoint never returns drafts, whoever asks.
        const found = repo.releases.find((x) => !x.draft && x.tagName === params.tag);
        return found ? new HttpAnswer(200, r(found)) : notFound();
      }
      case 'repos/get-release': {
        const found = repo.releases.find((x) => x.id === Number(params.release_id));
        return found && visible(token, found) ? new HttpAnswer(200, r(found)) : notFound();
      }
      case 'repos/create-release': {
        const input = body as Record<string, unknown>;
        const target = (input.target_commitish as string | undefined) ?? repo.defaultBranch;
        if (!resolveCommitish(repo, target) && !repo.tags.has(input.tag_name as string)) {
          return new HttpAnswer(
            422,
            json.validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]),
          );
        }
        const draft = input.draft === true;
        const release = state.addRelease(`${repo.owner}/${repo.name}`, {
          tagName: input.tag_name as string,
          draft: true,
          prerelease: input.prerelease === true,
          name: (input.name as string | undefined) ?? null,
          body: (input.body as string | undefined) ?? null,
          targetCommitish: target,
        });
        if (!draft) {
          const refusal = publish(repo, release, input.make_latest as string | undefined);
          if (refusal) {
            repo.releases.splice(repo.releases.indexOf(release), 1);
            return refusal;
          }
        }
        return new HttpAnswer(201, r(release), {
          location: `${urls.api}/repos/${repo.owner}/${repo.name}/releases/${release.id}`,
        });
      }
      case 'repos/update-release': {
        const release = repo.releases.find((x) => x.id === Number(params.release_id));
        if (!release || !visible(token, release)) return notFound();
        const input = (body ?? {}) as Record<string, unknown>;
        if (release.immutable) {
          // Title and notes stay editable; the tag, the target and the published state do not.
          const changesTag = input.tag_name !== undefined && input.tag_name !== release.tagName;
          const changesTarget =
            input.target_commitish !== undefined && input.target_commitish !== release.targetCommitish;
          if (changesTag || changesTarget || input.draft === true)
            return immutableRefusal('change the tag of');
        }
        if (!release.draft && input.draft === true) {
          release.draft = true;
          release.publishedAt = null;
        }
        if (typeof input.tag_name === 'string') release.tagName = input.tag_name;
        if (typeof input.target_commitish === 'string') release.targetCommitish = input.target_commitish;
        if (typeof input.name === 'string') release.name = input.name;
        if (typeof input.body === 'string') release.body = input.body;
        if (typeof input.prerelease === 'boolean') release.prerelease = input.prerelease;
        if (release.draft && input.draft === false) {
          const refusal = publish(repo, release, input.make_latest as string | undefined);
          if (refusal) return refusal;
        } else if (!release.draft && input.make_latest === 'true') {
          repo.latestReleaseId = release.id;
        }
        release.updatedAt = state.now();
        return new HttpAnswer(200, r(release));
      }
      case 'repos/delete-release': {
        const index = repo.releases.findIndex((x) => x.id === Number(params.release_id));
        if (index < 0 || !visible(token, repo.releases[index])) return notFound();
        // Deleting an immutable release is allowed; its tag stays locked (lockedTags).
        const [removed] = repo.releases.splice(index, 1);
        for (const a of removed.assets) fs.rmSync(a.file, { force: true });
        if (repo.latestReleaseId === removed.id) repo.latestReleaseId = null;
        return new HttpAnswer(204);
      }
      case 'repos/list-release-assets': {
        const release = repo.releases.find((x) => x.id === Number(params.release_id));
        if (!release || !visible(token, release)) return notFound();
        const { page, headers } = paginate(req, pathname, query, release.assets);
        return new HttpAnswer(
          200,
          page.map((a) => json.asset(urls, repo, release, a)),
          headers,
        );
      }
      case 'repos/get-release-asset': {
        const found = state.findAsset(Number(params.asset_id));
        if (!found || found.repo !== repo || !visible(token, found.release)) return notFound();
        if ((req.headers.accept ?? '').includes('application/octet-stream')) {
          // GitHub redirects to a short-lived signed URL on another host.
          const location = `${urls.uploads}/_downloads/${found.asset.id}/${encodeURIComponent(found.asset.name)}?sig=${sign(found.asset.id)}`;
          return new HttpAnswer(302, undefined, { location });
        }
        return new HttpAnswer(200, json.asset(urls, repo, found.release, found.asset));
      }
      case 'repos/update-release-asset': {
        const found = state.findAsset(Number(params.asset_id));
        if (!found || found.repo !== repo || !visible(token, found.release)) return notFound();
        if (found.release.immutable) return immutableRefusal('change the assets of');
        const input = (body ?? {}) as Record<string, unknown>;
        if (typeof input.name === 'string') {
          const name = githubAssetName(input.name);
          if (found.release.assets.some((a) => a !== found.asset && a.name === name)) {
            return new HttpAnswer(
              422,
              json.validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]),
            );
          }
          found.asset.name = name;
        }
        if (typeof input.label === 'string') found.asset.label = input.label;
        found.asset.updatedAt = state.now();
        return new HttpAnswer(200, json.asset(urls, repo, found.release, found.asset));
      }
      case 'repos/delete-release-asset': {
        const found = state.findAsset(Number(params.asset_id));
        if (!found || found.repo !== repo || !visible(token, found.release)) return notFound();
        if (found.release.immutable) return immutableRefusal('delete the assets of');
        found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
        fs.rmSync(found.asset.file, { force: true });
        return new HttpAnswer(204);
      }
      case 'actions/get-workflow': {
        const w = findWorkflow(repo, params.workflow_id);
        return w ? new HttpAnswer(200, json.workflow(urls, repo, w)) : notFound();
      }
      case 'actions/list-workflow-runs': {
        const w = findWorkflow(repo, params.workflow_id);
        if (!w) return notFound();
        // The `unfiltered` fault lies: every run of the repository, whatever was asked for.
        const lie = fault?.kind === 'unfiltered';
        const status = lie ? null : query.get('status');
        const runs = repo.runs
          .filter((run) => lie || run.workflowId === w.id)
          .filter((run) => lie || !query.get('head_sha') || run.headSha === query.get('head_sha'))
          .filter((run) => lie || !query.get('event') || run.event === query.get('event'))
          .filter((run) => lie || !query.get('branch') || run.headBranch === query.get('branch'))
          // Every emulated run is triggered by octocat; its check suite id is id + 500000.
          .filter(() => !query.get('actor') || query.get('actor') === 'octocat')
          .filter(
            (run) => !query.get('check_suite_id') || run.id + 500000 === Number(query.get('check_suite_id')),
          )
          .filter((run) => {
            if (!status) return true;
            const latest = run.attempts[run.attempts.length - 1];
            // `status` filters on either the status or the conclusion, as documented.
            return latest.status === status || latest.conclusion === status;
          })
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
        const { page, headers } = paginate(req, pathname, query, runs);
        const exclude = query.get('exclude_pull_requests') === 'true';
        return new HttpAnswer(
          200,
          {
            total_count: runs.length,
            workflow_runs: page.map((run) => json.workflowRun(urls, repo, run, undefined, exclude)),
          },
          headers,
        );
      }
      case 'actions/get-workflow-run': {
        const run = repo.runs.find((x) => x.id === Number(params.run_id));
        return run ? new HttpAnswer(200, json.workflowRun(urls, repo, run)) : notFound();
      }
      case 'actions/get-workflow-run-attempt': {
        const run = repo.runs.find((x) => x.id === Number(params.run_id));
        const n = Number(params.attempt_number);
        if (!run || !Number.isInteger(n) || n < 1 || n > run.attempts.length) return notFound();
        return new HttpAnswer(200, json.workflowRun(urls, repo, run, n));
      }
      default:
        return notFound();
    }
  }

  function findWorkflow(repo: Repository, id: string): ReturnType<typeof repo.workflows.find> {
    // GitHub accepts the numeric id or the file's base name (not a path with slashes).
    if (/^\d+$/.test(id)) return repo.workflows.find((w) => w.id === Number(id));
    if (id.includes('/')) return undefined;
    return repo.workflows.find((w) => w.path === `.github/workflows/${id}`);
  }

  async function handleUpload(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    params: Record<string, string>,
    query: URLSearchParams,
    token: TokenSpec,
    fault: ActiveFault | undefined,
  ): Promise<HttpAnswer | null> {
    const repo = state.findRepo(params.owner, params.repo);
    const release = repo?.releases.find((x) => x.id === Number(params.release_id));
    if (!repo || !release || !visible(token, release)) return notFound();
    if (release.immutable) return immutableRefusal('upload assets to');
    const lengthHeader = req.headers['content-length'];
    if (lengthHeader === undefined || !/^\d+$/.test(lengthHeader)) {
      return new HttpAnswer(400, json.errorBody(400, 'Content-Length header is required'));
    }
    const length = Number(lengthHeader);
    if (length >= MAX_ASSET_SIZE) {
      return new HttpAnswer(
        422,
        json.validationFailed([
          {
            resource: 'ReleaseAsset',
            code: 'custom',
            field: 'size',
            message: 'size must be less than 2147483648 bytes',
          },
        ]),
      );
    }
    const name = githubAssetName(query.get('name') ?? '');
    if (release.assets.some((a) => a.name === name)) {
      return new HttpAnswer(
        422,
        json.validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]),
      );
    }
    const asset = state.newAsset(
      name,
      req.headers['content-type'] ?? 'application/octet-stream',
      query.get('label'),
    );
    release.assets.push(asset);
    if (fault?.kind === 'status') {
      if (!fault.leaveStarter) release.assets.splice(release.assets.indexOf(asset), 1);
      return new HttpAnswer(fault.status ?? 502, json.errorBody(fault.status ?? 502, 'Bad Gateway'));
    }
    // Stream to disk, hashing as the bytes arrive: multi-GiB bodies are never held in memory.
    const hash = createHash('sha256');
    const out = fs.createWriteStream(asset.file);
    let received = 0;
    const cutAt = fault?.kind === 'reset' ? (fault.bytes ?? 0) : Infinity;
    const complete = await new Promise<boolean>((resolve) => {
      let done = false;
      const finish = (ok: boolean): void => {
        if (done) return;
        done = true;
        out.end(() => resolve(ok));
      };
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        hash.update(chunk);
        if (!out.write(chunk)) {
          req.pause();
          out.once('drain', () => req.resume());
        }
        if (received >= cutAt || received > length) {
          req.socket.destroy();
          finish(false);
        }
      });
      req.on('end', () => finish(received === length));
      req.on('error', () => finish(false));
      req.on('close', () => finish(received === length && req.complete));
    });
    if (!complete || res.destroyed) {
      // The connection broke mid-upload: GitHub leaves the asset as `starter`, size 0.
      return null;
    }
    asset.state = 'uploaded';
    asset.size = received;
    const received256 = hash.digest('hex');
    // The `wrong-digest` fault lies: the digest of other bytes is stored, so the upload's answer
    // and every later listing report it.
    asset.digest =
      fault?.kind === 'wrong-digest'
        ? (fault.digest ?? `sha256:${createHash('sha256').update(`not ${received256}`).digest('hex')}`)
        : `sha256:${received256}`;
    asset.updatedAt = state.now();
    return new HttpAnswer(201, json.asset(urls, repo, release, asset));
  }

  function handleDownload(
    res: http.ServerResponse,
    pathname: string,
    query: URLSearchParams,
    fault: ActiveFault | undefined,
  ): number {
    const match = /^\/_downloads\/(\d+)\/[^/]+$/.exec(pathname);
    const found = match ? state.findAsset(Number(match[1])) : undefined;
    if (!found || query.get('sig') !== sign(found.asset.id)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return 404;
    }
    found.asset.downloadCount++;
    const size = fs.statSync(found.asset.file).size;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(size),
      'content-disposition': `attachment; filename=${encodeURIComponent(found.asset.name)}`,
    });
    const stream = fs.createReadStream(
      found.asset.file,
      fault?.kind === 'truncate' ? { end: (fault.bytes ?? 0) - 1 } : {},
    );
    if (fault?.kind === 'truncate') {
      // Fewer bytes than Content-Length promised, then the connection is cut.
      if ((fault.bytes ?? 0) <= 0) {
        res.socket?.destroy();
        return 200;
      }
      stream.on('end', () => res.socket?.destroy());
      stream.pipe(res, { end: false });
    } else {
      stream.pipe(res);
    }
    return 200;
  }

  async function handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    host: 'api' | 'uploads',
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const entry: LogEntry = { method, path: url.pathname, query: url.search, operationId: null, status: 0 };
    const finish = (status: number): void => {
      entry.status = status;
      record(entry);
    };

    if (host === 'uploads' && method === 'GET' && url.pathname.startsWith('/_downloads/')) {
      entry.operationId = 'download';
      const fault = takeFault('download', url.searchParams, method, url.pathname);
      if (fault) entry.fault = fault.kind;
      if (fault?.kind === 'reset') {
        req.socket.destroy();
        return finish(0);
      }
      if (fault?.kind === 'status') {
        send(res, new HttpAnswer(fault.status ?? 502, json.errorBody(fault.status ?? 502, 'Server Error')));
        return finish(fault.status ?? 502);
      }
      if (fault?.kind === 'slow') await delay(fault.delayMs ?? 1000);
      return finish(handleDownload(res, url.pathname, url.searchParams, fault));
    }

    // The web host's download link (browser_download_url) of a published release: no token
    // needed, a redirect to the signed URL as on GitHub. Drafts are not served here.
    const web = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (host === 'api' && method === 'GET' && web) {
      entry.operationId = 'web-download';
      const repo = state.findRepo(decodeURIComponent(web[1]), decodeURIComponent(web[2]));
      const release = repo?.releases.find((r) => !r.draft && r.tagName === decodeURIComponent(web[3]));
      const found = release?.assets.find(
        (a) => a.name === decodeURIComponent(web[4]) && a.state === 'uploaded',
      );
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not Found');
        return finish(404);
      }
      const location = `${urls.uploads}/_downloads/${found.id}/${encodeURIComponent(found.name)}?sig=${sign(found.id)}`;
      res.writeHead(302, { location });
      res.end();
      return finish(302);
    }

    let pathname: string;
    try {
      pathname = decodeURI(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const matched = matchOperation(method, url.pathname);
    const isUpload = matched?.operation.operationId === 'repos/upload-release-asset';
    if (!matched || isUpload !== (host === 'uploads')) {
      req.resume();
      send(res, notFound());
      return finish(404);
    }
    const { operation, params } = matched;
    entry.operationId = operation.operationId;
    const answer = async (a: HttpAnswer, truncateAt?: number): Promise<void> => {
      if (validate && a.status !== 302 && a.status !== 204) {
        const errors = checkResponse(operation, a.status, a.body);
        if (errors.length > 0) {
          violations.push({
            operationId: operation.operationId,
            direction: 'response',
            method,
            path: pathname,
            status: a.status,
            errors,
          });
        }
      }
      send(res, a, truncateAt);
      finish(a.status);
    };

    const fault = takeFault(operation.operationId, url.searchParams, method, url.pathname);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === 'reset' && !isUpload) {
      req.socket.destroy();
      return finish(0);
    }
    if (fault?.kind === 'slow') await delay(fault.delayMs ?? 1000);
    if (fault?.kind === 'rate-limit') {
      req.resume();
      return answer(
        new HttpAnswer(429, json.errorBody(429, 'API rate limit exceeded for installation.'), {
          'retry-after': String(fault.retryAfter ?? 1),
        }),
      );
    }
    if (fault?.kind === 'secondary-rate-limit') {
      req.resume();
      return answer(
        new HttpAnswer(
          403,
          json.errorBody(
            403,
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          ),
          { 'retry-after': String(fault.retryAfter ?? 1) },
        ),
      );
    }
    if (fault?.kind === 'status' && !isUpload) {
      req.resume();
      const status = fault.status ?? 502;
      return answer(
        new HttpAnswer(status, json.errorBody(status, status === 502 ? 'Bad Gateway' : 'Server Error')),
      );
    }

    const token = authenticate(req);
    if (!token) {
      req.resume();
      return answer(new HttpAnswer(401, json.errorBody(401, 'Bad credentials')));
    }
    const needs = NEEDS[operation.operationId];
    if (needs && !permitted(token, needs.scope, needs.level)) {
      req.resume();
      const status = token.deniedStatus ?? 403;
      return answer(
        status === 404
          ? notFound()
          : new HttpAnswer(403, json.errorBody(403, 'Resource not accessible by integration')),
      );
    }

    const queryValues: Record<string, unknown> = { ...params };
    for (const [k, v] of url.searchParams) queryValues[k] = v;
    const paramErrors = checkParameters(operation, queryValues);
    if (paramErrors.length > 0) {
      req.resume();
      violations.push({
        operationId: operation.operationId,
        direction: 'request',
        method,
        path: pathname,
        errors: paramErrors,
      });
      return answer(
        new HttpAnswer(422, json.validationFailed([], `Invalid request.\n\n${paramErrors.join('\n')}`)),
      );
    }

    if (isUpload) {
      const result = await handleUpload(req, res, params, url.searchParams, token, fault);
      if (result === null) return finish(0);
      // A refusal before the body was read: a small body is read to its end first, so the
      // client sees the answer rather than a reset while it is still sending; a large one
      // (the 2 GiB refusal) is answered at once and the connection closed.
      const declared = Number(req.headers['content-length'] ?? 0);
      if (!req.complete && declared <= 64 * 1024 * 1024) {
        req.resume();
        await new Promise<void>((resolve) => {
          req.once('end', resolve);
          req.once('close', resolve);
        });
      }
      if (!req.complete) res.setHeader('connection', 'close');
      await answer(result);
      if (!req.complete) req.socket.end();
      return;
    }

    let body: unknown;
    if (method !== 'GET' && method !== 'DELETE' && operation.validateBody) {
      const parsed = await readJson(req);
      if (parsed.error) return answer(new HttpAnswer(400, json.errorBody(400, parsed.error)));
      body = parsed.body;
      const bodyErrors = checkBody(operation, body);
      if (bodyErrors.length > 0) {
        violations.push({
          operationId: operation.operationId,
          direction: 'request',
          method,
          path: pathname,
          errors: bodyErrors,
        });
        return answer(
          new HttpAnswer(422, json.validationFailed([], `Invalid request.\n\n${bodyErrors.join('\n')}`)),
        );
      }
    } else {
      req.resume();
    }
    const result = await handleApi(
      operation,
      params,
      url.searchParams,
      url.pathname,
      req,
      token,
      body,
      fault,
    );
    await answer(result, fault?.kind === 'truncate' ? (fault.bytes ?? 0) : undefined);
  }

  const wrap = (host: 'api' | 'uploads') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res, host).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json.errorBody(500, `emulator error: ${String(error)}`)));
      }
    });
  };
  api.on('request', wrap('api'));
  uploads.on('request', wrap('uploads'));

  return {
    url: urls.api,
    uploadUrl: urls.uploads,
    serverUrl: urls.web,
    state,
    log,
    violations,
    faults: {
      add(spec: FaultSpec) {
        faults.push({ ...spec, remaining: spec.times ?? 1 });
      },
      clear() {
        faults.length = 0;
      },
      get active() {
        return faults.filter((f) => f.remaining > 0);
      },
    },
    onRequest(listener) {
      listeners.push(listener);
    },
    count(operationId: string) {
      return log.filter((e) => e.operationId === operationId).length;
    },
    async stop() {
      await Promise.all([close(api), close(uploads)]);
      if (!options.state) state.dispose();
    },
  };
}

function listen(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
