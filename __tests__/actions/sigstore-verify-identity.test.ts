import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runAction, type RunResult } from '../../src/emulator/runner.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { SigningSession, staticIdentityProvider } from '../../src/core/sigstore/index.js';
import { root, snapshot, workspaceWith } from '../helpers/sigstore.js';
import { useServer } from '../helpers/servers.js';

/**
 * Issue 9, item 1, through the shipped bundles: dist/sigstore-verify, dist/cli verify-bundle and
 * dist/sigstore-sign (its self-verify and its "keep an existing bundle" path) all refuse every
 * signer that is not exactly the expected one.
 */

const ISSUER = 'https://token.actions.githubusercontent.com';
const REPO = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml';
const MAIN = `${REPO}@refs/heads/main`;
const TAG = `${REPO}@refs/tags/v1.2.3`;
const WHOLE =
  'https://github\\.com/octo-org/octo-repo/\\.github/workflows/release\\.yml@refs/tags/v\\d+\\.\\d+\\.\\d+';
const cli = path.join(root, 'dist/cli/index.js');

const cleanup: string[] = [];

const sigstore = useServer('sigstore', startSigstore);

afterAll(async () => {
  for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
});

/** A workspace holding dist/app.tar.gz and its bundle, signed for this SAN (and issuer lie). */
async function signedWorkspace(san: string, issuerLie?: string): Promise<string> {
  const ws = workspaceWith({ 'dist/app.tar.gz': 'the release artifact\n' });
  cleanup.push(ws);
  if (issuerLie) sigstore.lieFulcio({ issuer: issuerLie });
  try {
    const session = new SigningSession(
      { fulcioURL: sigstore.fulcioURL, rekorURL: sigstore.rekorURL, tsaURL: sigstore.tsaURL, retries: 0 },
      staticIdentityProvider(
        sigstore.issueToken({ job_workflow_ref: san.slice('https://github.com/'.length) }),
      ),
    );
    const { bundle } = await session.signFile(path.join(ws, 'dist/app.tar.gz'));
    fs.writeFileSync(path.join(ws, 'dist/app.tar.gz.sigstore.json'), JSON.stringify(bundle));
  } finally {
    sigstore.clearFaults();
  }
  return ws;
}

function verifyAction(ws: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction('sigstore-verify', {
    root,
    workspace: ws,
    inputs: { files: 'dist/*', 'trusted-root': sigstore.trustedRootPath, ...inputs },
    timeoutMs: 60_000,
  });
}

