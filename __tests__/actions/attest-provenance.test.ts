import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadTrust } from '../../src/core/sigstore/trust.js';
import { verifySigstoreBundle } from '../../src/core/sigstore/verify.js';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import { storedAttestations } from '../../src/emulator/github/routes/attestations.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { useGitHub } from '../helpers/github.js';
import { useServer } from '../helpers/servers.js';
import { root, workspaceWith } from '../helpers/sigstore.js';

/*
 * attest-provenance's bundle, spawned as it ships, against the GitHub and Sigstore emulators: a
 * good run (the bundle verifies, every predicate field equals the claim it came from, the
 * attestation is listed by the API), and each refusal.
 */

const REPO = 'octo-org/octo-repo';
const READ_ONLY = 'ghs_noAttestationsWrite00000000000000000000';
const sigstore = useServer('sigstore', startSigstore);
const gh = useGitHub({
  setup: (g) => {
    g.state.addRepo(REPO);
    g.state.addToken(READ_ONLY, { contents: 'write' }, 403);
  },
});

const FILES = { 'dist/app.tar.gz': 'app\n', 'dist/app.zip': 'zip\n', 'README.md': 'not attested\n' };
const OUTPUTS = ['attestation-ids', 'attestation-urls', 'bundle-path', 'subjects'];

