/*
 * `--offline`: the shipped CLI (dist/cli/index.js) verifies real public-good bundles (from
 * sigstore-conformance, __tests__/fixtures/sigstore-conformance/) against the public-good trusted
 * root embedded from @sigstore/tuf's seeds.json, with no network; refuses a GitHub-signed bundle
 * naming --trusted-root; and, without network and without either flag, names both.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnCollected } from '../../src/emulator/runner.js';
import { root } from '../helpers/sigstore.js';

const cli = path.join(root, 'dist/cli/index.js');
const suite = path.join(root, '__tests__/fixtures/sigstore-conformance/bundle-verify');
const IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const artifact = path.join(suite, 'a.txt');

/**
 * A release attestation that GitHub's own Sigstore instance signed (leaf issued by
 * `O=GitHub, Inc., CN=Fulcio Intermediate l1`): the GitHub CLI's test data,
 * cli/cli pkg/cmd/attestation/test/data/github_release_bundle.json, unchanged.
 */
const GITHUB_RELEASE_BUNDLE = {
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: {
    timestampVerificationData: {
      rfc3161Timestamps: [
        {
          signedTimestamp:
            'MIIC0DADAgEAMIICxwYJKoZIhvcNAQcCoIICuDCCArQCAQMxDTALBglghkgBZQMEAgIwgbwGCyqGSIb3DQEJEAEEoIGsBIGpMIGmAgEBBgkrBgEEAYO/MAIwMTANBglghkgBZQMEAgEFAAQg1c3kQQpo4Adf2E+nx78lNg8EjRSLpIRERpPF0HIavogCFQCOfZuxr0DOc1LsM+y+sjQCMFrtbxgPMjAyNTA1MzAyMDEzMzlaMAMCAQGgNqQ0MDIxFTATBgNVBAoTDEdpdEh1YiwgSW5jLjEZMBcGA1UEAxMQVFNBIFRpbWVzdGFtcGluZ6AAMYIB3TCCAdkCAQEwSjAyMRUwEwYDVQQKEwxHaXRIdWIsIEluYy4xGTAXBgNVBAMTEFRTQSBpbnRlcm1lZGlhdGUCFB+7MIjE5/rL4XA4fNDnmXHA04+wMAsGCWCGSAFlAwQCAqCCAQUwGgYJKoZIhvcNAQkDMQ0GCyqGSIb3DQEJEAEEMBwGCSqGSIb3DQEJBTEPFw0yNTA1MzAyMDEzMzlaMD8GCSqGSIb3DQEJBDEyBDDkw1fXMZ6l/uWne+PcdzhLl2ckTZftcUuHcnYCwjhyYMeGOcgbpNNMDem46JCxItwwgYcGCyqGSIb3DQEJEAIvMXgwdjB0MHIEIHuISsKSyiJtlhGjT+RyS+tYQ7iwCMsMCTGmz2NK3D7DME4wNqQ0MDIxFTATBgNVBAoTDEdpdEh1YiwgSW5jLjEZMBcGA1UEAxMQVFNBIGludGVybWVkaWF0ZQIUH7swiMTn+svhcDh80OeZccDTj7AwCgYIKoZIzj0EAwMEZjBkAjBhE76zis18/xOtQdx6rJUuaRoZCflXHCjH6BqEk1B29r9C8STztZhAKalXL+Wy4rsCMFFaGPKF1uOl5JADiKMg5/7chJbWrfwyO9oa0tbmvcGrtBCdFeJ1Ic0tIi1sOVvq5Q==',
        },
      ],
    },
    certificate: {
      rawBytes:
        'MIICKjCCAbCgAwIBAgIUaa62dj98DUB+TpyvKtVaR4vGSM0wCgYIKoZIzj0EAwMwODEVMBMGA1UEChMMR2l0SHViLCBJbmMuMR8wHQYDVQQDExZGdWxjaW8gSW50ZXJtZWRpYXRlIGwxMB4XDTI1MDMxMDE1MDMwMloXDTI2MDMxMDE1MDMwMlowKjEVMBMGA1UEChMMR2l0SHViLCBJbmMuMREwDwYDVQQDEwhBdHRlc3RlcjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABIMB7plPnZvBRlC2lvAocKTAqAPMJqstEqYk26e9vDJDC1yqoiHxZfPV4W/1RqUMZD1dFKm9t4RiSmm73/QnQKajgaUwgaIwDgYDVR0PAQH/BAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUFBwMDMAwGA1UdEwEB/wQCMAAwHQYDVR0OBBYEFOqaGpr5SbdYk5CQXsmmDZCBHR+XMB8GA1UdIwQYMBaAFMDhuFKkS08+3no4EQbPSY6hRZszMC0GA1UdEQQmMCSGImh0dHBzOi8vZG90Y29tLnJlbGVhc2VzLmdpdGh1Yi5jb20wCgYIKoZIzj0EAwMDaAAwZQIwWFdF6xcXazHVPHEAtd1SeaizLdY1erRl5hK+XlwhfpnasQHHZ9bdu4Zj8ARhW/AhAjEArujhmJGo7Fi4/Ek1RN8bufs6UhIQneQd/pxE8QdorwZkj2C8nf2EzrUYzlxKfktC',
    },
  },
  dsseEnvelope: {
    payload:
      'eyJfdHlwZSI6Imh0dHBzOi8vaW4tdG90by5pby9TdGF0ZW1lbnQvdjEiLCAic3ViamVjdCI6W3sidXJpIjoicGtnOmdpdGh1Yi9iZGVoYW1lci9kZWxtZUB2NiIsICJkaWdlc3QiOnsic2hhMSI6ImM1ZTE3YTYyZTA2YTFkMjAxNTcwMjQ5YzYxZmFlNTMxZTkyNDRlMWIifX0sIHsibmFtZSI6ImFydGlmYWN0LnppcCIsICJkaWdlc3QiOnsic2hhMjU2IjoiZTE1YjU5M2M2YWI4ZDc3MjVhM2NjODIyMjZlZjgxNmNhYzZiZjljNzBlZWQzODNiZDQ1OTI5NWNjNjVmNWVjMyJ9fV0sICJwcmVkaWNhdGVUeXBlIjoiaHR0cHM6Ly9pbi10b3RvLmlvL2F0dGVzdGF0aW9uL3JlbGVhc2UvdjAuMSIsICJwcmVkaWNhdGUiOnsib3duZXJJZCI6IjM5ODAyNyIsICJwdXJsIjoicGtnOmdpdGh1Yi9iZGVoYW1lci9kZWxtZUB2NiIsICJyZWxlYXNlSWQiOiIyMjIxNTg2NzEiLCAicmVwb3NpdG9yeSI6ImJkZWhhbWVyL2RlbG1lIiwgInJlcG9zaXRvcnlJZCI6IjkwNTk4ODA0NCIsICJ0YWciOiJ2NiJ9fQ==',
    payloadType: 'application/vnd.in-toto+json',
    signatures: [
      {
        sig: 'MEUCIGq+T2g2gV2+lcmgyCaVPrjO1tj86RxitwiEOjU5dH/GAiEAvKaT/7H0sIVdAY7EzLq1IFaF8LmlW6eV68eZQvtuA0c=',
      },
    ],
  },
};
/** The sha256 of `artifact.zip`, the release attestation's asset subject. */
const GITHUB_SUBJECT = 'sha256:e15b593c6ab8d7725a3cc82226ef816cac6bf9c70eed383bd459295cc65f5ec3';

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-offline-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const cliRun = (args: string[]) =>
  spawnCollected(process.execPath, [cli, ...args], {
    // A fresh HOME: no TUF cache from an earlier run can stand in for the embedded root.
    env: { PATH: process.env.PATH ?? '', HOME: scratch },
    timeoutMs: 60_000,
  });