function verifyCli(
  ws: string,
  identity: string,
  issuer = ISSUER,
): Promise<{ code: number | null; stderr: string }> {
  const args = [
    cli,
    'verify-bundle',
    '--bundle',
    path.join(ws, 'dist/app.tar.gz.sigstore.json'),
    '--certificate-identity',
    identity,
    '--certificate-oidc-issuer',
    issuer,
    '--trusted-root',
    sigstore.trustedRootPath,
    path.join(ws, 'dist/app.tar.gz'),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { PATH: process.env.PATH },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

interface Variant {
  name: string;
  signer: string;
  issuerLie?: string;
  /** sigstore-verify inputs; the CLI gets the same identity and issuer when there is no regexp. */
  inputs: Record<string, string>;
  ok: boolean;
}

const variants: Variant[] = [
  { name: 'the exact identity', signer: TAG, inputs: { 'certificate-identity': TAG }, ok: true },
  {
    name: 'a suffix superstring (main-evil for main)',
    signer: `${MAIN}-evil`,
    inputs: { 'certificate-identity': MAIN },
    ok: false,
  },
  {
    name: 'a dot as a wildcard (v1x2x30 for v1.2.3)',
    signer: `${REPO}@refs/tags/v1x2x30`,
    inputs: { 'certificate-identity': TAG },
    ok: false,
  },
  {
    name: 'a truncated identity',
    signer: TAG,
    inputs: { 'certificate-identity': TAG.slice(0, -2) },
    ok: false,
  },
  {
    name: 'a regexp that matches only a part',
    signer: TAG,
    inputs: { 'certificate-identity-regexp': 'release\\.yml@refs/tags/v1' },
    ok: false,
  },
  {
    name: 'a regexp that matches the whole SAN',
    signer: TAG,
    inputs: { 'certificate-identity-regexp': WHOLE },
    ok: true,
  },
  {
    name: 'a wrong issuer',
    signer: TAG,
    inputs: { 'certificate-identity': TAG, 'certificate-oidc-issuer': 'https://accounts.google.com' },
    ok: false,
  },
  {
    name: 'an issuer that is a superstring of the expected one',
    signer: TAG,
    issuerLie: `${ISSUER}.evil`,
    inputs: { 'certificate-identity': TAG },
    ok: false,
  },
  {
    name: 'an expected issuer that is a truncation of the certificate one',
    signer: TAG,
    inputs: { 'certificate-identity': TAG, 'certificate-oidc-issuer': ISSUER.slice(0, -1) },
    ok: false,
  },
];

describe('sigstore-verify and the CLI (dist) accept exactly the expected signer', () => {
  it.each(variants)('$name: verified=$ok', async (variant) => {
    const ws = await signedWorkspace(variant.signer, variant.issuerLie);
    const action = await verifyAction(ws, variant.inputs);
    expect(action.code).toBe(variant.ok ? 0 : 1);
    expect(action.outputs.verified).toBe(String(variant.ok));
    if (!variant.ok) expect(action.stdout).toContain('UNTRUSTED_SIGNER_ERROR');
    const identity = variant.inputs['certificate-identity'];
    if (identity !== undefined) {
      const r = await verifyCli(ws, identity, variant.inputs['certificate-oidc-issuer']);
      expect(r.code).toBe(variant.ok ? 0 : 1);
      if (!variant.ok) expect(r.stderr).toContain('UNTRUSTED_SIGNER_ERROR');
    }
  });
});

function signAction(ws: string, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction('sigstore-sign', {
    root,
    workspace: ws,
    inputs: {
      files: 'dist/*',
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      'tsa-url': sigstore.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
      ...inputs,
    },
    env: sigstore.runnerEnv(),
    timeoutMs: 60_000,
  });
}

describe('sigstore-sign (dist) self-verify expects exactly the token job workflow', () => {
  afterEach(() => sigstore.clearFaults());

  it.each([
    ['a longer SAN (the expected identity is its truncation)', (san: string) => `${san}0`],
    ['a suffix superstring', (san: string) => `${san}-evil`],
    ['dots replaced (a dot is no wildcard)', (san: string) => san.replace('v1.2.3', 'v1x2x3')],
  ])('fails when Fulcio certifies %s', async (_name, lie) => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    cleanup.push(ws);
    sigstore.lieFulcio({ san: lie });
    const r = await signAction(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /verify: dist\/a: UNTRUSTED_SIGNER_ERROR: certificate identity is ".*", expected exactly/,
    );
    expect(r.outputs.identity).toBe(lie(TAG));
  });

  it('fails when Fulcio certifies an issuer that is a superstring of the token one', async () => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    cleanup.push(ws);
    sigstore.lieFulcio({ issuer: `${ISSUER}.evil` });
    const r = await signAction(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/verify: dist\/a: UNTRUSTED_SIGNER_ERROR: certificate OIDC issuer is/);
  });

  it('reads the identity output from the certificate, not from GITHUB_WORKFLOW_REF (verify: false)', async () => {
    const ws = workspaceWith({ 'dist/a': 'a' });
    cleanup.push(ws);
    sigstore.lieFulcio({ san: (san) => `${san}-certified` });
    const r = await signAction(ws, { verify: 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs.identity).toBe(`${TAG}-certified`);
    expect(r.outputs['verify-instructions']).toContain(`--certificate-identity ${TAG}-certified`);
  });

  it.each([
    ['a longer tag (v1.2.30)', `${REPO}@refs/tags/v1.2.30`],
    ['a dot as a wildcard (v1x2x3)', `${REPO}@refs/tags/v1x2x3`],
    ['a suffix superstring (v1.2.3-evil)', `${TAG}-evil`],
  ])('refuses to keep an existing bundle signed by %s, and leaves it untouched', async (_name, signer) => {
    const ws = await signedWorkspace(signer);
    const before = snapshot(ws);
    const r = await signAction(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /sign: dist\/app\.tar\.gz: existing bundle .* does not verify .*UNTRUSTED_SIGNER_ERROR/,
    );
    expect(snapshot(ws)).toEqual(before);
  });

  it('keeps an existing bundle signed by exactly the job workflow', async () => {
    const ws = await signedWorkspace(TAG);
    const before = snapshot(ws);
    const r = await signAction(ws);
    expect(r.code).toBe(0);
    expect(r.summary).toContain(`existing bundle verifies for exactly ${TAG}; kept unchanged`);
    expect(snapshot(ws)).toEqual(before);
  });
});

describe('sigstore-sign (dist) in a reusable workflow', () => {
  const REUSABLE_REF = 'octo-org/release-tools/.github/workflows/sign.yml@refs/heads/main';
  const REUSABLE = `https://github.com/${REUSABLE_REF}`;
  afterEach(() => sigstore.clearFaults());

  it('signs for the job workflow (job_workflow_ref), verifies, and re-runs as a no-op', async () => {
    const ws = workspaceWith({ 'dist/a': 'a', 'dist/b': 'b' });
    cleanup.push(ws);
    // GITHUB_WORKFLOW_REF stays the caller's (release.yml); the token names the reusable workflow.
    sigstore.setTokenClaims({ job_workflow_ref: REUSABLE_REF });
    const r = await signAction(ws);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.identity).toBe(REUSABLE);
    expect(r.outputs.issuer).toBe(ISSUER);
    expect(r.summary).toMatch(
      /verify: dist\/a \| ✅ pass \| verifies for exactly https:\/\/github\.com\/octo-org\/release-tools\//,
    );
    expect(r.outputs['verify-instructions']).toContain(`--certificate-identity ${REUSABLE}`);

    const before = snapshot(ws);
    const again = await signAction(ws);
    expect(again.code).toBe(0);
    expect(snapshot(ws)).toEqual(before);

    expect((await verifyAction(ws, { 'certificate-identity': REUSABLE })).code).toBe(0);
    const caller = await verifyAction(ws, { 'certificate-identity': TAG });
    expect(caller.code).toBe(1);
    expect(caller.stdout).toContain('UNTRUSTED_SIGNER_ERROR');
  });
});