function attest(
  workspace: string,
  inputs: Record<string, string> = {},
  options: { env?: Record<string, string>; token?: string; sha?: string; ref?: string } = {},
): Promise<RunResult> {
  return runAction('attest-provenance', {
    root,
    workspace,
    repository: REPO,
    apiUrl: gh.url,
    // The emulated Fulcio certifies `https://github.com/${job_workflow_ref}`.
    serverUrl: 'https://github.com',
    token: options.token,
    sha: options.sha,
    ref: options.ref,
    inputs: {
      files: 'dist/*',
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      'tsa-url': sigstore.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
      ...inputs,
    },
    env: {
      ...sigstore.runnerEnv(),
      SEALED_RELEASE_RETRY_MS: '1',
      SEALED_RELEASE_THROTTLE: 'false',
      ...options.env,
    },
    timeoutMs: 60_000,
  });
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, string>;
const failureOf = (r: RunResult) => /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';

afterEach(() => sigstore.setTokenClaims({}));

describe('attest-provenance for files', () => {
  it('attests every file in one verified statement, every field from the token, stored and listed', async () => {
    const ws = workspaceWith(FILES);
    const counts = { ...sigstore.counts };
    const r = await attest(ws);
    expect(r.stderr).toBe('');
    expect(failureOf(r)).toBe('');
    expect(r.code).toBe(0);
    // One token, one certificate for the run.
    expect(sigstore.counts.oidc - counts.oidc).toBe(1);
    expect(sigstore.counts.fulcio - counts.fulcio).toBe(1);

    const subjects = [
      { name: 'app.tar.gz', digest: { sha256: sha256('app\n') } },
      { name: 'app.zip', digest: { sha256: sha256('zip\n') } },
    ];
    expect(JSON.parse(r.outputs.subjects)).toEqual(subjects);
    expect(r.outputs['bundle-path']).toBe(path.join(r.runnerTemp, 'provenance.sigstore.json'));

    // The bundle verifies through the one verification path, for exactly the job's identity.
    const text = fs.readFileSync(r.outputs['bundle-path'], 'utf8');
    const trust = await loadTrust(sigstore.trustedRootPath);
    const verified = await verifySigstoreBundle(text, trust.material, {
      signer: { identity: sigstore.identity, issuer: 'https://token.actions.githubusercontent.com' },
      payloadType: 'application/vnd.in-toto+json',
    });
    expect(verified.identity).toBe(sigstore.identity);

    // Read as a verifier that knows only in-toto and SLSA: every field equals the token's claim.
    const token = sigstore.issued[sigstore.issued.length - 1];
    const c = claimsOf(token);
    const statement = JSON.parse(verified.payload!.toString('utf8'));
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects,
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {
            workflow: {
              ref: c.workflow_ref.split('@')[1],
              repository: `https://github.com/${c.repository}`,
              path: c.workflow_ref.split('@')[0].slice(c.repository.length + 1),
            },
          },
          internalParameters: {
            github: {
              event_name: c.event_name,
              repository_id: c.repository_id,
              repository_owner_id: c.repository_owner_id,
              runner_environment: c.runner_environment,
            },
          },
          resolvedDependencies: [
            { uri: `git+https://github.com/${c.repository}@${c.ref}`, digest: { gitCommit: c.sha } },
          ],
        },
        runDetails: {
          builder: { id: `https://github.com/${c.job_workflow_ref}` },
          metadata: {
            invocationId: `https://github.com/${c.repository}/actions/runs/${c.run_id}/attempts/${c.run_attempt}`,
          },
        },
      },
    });

    // Stored, and listed by the API for each subject's digest, filtered by predicate type.
    const stored = storedAttestations(gh.state);
    expect(stored).toHaveLength(1);
    expect(r.outputs['attestation-ids']).toBe(String(stored[0].id));
    expect(r.outputs['attestation-urls']).toBe(`https://github.com/${REPO}/attestations/${stored[0].id}`);
    for (const s of subjects) {
      const list = async (type: string) => {
        const response = await fetch(
          `${gh.url}/repos/${REPO}/attestations/sha256:${s.digest.sha256}?predicate_type=${type}`,
          { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } },
        );
        expect(response.status).toBe(200);
        return ((await response.json()) as { attestations: { bundle: unknown }[] }).attestations;
      };
      const provenance = await list('provenance');
      expect(provenance.map((a) => a.bundle)).toEqual([JSON.parse(text)]);
      expect(await list('sbom')).toEqual([]);
    }
    expect(r.summary).toContain('| verify | ✅ pass | verifies for exactly');
    expect(visibleText(r)).not.toContain(token);
  });

  it('with attestations-api: false, writes the bundle where asked and stores nothing', async () => {
    const ws = workspaceWith(FILES);
    const before = storedAttestations(gh.state).length;
    const r = await attest(ws, {
      'attestations-api': 'false',
      'bundle-path': 'dist/app-1.2.3.intoto.sigstore.json',
    });
    expect(r.code).toBe(0);
    expect(r.outputs['bundle-path']).toBe(path.join(ws, 'dist/app-1.2.3.intoto.sigstore.json'));
    expect(fs.existsSync(r.outputs['bundle-path'])).toBe(true);
    expect(r.outputs['attestation-ids']).toBe('');
    expect(storedAttestations(gh.state)).toHaveLength(before);
    // A re-run does not attest its own bundle, which the glob now matches.
    const again = await attest(ws, {
      'attestations-api': 'false',
      'bundle-path': 'dist/app-1.2.3.intoto.sigstore.json',
    });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.outputs.subjects).map((s: { name: string }) => s.name)).toEqual([
      'app.tar.gz',
      'app.zip',
    ]);
  });

  it('a token without a claim fails naming it, and signs nothing', async () => {
    const ws = workspaceWith(FILES);
    sigstore.setTokenClaims({ runner_environment: undefined, run_attempt: undefined });
    const counts = { ...sigstore.counts };
    const r = await attest(ws);
    expect(r.code).toBe(1);
    const failure = failureOf(r);
    expect(failure).not.toMatch(/Internal error/);
    expect(failure).toContain('The OIDC token lacks the claims runner_environment, run_attempt');
    expect(sigstore.counts.fulcio).toBe(counts.fulcio);
    expect(fs.existsSync(path.join(r.runnerTemp, 'provenance.sigstore.json'))).toBe(false);
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUTS);
  });

  it('without id-token: write (no request URL) fails with the fix', async () => {
    const ws = workspaceWith(FILES);
    const r = await attest(
      ws,
      {},
      { env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' } },
    );
    expect(r.code).toBe(1);
    const failure = failureOf(r);
    expect(failure).not.toMatch(/Internal error/);
    expect(failure).toContain('No OIDC identity token is available');
    expect(failure).toContain('Fix: Add `permissions: id-token: write` to the job');
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUTS);
  });

  it('a 403 on the POST names attestations: write', async () => {
    const ws = workspaceWith(FILES);
    const before = storedAttestations(gh.state).length;
    const r = await attest(ws, {}, { token: READ_ONLY });
    expect(r.code).toBe(1);
    const failure = failureOf(r);
    expect(failure).not.toMatch(/Internal error/);
    expect(failure).toContain('GitHub answered 403 "Resource not accessible by integration"');
    expect(failure).toContain('Fix: Add `permissions: attestations: write`');
    expect(r.summary).toMatch(
      /\| attestations write permission \| ❌ fail \| storing the attestation in octo-org\/octo-repo: GitHub answered 403/,
    );
    expect(storedAttestations(gh.state)).toHaveLength(before);
    expect(visibleText(r)).not.toContain(READ_ONLY);
  });

  it('a files glob matching nothing fails with the summary and every declared output', async () => {
    const ws = workspaceWith(FILES);
    const counts = { ...sigstore.counts };
    const r = await attest(ws, { files: 'build/*.whl' });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toContain("Input 'files'");
    expect(failureOf(r)).toContain('build/*.whl');
    expect(r.summary).toMatch(/❌ fail/);
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUTS);
    expect(sigstore.counts.oidc).toBe(counts.oidc);
  });

  it('where GITHUB_SHA and GITHUB_REF disagree with the token, the token wins and a warning names each', async () => {
    const ws = workspaceWith(FILES);
    const r = await attest(
      ws,
      { 'attestations-api': 'false' },
      { sha: 'f'.repeat(40), ref: 'refs/heads/main' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^::warning::GITHUB_SHA is "f{40}" but the OIDC token's sha claim is "0123456789abcdef/m,
    );
    expect(r.stdout).toMatch(
      /^::warning::GITHUB_REF is "refs\/heads\/main" but the OIDC token's ref claim is "refs\/tags\/v1\.2\.3"/m,
    );
    const bundle = JSON.parse(fs.readFileSync(r.outputs['bundle-path'], 'utf8'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([
      {
        uri: 'git+https://github.com/octo-org/octo-repo@refs/tags/v1.2.3',
        digest: { gitCommit: '0123456789abcdef0123456789abcdef01234567' },
      },
    ]);
  });

  it('refuses to store the attestation in another repository than the token names, before signing', async () => {
    const ws = workspaceWith(FILES);
    const counts = { ...sigstore.counts };
    const r = await attest(ws, { repository: 'octo-org/other' });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toContain(
      `Input 'repository' is 'octo-org/other', but the OIDC token's repository is "octo-org/octo-repo"`,
    );
    expect(sigstore.counts.fulcio).toBe(counts.fulcio);
    expect(fs.existsSync(path.join(r.runnerTemp, 'provenance.sigstore.json'))).toBe(false);
  });

  it('refuses an image by tag, with every other problem, before anything runs', async () => {
    const ws = workspaceWith(FILES);
    const counts = { ...sigstore.counts };
    const r = await attest(ws, { images: 'ghcr.io/o/r:1.0.0', 'tsa-url': 'ftp://x' });
    expect(r.code).toBe(1);
    expect(failureOf(r)).toContain(`Input 'images': "ghcr.io/o/r:1.0.0" names a tag, not a digest`);
    expect(failureOf(r)).toContain("Input 'tsa-url' must be an http(s) URL");
    expect(sigstore.counts).toEqual(counts);
    expect(Object.keys(r.outputs).sort()).toEqual(OUTPUTS);
  });
});
