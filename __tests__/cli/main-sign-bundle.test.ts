/* sealed-release sign-bundle, through the shipped bundle, against the loopback Sigstore. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeRoot } from '../helpers/sigstore.js';
import { closedPort, useCliFixture } from './fixture.js';

const { sigstore, dir, artifact, bundles, write, cliRun, verifyArgs } = useCliFixture({ bundles: true });

describe('cli sign-bundle', () => {
  function signingConfig(): string {
    const start = new Date(Date.now() - 3_600_000).toISOString();
    const service = (url: string) => ({ url, majorApiVersion: 1, validFor: { start }, operator: 'local' });
    return write(
      'signing_config.json',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service(sigstore.fulcioURL)],
        oidcUrls: [],
        rekorTlogUrls: [service(sigstore.rekorURL)],
        tsaUrls: [service(sigstore.tsaURL)],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' },
      }),
    );
  }

  /** sign-bundle of `artifact` with the services of a signing config, writing `bundle`. */
  function signWithConfig(token: string, bundle: string, extra: string[] = [], config = signingConfig()) {
    return cliRun(
      [
        'sign-bundle',
        '--identity-token',
        token,
        '--bundle',
        bundle,
        ...extra,
        '--signing-config',
        config,
        artifact,
      ],
      // Retries of an unreachable service wait milliseconds, not seconds.
      { SEALED_RELEASE_RETRY_MS: '1' },
    );
  }

  it('with --trusted-root, writes the bundle only when it verifies against that root', async () => {
    const good = path.join(dir, 'rooted.sigstore.json');
    const ok = await signWithConfig(sigstore.issueToken(), good, [
      '--trusted-root',
      sigstore.trustedRootPath,
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`verified against ${sigstore.trustedRootPath}`);
    // A root in which the instance's CA is no longer valid: the bundle Fulcio just certified
    // does not verify against it, so it must not be written.
    const past = {
      start: new Date(Date.now() - 7_200_000).toISOString(),
      end: new Date(Date.now() - 3_600_000).toISOString(),
    };
    const expired = writeRoot(dir, 'sign-ca-expired.json', sigstore.trustedRoot, (r) => {
      r.certificateAuthorities[0].validFor = past;
    });
    const bad = path.join(dir, 'unrooted.sigstore.json');
    const refused = await signWithConfig(sigstore.issueToken(), bad, ['--trusted-root', expired]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the new bundle does not verify against trusted root ${expired}`);
    expect(refused.stderr).toContain(`${bad} was not written`);
    expect(fs.existsSync(bad)).toBe(false);
  });

  it('names the service it could not reach, not only "error creating signing certificate"', async () => {
    const port = await closedPort();
    const start = new Date(Date.now() - 3_600_000).toISOString();
    const service = (url: string) => ({ url, majorApiVersion: 1, validFor: { start }, operator: 'local' });
    const config = write(
      'unreachable_signing_config.json',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service(`http://127.0.0.1:${port}`)],
        oidcUrls: [],
        rekorTlogUrls: [service(sigstore.rekorURL)],
        tsaUrls: [service(sigstore.tsaURL)],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' },
      }),
    );
    const bundle = path.join(dir, 'offline.sigstore.json');
    const r = await signWithConfig(sigstore.issueToken(), bundle, [], config);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`could not reach 127.0.0.1:${port}: connection refused (ECONNREFUSED)`);
    expect(fs.existsSync(bundle)).toBe(false);
  });

  it('refuses a token too short to hide, without garbling the message', async () => {
    const tokens = ['a', 'eyJ'];
    const runs = await Promise.all(
      tokens.map((token) =>
        cliRun(['sign-bundle', '--identity-token', token, '--bundle', 'b.json', artifact]),
      ),
    );
    for (const [i, r] of runs.entries()) {
      const token = tokens[i];
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `error: --identity-token is ${token.length} character(s) long: too short to be an OIDC identity token`,
      );
      expect(r.stderr).toContain('usage:\n  sealed-release sign-bundle');
      expect(r.stderr).not.toContain('***');
    }
  });

  it('names a signing config that is not JSON or not a signing config', async () => {
    const notJson = write('config-not-json.json', 'hi\n\u001b[31m');
    const r = await signWithConfig(sigstore.issueToken(), path.join(dir, 'x.json'), [], notJson);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: signing config ${notJson} is not valid JSON: "`);
    // The parser quotes the file's bytes: they are escaped, never echoed raw.
    expect(r.stderr).not.toContain('\u001b');
    const other = write('config-other.json', JSON.stringify({ mediaType: 'text/plain' }));
    const r2 = await signWithConfig(sigstore.issueToken(), path.join(dir, 'x.json'), [], other);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(
      `error: ${other} is not a Sigstore signing config v0.2: its mediaType is "text/plain"`,
    );
  });

  it('signs with the services of a signing config; the bundle then verifies', async () => {
    const bundle = path.join(dir, 'signed.sigstore.json');
    const token = sigstore.issueToken();
    const r = await signWithConfig(token, bundle, ['--trusted-root', sigstore.trustedRootPath]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(token);
    expect((await cliRun(verifyArgs(bundle, artifact))).code).toBe(0);
  });

  it('fails with a token Fulcio refuses, without printing the token', async () => {
    const token = sigstore.issueToken({}, 'wrong-audience');
    const bundle = path.join(dir, 'refused.sigstore.json');
    const r = await signWithConfig(token, bundle);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(token);
    expect(fs.existsSync(bundle)).toBe(false);
  });

  it('rejects usage errors with exit 2', async () => {
    const runs = await Promise.all([
      cliRun(['verify-bundle', '--bundle', 'x']),
      cliRun(['frobnicate']),
      cliRun(verifyArgs(bundles['message v0.3'], 'sha256:abc')),
      cliRun([...verifyArgs(bundles['message v0.3'], artifact), '--key', 'k']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
  });
});
