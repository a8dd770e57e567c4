import {
  createClient,
  explainHttpError,
  paginateAll,
  PaginationError,
  retryReason,
  retryWithRecheck,
  TransientError,
  type GitHubClient,
} from '../../../src/core/github/client.js';
import { DEFAULT_TOKEN } from '../../../src/emulator/github/index.js';
import { closedPort } from '../../helpers/closed-port.js';
import { useGitHub } from '../../helpers/github.js';

const owner = 'octo-org';
const repo = 'octo-repo';
const REPO = `${owner}/${repo}`;
const gh = useGitHub({ setup: (g) => void g.state.addRepo(REPO) });
let waits: number[];
let client: GitHubClient;

function fastClient(token = DEFAULT_TOKEN, extra: Parameters<typeof createClient>[1] = {}): GitHubClient {
  return createClient(token, {
    baseUrl: gh.url,
    throttle: false,
    retries: 3,
    backoffMs: 5,
    retryAfterUnitMs: 10,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
}

beforeEach(() => {
  waits = [];
  client = fastClient();
});

describe('createClient retries', () => {
  it('retries idempotent requests through a 5xx burst, with growing backoff', async () => {
    gh.faults.add({ operation: 'repos/get', kind: 'status', status: 502, times: 2 });
    const { data } = await client.rest.repos.get({ owner, repo });
    expect(data.default_branch).toBe('main');
    expect(gh.count('repos/get')).toBe(3);
    expect(waits).toEqual([5, 10]);
  });

  it('gives up after its retries and fails', async () => {
    gh.faults.add({ operation: 'repos/get', kind: 'status', status: 503, times: Infinity });
    await expect(client.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 503 });
    expect(gh.count('repos/get')).toBe(4);
  });

  it('never repeats a POST after a 5xx: its effect is unknown', async () => {
    gh.faults.add({ operation: 'repos/create-release', kind: 'status', status: 502 });
    await expect(
      client.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true }),
    ).rejects.toMatchObject({ status: 502 });
    expect(gh.count('repos/create-release')).toBe(1);
  });

  it('honours Retry-After on a plain 429, for any method', async () => {
    gh.faults.add({ operation: 'repos/create-release', kind: 'rate-limit', retryAfter: 7 });
    await client.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true });
    expect(waits).toEqual([70]);
    expect(gh.count('repos/create-release')).toBe(2);
  });

  it('honours Retry-After on a secondary rate limit', async () => {
    gh.faults.add({ operation: 'repos/get', kind: 'secondary-rate-limit', retryAfter: 3, times: 2 });
    await client.rest.repos.get({ owner, repo });
    expect(waits).toEqual([30, 30]);
  });

  it('fails instead of waiting longer than maxWaitMs', async () => {
    const impatient = fastClient(DEFAULT_TOKEN, { maxWaitMs: 50 });
    gh.faults.add({ operation: 'repos/get', kind: 'rate-limit', retryAfter: 3600 });
    await expect(impatient.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 429 });
    expect(waits).toEqual([]);
  });

  it('does not retry a 403 that is a missing permission, nor a 404', async () => {
    gh.state.addToken('ghs_noactions', { contents: 'read' });
    const limited = fastClient('ghs_noactions');
    await expect(
      limited.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'ci.yml' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(client.rest.repos.get({ owner, repo: 'missing' })).rejects.toMatchObject({ status: 404 });
    expect(waits).toEqual([]);
  });

  it('retries a reset connection and a cut JSON body on GET', async () => {
    gh.faults.add({ operation: 'repos/get', kind: 'reset' });
    gh.faults.add({ operation: 'repos/get-branch', kind: 'truncate', bytes: 30 });
    expect((await client.rest.repos.get({ owner, repo })).data.name).toBe(repo);
    expect((await client.rest.repos.getBranch({ owner, repo, branch: 'main' })).data.name).toBe('main');
    expect(gh.count('repos/get')).toBe(2);
    expect(gh.count('repos/get-branch')).toBe(2);
  });

  it('never hands on a cut download as if it were the asset', async () => {
    const release = gh.state.addRelease(REPO, { tagName: 'v1', draft: true });
    const asset = gh.state.addAsset(release.id, 'a.bin', Buffer.alloc(50_000, 1));
    gh.faults.add({ operation: 'download', kind: 'truncate', bytes: 1000, times: Infinity });
    await expect(
      client.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
      }),
    ).rejects.toThrow(/bytes before the connection ended|incomplete|terminated|other side closed/);
    gh.faults.clear();
    const whole = await client.rest.repos.getReleaseAsset({
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect((whole.data as unknown as ArrayBuffer).byteLength).toBe(50_000);
  });

  it('abandons a hung JSON request after requestTimeoutMs and retries it', async () => {
    const impatient = fastClient(DEFAULT_TOKEN, { requestTimeoutMs: 100 });
    gh.faults.add({ operation: 'repos/get', kind: 'slow', delayMs: 400 });
    expect((await impatient.rest.repos.get({ owner, repo })).status).toBe(200);
    expect(waits).toEqual([5]);
    // (the emulator logs the slow request when it answers, after the client gave up on it)
    await new Promise((r) => setTimeout(r, 500));
    expect(gh.count('repos/get')).toBe(2);
    // A POST that hangs is abandoned but not repeated: it may have taken effect.
    gh.faults.add({ operation: 'repos/create-release', kind: 'slow', delayMs: 400 });
    await expect(
      impatient.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true }),
    ).rejects.toThrow(/no answer within 100 ms/);
    await new Promise((r) => setTimeout(r, 500));
    expect(gh.count('repos/create-release')).toBe(1);
  });

  it('names the host it could not reach and why, retrying a GET but never a POST', async () => {
    const port = await closedPort();
    const offline = fastClient(DEFAULT_TOKEN, { baseUrl: `http://127.0.0.1:${port}` });
    const unreachable = {
      name: 'TransientError',
      code: 'UNREACHABLE',
      host: `127.0.0.1:${port}`,
      message: `could not reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`,
    };
    await expect(offline.rest.repos.get({ owner, repo })).rejects.toMatchObject(unreachable);
    expect(waits).toEqual([5, 10, 20]);
    waits.length = 0;
    await expect(
      offline.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true }),
    ).rejects.toMatchObject(unreachable);
    expect(waits).toEqual([]);
    // What a caller adds keeps the host and the reason.
    const explained = await offline.rest.repos.get({ owner, repo }).catch((e: unknown) => {
      return explainHttpError(e, 'Reading the repository', 'contents: read');
    });
    expect(explained).toMatchObject({
      code: 'REQUEST_FAILED',
      message: `Reading the repository: could not reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`,
    });
  });

  it('says which host did not answer in time', async () => {
    const impatient = fastClient(DEFAULT_TOKEN, { requestTimeoutMs: 100, retries: 0 });
    gh.faults.add({ operation: 'repos/get', kind: 'slow', delayMs: 400 });
    await expect(impatient.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: `could not reach ${new URL(gh.url).host}: no answer within 100 ms`,
    });
    await new Promise((r) => setTimeout(r, 500));
  });

  it('takes the base URL from GITHUB_API_URL at call time', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = `${gh.url}/`;
    try {
      const late = createClient(DEFAULT_TOKEN, { throttle: false });
      expect((await late.rest.repos.get({ owner, repo })).status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('really loads plugin-retry (its policy is replaced, not absent)', () => {
    const loaded = client as unknown as { retry?: { retryRequest?: unknown } };
    expect(typeof loaded.retry?.retryRequest).toBe('function');
  });

  it('classifies failures', () => {
    expect(retryReason({ status: 429 })).toBe('rate-limit');
    expect(retryReason({ status: 403, message: 'You have exceeded a secondary rate limit' })).toBe(
      'rate-limit',
    );
    expect(retryReason({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } })).toBe(
      'rate-limit',
    );
    expect(retryReason({ status: 403, message: 'Resource not accessible by integration' })).toBeUndefined();
    expect(retryReason({ status: 502 })).toBe('transient');
    expect(retryReason(new TransientError('cut short'))).toBe('transient');
    expect(retryReason(Object.assign(new Error('fetch failed'), { status: 500 }))).toBe('transient');
    // An error without a status is a bug or a bad parameter, not something to repeat.
    expect(retryReason(new TypeError('x is not a function'))).toBeUndefined();
    expect(retryReason({ status: 422 })).toBeUndefined();
  });
});

