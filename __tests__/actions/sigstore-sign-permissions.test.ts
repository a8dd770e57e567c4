import { runAction, visibleText } from '../../src/emulator/runner.js';
import { startSigstore } from '../../src/emulator/sigstore/index.js';
import { root, workspaceWith } from '../helpers/sigstore.js';
import { useServer } from '../helpers/servers.js';

/*
 * Issue 20: the runner's OIDC endpoint refusing the token request (a job without
 * `permissions: id-token: write`) ended as "Internal error: …". It is a known failure: the step
 * says what happened and the fix, and the summary and every output are still written.
 */

const sigstore = useServer('sigstore', startSigstore);

async function signWithOidc(status: number) {
  sigstore.failNext('oidc', status, 1);
  try {
    return await runAction('sigstore-sign', {
      root,
      workspace: workspaceWith({ 'dist/a.tar.gz': 'a\n' }),
      inputs: {
        files: 'dist/*',
        'fulcio-url': sigstore.fulcioURL,
        'rekor-url': sigstore.rekorURL,
        'trusted-root': sigstore.trustedRootPath,
      },
      env: { ...sigstore.runnerEnv(), SEALED_RELEASE_RETRY_MS: '1' },
      timeoutMs: 60_000,
    });
  } finally {
    sigstore.clearFaults();
  }
}

describe("sigstore-sign: a missing id-token permission is the user's to fix", () => {
  it.each([403, 401])('the OIDC endpoint answers %i: the fix, never "Internal error"', async (status) => {
    const r = await signWithOidc(status);
    expect(r.code).toBe(1);
    const failure = /^::error::(.*)$/m.exec(r.stdout)?.[1] ?? '';
    expect(failure).not.toMatch(/Internal error/);
    expect(failure).toContain(`refused the token request (HTTP ${status}`);
    expect(failure).toContain('Fix: Add `permissions: id-token: write` to the job');
    expect(r.summary).toMatch(
      /\| id token permission \| ❌ fail \| .*Fix: Add `permissions: id-token: write`/,
    );
    expect(Object.keys(r.outputs).sort()).toEqual([
      'bundles',
      'identity',
      'image-bundles',
      'issuer',
      'verify-instructions',
    ]);
    for (const token of sigstore.issued) expect(visibleText(r)).not.toContain(token);
  });

  it('a 500 is not a permission problem: retried, then "could not reach"-style, not the id-token fix', async () => {
    sigstore.failNext('oidc', 500, 10);
    try {
      const r = await runAction('sigstore-sign', {
        root,
        workspace: workspaceWith({ 'dist/a.tar.gz': 'a\n' }),
        inputs: { files: 'dist/*', 'fulcio-url': sigstore.fulcioURL, 'rekor-url': sigstore.rekorURL },
        env: { ...sigstore.runnerEnv(), SEALED_RELEASE_RETRY_MS: '1' },
        timeoutMs: 60_000,
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/OIDC endpoint did not answer after 4 attempt/);
      expect(r.stdout).not.toMatch(/Internal error|id-token: write/);
    } finally {
      sigstore.clearFaults();
    }
  });
});