const verify = (caseName: string, extra: string[], identity = IDENTITY) =>
  cliRun([
    'verify-bundle',
    '--bundle',
    path.join(suite, caseName, 'bundle.sigstore.json'),
    '--certificate-identity',
    identity,
    '--certificate-oidc-issuer',
    ISSUER,
    ...extra,
    artifact,
  ]);

describe('cli --offline', () => {
  it.each(['happy-path-v0.1', 'happy-path-v0.2', 'happy-path-v0.3', 'happy-path-intoto-in-dsse-v3'])(
    'verifies the public-good bundle %s against the embedded root, without network',
    async (name) => {
      const r = await verify(name, ['--offline']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`verified for ${IDENTITY}`);
    },
  );

  it('refuses a near miss of the identity, offline as online', async () => {
    const r = await verify(
      'happy-path-v0.3',
      ['--offline'],
      IDENTITY.replace('@refs/heads/main', '@refs/heads/mai'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('UNTRUSTED_SIGNER_ERROR');
  });

  it("refuses a bundle GitHub's Sigstore signed, naming --trusted-root, since GitHub's root is not embedded", async () => {
    const bundle = path.join(scratch, 'github-release.json');
    fs.writeFileSync(bundle, JSON.stringify(GITHUB_RELEASE_BUNDLE));
    const r = await cliRun([
      'verify-bundle',
      '--bundle',
      bundle,
      '--certificate-identity',
      'https://dotcom.releases.github.com',
      '--certificate-oidc-issuer',
      ISSUER,
      '--offline',
      GITHUB_SUBJECT,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "error: the bundle is signed by GitHub's Sigstore instance, whose trusted root is not embedded in sealed-release",
    );
    expect(r.stderr).toContain('give --trusted-root T');
  });

  it('without network and without either flag, the failure names --trusted-root and --offline', async () => {
    const r = await verify('happy-path-v0.3', []);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot load the public-good Sigstore trusted root through TUF');
    expect(r.stderr).toContain('give --trusted-root T');
    expect(r.stderr).toContain('or --offline to verify against the public-good root embedded');
  });

  it('--help says the embedded root is frozen per release', async () => {
    const r = await cliRun(['verify-bundle', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[--trusted-root T | --offline]');
    expect(r.stdout.replace(/\n/g, ' ')).toContain(
      'The embedded root is frozen per release of sealed-release',
    );
  });

  it('--offline takes no value, and sign-bundle refuses it (signing needs Fulcio and Rekor)', async () => {
    const valued = await verify('happy-path-v0.3', ['--offline=yes']);
    expect(valued.code).toBe(2);
    expect(valued.stderr).toContain('--offline takes no value');
    const sign = await cliRun([
      'sign-bundle',
      '--identity-token',
      'x'.repeat(40),
      '--bundle',
      'b.json',
      '--offline',
      artifact,
    ]);
    expect(sign.code).toBe(2);
    expect(sign.stderr).toContain('sign-bundle cannot run --offline');
  });

  it("verify-attestation --offline reads a real public-good certificate's GitHub extensions, and catches a predicate copied from another repository", async () => {
    // sigstore-conformance's happy-path-intoto-in-dsse-v3: signed by the conformance beacon's
    // workflow, over SLSA provenance whose workflow, commit and builder are another repository's.
    const beacon = 'sigstore-conformance/extremely-dangerous-public-oidc-beacon';
    const bundle = path.join(suite, 'happy-path-intoto-in-dsse-v3', 'bundle.sigstore.json');
    const r = await cliRun([
      'verify-attestation',
      artifact,
      '--repo',
      beacon,
      '--bundle',
      bundle,
      '--offline',
    ]);
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n').filter((l) => /^ {2}(PASS|FAIL) /.test(l));
    expect(rows.map((l) => l.trim().split(':')[0])).toEqual([
      'PASS signature',
      'PASS subject',
      'PASS predicate-type',
      'PASS signer',
      'PASS source-repository',
      'PASS runner',
      'FAIL predicate-agrees',
    ]);
    expect(r.stdout).toContain(
      `PASS source-repository: the source repository (1.3.6.1.4.1.57264.1.12) is https://github.com/${beacon}`,
    );
    expect(r.stdout).toContain(
      'workflow.repository / source repository: the predicate says "https://github.com/loosebazooka/aa-test"',
    );
  });
});