describe('retryWithRecheck', () => {
  it('re-reads the state before repeating, and does not repeat what took effect', async () => {
    let calls = 0;
    const find = async () =>
      (await client.rest.repos.listReleases({ owner, repo })).data.find((r) => r.tag_name === 'v1.0.0');
    const created = await retryWithRecheck(
      async () => {
        calls++;
        await client.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true });
        // The answer is lost after the release was created.
        throw Object.assign(new Error('socket hang up'), { status: 502 });
      },
      find,
      { backoffMs: 1, sleep: async () => {} },
    );
    expect(created.tag_name).toBe('v1.0.0');
    expect(calls).toBe(1);
    expect(gh.state.repo(REPO).releases).toHaveLength(1);
  });

  it('tries again when the recheck shows nothing happened', async () => {
    gh.faults.add({ operation: 'repos/create-release', kind: 'status', status: 502 });
    const created = await retryWithRecheck(
      async () =>
        (await client.rest.repos.createRelease({ owner, repo, tag_name: 'v2.0.0', draft: true })).data,
      async () => undefined,
      { backoffMs: 1, sleep: async () => {} },
    );
    expect(created.tag_name).toBe('v2.0.0');
    expect(gh.count('repos/create-release')).toBe(2);
  });

  it('does not retry a refusal', async () => {
    let calls = 0;
    await expect(
      retryWithRecheck(
        async () => {
          calls++;
          throw Object.assign(new Error('Validation Failed'), { status: 422 });
        },
        async () => undefined,
      ),
    ).rejects.toThrow(/Validation Failed/);
    expect(calls).toBe(1);
  });
});

