/*
 * The program as a whole, through the shipped bundle: what its errors name, --help and
 * --version. verify-bundle and sign-bundle have files of their own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { root } from '../helpers/sigstore.js';
import { ISSUER, useCliFixture } from './fixture.js';

const { sigstore, artifact, write, cliRun, verifyArgs } = useCliFixture();

describe('cli errors name what is wrong', () => {
  it('a bundle that is not JSON, or JSON that is not a bundle, is named as such', async () => {
    const notJson = write('not-json.sigstore.json', 'hi\n\u0007');
    const r = await cliRun(verifyArgs(notJson, artifact));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: bundle ${notJson} is not valid JSON: "`);
    expect(r.stderr).not.toContain('\u0007');
    const empty = write('empty.sigstore.json', '{}');
    const r2 = await cliRun(verifyArgs(empty, artifact));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toBe(`error: ${empty} is not a Sigstore bundle: it has no mediaType\n`);
    const root = await cliRun(verifyArgs(sigstore.trustedRootPath, artifact));
    expect(root.code).toBe(1);
    expect(root.stderr).toContain(
      `error: ${sigstore.trustedRootPath} is not a Sigstore bundle: its mediaType is "application/vnd.dev.sigstore.trustedroot`,
    );
  });

  it('a flag followed by another flag is missing its value (not "expected exactly one FILE")', async () => {
    const r = await cliRun([
      'verify-bundle',
      '--bundle',
      '--certificate-identity',
      sigstore.identity,
      '--certificate-oidc-issuer',
      ISSUER,
      artifact,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --bundle needs a value\n/);
    const release = await cliRun(['verify-release', '--repo', '--tag', 'v1.2.3']);
    expect(release.code).toBe(2);
    expect(release.stderr).toMatch(/^error: --repo needs a value\n/);
    // A value that starts with -- is still given with =.
    const inline = await cliRun(['verify-bundle', '--bundle=--odd', '--key', 'k', artifact]);
    expect(inline.stderr).not.toContain('needs a value');
  });

  it('a malformed GITHUB_API_URL or GITHUB_SERVER_URL is named with its value (not "Invalid URL")', async () => {
    const variables = ['GITHUB_API_URL', 'GITHUB_SERVER_URL'];
    const runs = await Promise.all(
      variables.map((variable) =>
        cliRun(['verify-release', '--repo', 'o/r', '--tag', 'v1.2.3'], {
          GH_TOKEN: 'a-token-for-the-test',
          [variable]: 'api.example.com',
        }),
      ),
    );
    for (const [i, r] of runs.entries()) {
      const variable = variables[i];
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`error: ${variable} is "api.example.com", which is not an http(s) URL`);
      expect(r.stderr).not.toContain('Invalid URL');
    }
  });
});

describe('cli --help and --version', () => {
  const version = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;

  it('the program answers --help, -h, help, --version and version with exit 0', async () => {
    const [helps, versions] = await Promise.all([
      Promise.all([['--help'], ['-h'], ['help']].map((args) => cliRun(args))),
      Promise.all([['--version'], ['version']].map((args) => cliRun(args))),
    ]);
    for (const r of helps) {
      expect(r.code).toBe(0);
      for (const name of Object.keys(COMMANDS)) expect(r.stdout).toContain(`sealed-release ${name}`);
    }
    for (const r of versions) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`sealed-release ${version}\n`);
    }
    expect(VERSION).toBe(version);
  });

  it.each(Object.keys(COMMANDS))('%s answers --help, -h, help and --version with exit 0', async (name) => {
    const [v, ...helps] = await Promise.all(
      [
        [name, '--version'],
        [name, '--help'],
        [name, '-h'],
        ['help', name],
        [name, '--bundle', 'x', '--help'],
      ].map((args) => cliRun(args)),
    );
    for (const r of helps) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`usage:\n  sealed-release ${name}`);
    }
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`sealed-release ${version}\n`);
  });

  it('unknown options, commands and help topics still exit 2, with the usage on stderr', async () => {
    const [option, ...others] = await Promise.all(
      [
        ['verify-bundle', '--frobnicate', 'x', 'file'],
        ['sign-bundle', '--verbose'],
        [],
        ['help', 'frobnicate'],
        ['--frobnicate'],
      ].map((args) => cliRun(args)),
    );
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option --frobnicate');
    expect(option.stderr).toContain('usage:\n  sealed-release verify-bundle');
    expect(others.map((r) => r.code)).toEqual([2, 2, 2, 2]);
  });
});