describe('paginateAll', () => {
  it('collects every page', async () => {
    for (let i = 0; i < 250; i++) gh.state.addRelease(REPO, { tagName: `v0.${i}.0` });
    const all = await paginateAll<{ id: number }>(client, 'GET /repos/{owner}/{repo}/releases', {
      owner,
      repo,
    });
    expect(new Set(all.map((r) => r.id)).size).toBe(250);
    expect(gh.count('repos/list-releases')).toBe(3);
  });

  it('survives a transient fault on a page', async () => {
    for (let i = 0; i < 150; i++) gh.state.addRelease(REPO, { tagName: `v0.${i}.0` });
    gh.faults.add({ operation: 'repos/list-releases', kind: 'status', when: (q) => q.get('page') === '2' });
    const all = await paginateAll(client, 'GET /repos/{owner}/{repo}/releases', { owner, repo });
    expect(all).toHaveLength(150);
  });

  it('fails when a page cannot be fetched: never a pass on partial data', async () => {
    for (let i = 0; i < 150; i++) gh.state.addRelease(REPO, { tagName: `v0.${i}.0` });
    gh.faults.add({
      operation: 'repos/list-releases',
      kind: 'status',
      times: Infinity,
      when: (q) => q.get('page') === '2',
    });
    const listing = paginateAll(
      client,
      'GET /repos/{owner}/{repo}/releases',
      { owner, repo },
      { what: 'releases' },
    );
    await expect(listing).rejects.toBeInstanceOf(PaginationError);
    await expect(
      paginateAll(client, 'GET /repos/{owner}/{repo}/releases', { owner, repo }, { what: 'releases' }),
    ).rejects.toThrow(/releases: the listing could not be completed after 1 page/);
  });

  it('fails when fewer items arrive than GitHub announced', async () => {
    const head = gh.state.repo(REPO).branches.get('main')!;
    for (let i = 0; i < 250; i++) gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.onRequest((entry) => {
      // Runs disappear between the first and the second page.
      if (entry.operationId === 'actions/list-workflow-runs' && !/[?&]page=/.test(entry.query)) {
        gh.state.repo(REPO).runs.splice(0, 5);
      }
    });
    await expect(
      paginateAll(client, 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner,
        repo,
        workflow_id: 'ci.yml',
      }),
    ).rejects.toThrow(/announced 250 item\(s\) but only 245 arrived/);
  });

  it('keeps one copy of items that a new arrival pushed onto the next page', async () => {
    const head = gh.state.repo(REPO).branches.get('main')!;
    for (let i = 0; i < 150; i++) gh.state.addRun(REPO, 'ci.yml', { headSha: head });
    gh.onRequest((entry) => {
      if (entry.operationId === 'actions/list-workflow-runs' && !/[?&]page=/.test(entry.query)) {
        for (let i = 0; i < 3; i++) gh.state.addRun(REPO, 'ci.yml', { headSha: head });
      }
    });
    const runs = await paginateAll<{ id: number }>(
      client,
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      { owner, repo, workflow_id: 'ci.yml' },
    );
    // page 1: the 100 newest of 150; page 2 after 3 arrivals: 3 repeats and the last 50.
    expect(runs).toHaveLength(150);
    expect(new Set(runs.map((r) => r.id)).size).toBe(150);
  });

  it('keeps the status of the failure so a 403 still names the permission', async () => {
    gh.state.addToken('ghs_noactions', { contents: 'read' });
    const error = await paginateAll(
      fastClient('ghs_noactions'),
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      {
        owner,
        repo,
        workflow_id: 'ci.yml',
      },
    ).catch((e: unknown) => e);
    const explained = explainHttpError(error, 'Listing runs of ci.yml', 'actions: read');
    expect(explained.message).toMatch(/answered 403.*'actions: read'/);
    expect(explained.message).not.toContain('ghs_noactions');
  });
});

describe('write spacing (plugin-throttling)', () => {
  /** Two release-asset label updates in a row, timed. */
  async function twoWrites(options: Parameters<typeof createClient>[1]): Promise<number> {
    const release = gh.state.addRelease(REPO, { tagName: `v9.${Date.now()}.0`, draft: true });
    const asset = gh.state.addAsset(release.id, 'a.txt', 'a');
    const c = createClient(DEFAULT_TOKEN, { baseUrl: gh.url, ...options });
    const started = Date.now();
    for (const label of ['one', 'two']) {
      await c.rest.repos.updateReleaseAsset({ owner, repo, asset_id: asset.id, label });
    }
    return Date.now() - started;
  }

  it('spaces writes about a second apart by default, as GitHub asks', async () => {
    const saved = process.env.SEALED_RELEASE_THROTTLE;
    delete process.env.SEALED_RELEASE_THROTTLE;
    try {
      expect(await twoWrites({})).toBeGreaterThanOrEqual(900);
    } finally {
      if (saved !== undefined) process.env.SEALED_RELEASE_THROTTLE = saved;
    }
  });

  it('SEALED_RELEASE_THROTTLE=false (the loopback bundle tests) turns the spacing off', async () => {
    process.env.SEALED_RELEASE_THROTTLE = 'false';
    try {
      expect(await twoWrites({})).toBeLessThan(900);
    } finally {
      delete process.env.SEALED_RELEASE_THROTTLE;
    }
  });
});
