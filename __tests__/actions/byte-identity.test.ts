/*
 * byte-identity run from its dist bundle, as a runner runs it, against the loopback registry
 * emulator (PyPI, crates, npm) and the GitHub emulator (releases): for each reference kind,
 * identical, one byte flipped, missing on either side, canonicalize with and without an existing
 * version, a version that appears after two polls, a tampered mirror, and the faults.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_TOKEN } from '../../src/emulator/github/index.js';
import {
  startPackageRegistryEmulator,
  type PackageRegistryName,
} from '../../src/emulator/package-registries/index.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { useGitHub } from '../helpers/github.js';
import { workspace } from '../helpers/workspace.js';
import { useServer } from '../helpers/servers.js';
import { startSelfSignedServer } from '../helpers/self-signed.js';

const root = path.resolve(import.meta.dirname, '../..');
// One GitHub emulator for the file; each test's exchanges must match the OpenAPI description.
const gh = useGitHub({ scope: 'all' });
let counter = 0;

const reg = useServer('registries', startPackageRegistryEmulator);
const scratch = workspace({}, 'byte-identity');

afterEach(() => reg.faults.clear());

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

interface Report {
  identical: boolean;
  canonical: string | null;
  references: { reference: string; state: string; polls: number }[];
  rows: {
    file: string;
    reference: string;
    verdict: string;
    ok: boolean;
    local: string | null;
    remote: string | null;
    'remote-from': string | null;
  }[];
}

/** byte-identity on a workspace holding BYTES as dist/<file>, checked against `reference`. */
function runOnBytes(file: string, reference: string, inputs: Record<string, string> = {}) {
  return run(workspace({ [`dist/${file}`]: BYTES }), { files: 'dist/*', against: reference, ...inputs });
}

async function run(
  ws: string,
  inputs: Record<string, string>,
  options: { repository?: string; env?: Record<string, string> } = {},
): Promise<RunResult & { report?: Report }> {
  const result = await runAction('byte-identity', {
    root,
    workspace: ws,
    apiUrl: gh.url,
    serverUrl: gh.serverUrl,
    repository: options.repository,
    token: DEFAULT_TOKEN,
    inputs: {
      'pypi-url': reg.urls.pypi,
      'crates-index-url': reg.urls.cratesIndex,
      'crates-api-url': reg.urls.cratesApi,
      'npm-registry': reg.urls.npm,
      ...inputs,
    },
    env: {
      SEALED_RELEASE_POLL_MS: '20',
      SEALED_RELEASE_RETRY_MS: '1',
      ...options.env,
    },
    timeoutMs: 60_000,
  });
  expect(visibleText(result)).not.toContain(DEFAULT_TOKEN);
  const report = result.outputs.report ? (JSON.parse(result.outputs.report) as Report) : undefined;
  return { ...result, report };
}

/** The failure message the run printed (`::error::…`, with %0A for new lines). */
function failure(r: RunResult): string {
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .map((l) => l.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n');
}

/** One registry kind: how to publish a version and what the reference and the local file are called. */
interface Kind {
  registry: PackageRegistryName;
  /** Publishes `bytes` as version 1.0.0 of a fresh package; returns the reference line and the file name. */
  publish(
    bytes: Buffer | string,
    options?: { hiddenFor?: number; yanked?: boolean },
  ): { reference: string; file: string };
  /** A reference and file name for a package that is not published at all. */
  absent(): { reference: string; file: string };
}

const KINDS: Kind[] = [
  {
    registry: 'pypi',
    publish(bytes, options) {
      const project = `demo-pkg-${++counter}`;
      const file = `demo_pkg_${counter}-1.0.0-py3-none-any.whl`;
      reg.state.publishPypi(project, '1.0.0', { [file]: bytes }, options);
      return { reference: `pypi:${project}==1.0.0`, file };
    },
    absent: () => ({
      reference: `pypi:absent-${++counter}==1.0.0`,
      file: `absent_${counter}-1.0.0-py3-none-any.whl`,
    }),
  },
  {
    registry: 'crates',
    publish(bytes, options) {
      const crate = `democrate${++counter}`;
      reg.state.publishCrate(crate, '1.0.0', bytes, options);
      return { reference: `crates:${crate}@1.0.0`, file: `${crate}-1.0.0.crate` };
    },
    absent: () => ({ reference: `crates:absent${++counter}@1.0.0`, file: `absent${counter}-1.0.0.crate` }),
  },
  {
    registry: 'npm',
    publish(bytes, options) {
      const name = `@acme/tool${++counter}`;
      reg.state.publishNpm(name, '1.0.0', bytes, options);
      return { reference: `npm:${name}@1.0.0`, file: `acme-tool${counter}-1.0.0.tgz` };
    },
    absent: () => ({ reference: `npm:absent${++counter}@1.0.0`, file: `absent${counter}-1.0.0.tgz` }),
  },
];

const BYTES = Buffer.from('the bytes that were built\n'.repeat(1000));
const FLIPPED = Buffer.from(BYTES);
FLIPPED[100] ^= 1;

describe.each(KINDS.map((k) => [k.registry, k] as const))('%s', (registry, kind) => {
  it('identical: passes on the published digest alone, without downloading anything', async () => {
    const { reference, file } = kind.publish(BYTES);
    const downloads = reg.count(registry, 'download');
    const r = await run(workspace({ [`dist/${file}`]: BYTES }), { files: 'dist/*', against: reference });
    expect(r.code).toBe(0);
    expect(r.outputs.identical).toBe('true');
    expect(r.outputs.sha256sums).toBe(`${sha256(BYTES)}  ${file}\n`);
    expect(r.report!.rows).toEqual([
      expect.objectContaining({
        file,
        reference,
        verdict: 'identical',
        ok: true,
        'remote-from': 'published',
      }),
    ]);
    if (registry === 'npm') expect(r.report!.rows[0].remote).toMatch(/^sha512:[0-9a-f]{128}$/);
    expect(reg.count(registry, 'download')).toBe(downloads);
    expect(r.summary).toContain('| check | result | detail |');
    expect(r.summary).toContain('#### Digests');
    expect(r.outputs.canonical).toBe('');
  });

  it('one byte flipped: MISMATCH, named in the failure message, never retried', async () => {
    const { reference, file } = kind.publish(BYTES);
    const asks = reg.count(registry, 'metadata');
    const r = await run(workspace({ [`dist/${file}`]: FLIPPED }), {
      files: 'dist/*',
      against: reference,
      'propagation-timeout': '30s',
    });
    expect(r.code).toBe(1);
    expect(r.outputs.identical).toBe('false');
    expect(r.report!.rows[0]).toMatchObject({ verdict: 'MISMATCH', ok: false });
    expect(failure(r)).toMatch(
      new RegExp(`${file.replace(/\./g, '\\.')} · ${reference.replace(/[.@]/g, '\\$&')}: MISMATCH`),
    );
    expect(reg.count(registry, 'metadata') - asks).toBe(1);
    expect(r.summary).toContain('**MISMATCH**');
    // Both whole digests are in the message, to investigate with.
    expect(failure(r)).toContain(`local ${r.report!.rows[0].local}, reference ${r.report!.rows[0].remote}`);
    expect(r.report!.rows[0].local).toBe(
      registry === 'npm'
        ? `sha512:${createHash('sha512').update(FLIPPED).digest('hex')}`
        : `sha256:${sha256(FLIPPED)}`,
    );
  });

  it('missing in the reference fails; missing locally passes unless exact-set', async () => {
    const { reference, file } = kind.publish(BYTES);
    const extra = await run(workspace({ [`dist/${file}`]: BYTES, 'dist/extra.txt': 'x' }), {
      files: 'dist/*',
      against: reference,
    });
    expect(extra.code).toBe(1);
    expect(failure(extra)).toMatch(/extra\.txt · .*serves no file named extra\.txt/);
    const ws = workspace({ 'dist/other.txt': 'x' });
    const lax = await run(ws, { files: 'dist/*', against: reference });
    expect(lax.code).toBe(1); // other.txt is not in the reference
    const exact = await runOnBytes(file, reference, {
      'exact-set': 'true',
    });
    expect(exact.code).toBe(0); // the reference serves exactly the local file
  });

  it('canonicalize with an existing version hands on the verified reference bytes', async () => {
    const { reference, file } = kind.publish(BYTES);
    const out = path.join(scratch, `canon-${++counter}`);
    const r = await run(workspace({ [`dist/${file}`]: FLIPPED }), {
      files: 'dist/*',
      against: reference,
      mode: 'canonicalize',
      'output-dir': out,
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ canonical: 'reference', 'canonical-dir': out, identical: 'false' });
    expect(fs.readFileSync(path.join(out, file))).toEqual(BYTES);
    expect(r.outputs.sha256sums).toBe(`${sha256(BYTES)}  ${file}\n`);
    expect(r.report!.rows[0]).toMatchObject({
      verdict: 'differs: the reference bytes were handed on',
      ok: true,
    });
  });

  it('canonicalize without the version hands on the local files', async () => {
    const { reference, file } = kind.absent();
    const r = await runOnBytes(file, reference, {
      mode: 'canonicalize',
    });
    expect(r.code).toBe(0);
    expect(r.outputs.canonical).toBe('local');
    expect(r.outputs['canonical-dir']).toBe(path.join(r.runnerTemp, 'canonical'));
    expect(fs.readFileSync(path.join(r.runnerTemp, 'canonical', file))).toEqual(BYTES);
    expect(r.report!.rows[0]).toMatchObject({
      verdict: 'not published: the local file was handed on',
      ok: true,
    });
  });

  it('a version that appears after two polls is waited for within propagation-timeout', async () => {
    const { reference, file } = kind.publish(BYTES, { hiddenFor: 2 });
    const r = await runOnBytes(file, reference, {
      'propagation-timeout': '30s',
    });
    expect(r.code).toBe(0);
    expect(r.report!.references[0]).toMatchObject({ state: 'found', polls: 3 });
  });

  it('a version that is not there fails verify once the timeout has passed', async () => {
    const { reference, file } = kind.absent();
    const r = await runOnBytes(file, reference, {
      'propagation-timeout': '200ms',
    });
    expect(r.code).toBe(1);
    expect(r.report!.rows[0]).toMatchObject({ verdict: 'missing in the reference', ok: false });
    expect(r.report!.references[0].polls).toBeGreaterThan(1);
  });

  it('a tampered mirror: canonicalize refuses bytes that differ from the published digest', async () => {
    const { reference, file } = kind.publish(BYTES);
    reg.faults.add({ registry, target: 'download', fault: { kind: 'tamper' } });
    const out = path.join(scratch, `tampered-${++counter}`);
    const r = await runOnBytes(file, reference, {
      mode: 'canonicalize',
      'output-dir': out,
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/differ from the digest the reference publishes .*: refused/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a registry answering 401/403 is the known failure REGISTRY_AUTH naming the input that chose it', async () => {
    const metadataInput = { pypi: 'pypi-url', crates: 'crates-index-url', npm: 'npm-registry' }[registry];
    const downloadInput = { pypi: 'pypi-url', crates: 'crates-api-url', npm: 'npm-registry' }[registry];
    const { reference, file } = kind.publish(BYTES);
    const ws = workspace({ [`dist/${file}`]: BYTES });
    const before = reg.faults.count('status');
    reg.faults.add({ registry, target: 'metadata', fault: { kind: 'status', status: 401 } });
    const refused = await run(ws, { files: 'dist/*', against: reference });
    expect(refused.code).toBe(1);
    expect(failure(refused)).toContain(`could not be read: ${reference}: the `);
    expect(failure(refused)).toContain('the registry answered 401: it refuses anonymous reads');
    expect(failure(refused)).toContain(
      `Fix: No credentials are sent to this registry: point input \`${metadataInput}\``,
    );
    // An answer, not a hiccup: asked once, never retried as a 5xx would be.
    expect(reg.faults.count('status') - before).toBe(1);
    reg.faults.clear();

    reg.faults.add({ registry, target: 'download', fault: { kind: 'status', status: 403 } });
    const out = path.join(scratch, `refused-${++counter}`);
    const download = await run(ws, {
      files: 'dist/*',
      against: reference,
      mode: 'canonicalize',
      'output-dir': out,
    });
    expect(download.code).toBe(1);
    expect(failure(download)).toContain('the registry answered 403: it refuses anonymous reads');
    expect(failure(download)).toContain(`point input \`${downloadInput}\``);
  });

  it('faults: malformed JSON and a 5xx storm fail naming the reference; a truncated download never passes', async () => {
    const { reference, file } = kind.publish(BYTES);
    const ws = workspace({ [`dist/${file}`]: BYTES });
    reg.faults.add({ registry, target: 'metadata', fault: { kind: 'malformed' } });
    const malformed = await run(ws, { files: 'dist/*', against: reference });
    expect(malformed.code).toBe(1);
    expect(failure(malformed)).toContain(`(all) · ${reference}: could not be read: ${reference}: the`);
    reg.faults.clear();

    reg.faults.add({ registry, target: 'metadata', fault: { kind: 'status', status: 503 } });
    const storm = await run(ws, { files: 'dist/*', against: reference, 'propagation-timeout': '10s' });
    expect(storm.code).toBe(1);
    expect(failure(storm)).toMatch(
      new RegExp(`could not be read: .* failed after 5 tries \\(last: HTTP 503\\)`),
    );
    expect(failure(storm)).toContain(reference);
    reg.faults.clear();

    reg.faults.add({ registry, target: 'download', fault: { kind: 'truncate', bytes: 100 } });
    const out = path.join(scratch, `truncated-${++counter}`);
    const cut = await run(ws, {
      files: 'dist/*',
      against: reference,
      mode: 'canonicalize',
      'output-dir': out,
    });
    expect(cut.code).toBe(1);
    expect(failure(cut)).toMatch(/downloading ".*" failed after \d+ tries/);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('release', () => {
  /** A repository with a release for v1.0.0 holding `assets` (name → bytes, digest or null). */
  function release(assets: Record<string, { bytes: Buffer | string; digest?: null }>, draft = true): string {
    const repository = `octo-org/bi-${++counter}`;
    gh.state.addRepo(repository);
    const r = gh.state.addRelease(repository, { tagName: 'v1.0.0', draft });
    for (const [name, a] of Object.entries(assets))
      gh.state.addAsset(r.id, name, a.bytes, a.digest === null ? { digest: null } : {});
    return repository;
  }
  const downloads = () => gh.log.filter((e) => e.operationId === 'download').length;

  it('identical against a draft: the digest field where GitHub has one, a download where it is null', async () => {
    const repository = release({
      'app.tgz': { bytes: BYTES },
      'old.zip': { bytes: 'old asset', digest: null },
    });
    const before = downloads();
    const r = await run(
      workspace({ 'dist/app.tgz': BYTES, 'dist/old.zip': 'old asset' }),
      { files: 'dist/*', against: 'release:v1.0.0' },
      { repository },
    );
    expect(r.code).toBe(0);
    expect(r.report!.rows.map((x) => [x.file, x.verdict, x['remote-from']])).toEqual([
      ['app.tgz', 'identical', 'published'],
      ['old.zip', 'identical', 'downloaded'],
    ]);
    expect(downloads() - before).toBe(1);
  });

  it('one byte flipped in an asset without digest is a MISMATCH; a missing tag fails verify', async () => {
    const repository = release({ 'old.zip': { bytes: BYTES, digest: null } });
    const r = await run(
      workspace({ 'dist/old.zip': FLIPPED }),
      { files: 'dist/*', against: 'release:v1.0.0\nrelease:v9.9.9' },
      { repository },
    );
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/old\.zip · release:v1\.0\.0: MISMATCH/);
    expect(failure(r)).toMatch(
      /old\.zip · release:v9\.9\.9: .*has no release \(draft or published\) for tag v9\.9\.9/,
    );
  });

  it('canonicalize: an existing release hands on its assets; a missing one hands on the local files', async () => {
    const repository = release({ 'app.tgz': { bytes: BYTES } }, false);
    const out = path.join(scratch, `rel-canon-${++counter}`);
    const existing = await run(
      workspace({ 'dist/app.tgz': FLIPPED }),
      { files: 'dist/*', against: 'release:v1.0.0', mode: 'canonicalize', 'output-dir': out },
      { repository },
    );
    expect(existing.code).toBe(0);
    expect(existing.outputs.canonical).toBe('reference');
    expect(fs.readFileSync(path.join(out, 'app.tgz'))).toEqual(BYTES);
    const absent = await run(
      workspace({ 'dist/app.tgz': FLIPPED }),
      { files: 'dist/*', against: 'release:v2.0.0', mode: 'canonicalize' },
      { repository },
    );
    expect(absent.code).toBe(0);
    expect(absent.outputs.canonical).toBe('local');
  });
});

describe('url, dir and sums', () => {
  it('url: downloaded and hashed; identical and flipped', async () => {
    const { file } = KINDS[0].publish(BYTES);
    const [project] = [...reg.state.pypi.values()].slice(-1);
    const published = [...project.versions.values()][0].files[0];
    const url = `${reg.urls.pypiFiles}/${published.sha256.slice(0, 2)}/${published.sha256.slice(2, 4)}/${file}`;
    const r = await run(workspace({ [`a/${file}`]: BYTES, [`b/${file}`]: FLIPPED }), {
      files: `a/${file}`,
      against: `url:${url}`,
    });
    expect(r.code).toBe(0);
    expect(r.report!.rows[0]).toMatchObject({ verdict: 'identical', 'remote-from': 'downloaded' });
    const flipped = await run(workspace({ [`b/${file}`]: FLIPPED }), {
      files: `b/${file}`,
      against: `url:${url}`,
    });
    expect(flipped.code).toBe(1);
    expect(failure(flipped)).toMatch(/MISMATCH/);
  });

  it('dir: and sums: compare by name; exact-set refuses an extra reference file', async () => {
    const ws = workspace({
      'dist/a.bin': 'A',
      'dist/b.bin': 'B',
      'other/a.bin': 'A',
      'other/b.bin': 'B',
      'other/c.bin': 'C',
      SHA256SUMS: `${sha256('A')}  a.bin\n${sha256('b')}  b.bin\n`,
    });
    const lax = await run(ws, { files: 'dist/*', against: 'dir:other' });
    expect(lax.code).toBe(0);
    expect(lax.report!.rows.map((x) => [x.file, x.verdict, x['remote-from']])).toEqual([
      ['a.bin', 'identical', 'read'],
      ['b.bin', 'identical', 'read'],
      ['c.bin', 'missing locally', null],
    ]);
    const exact = await run(ws, { files: 'dist/*', against: 'dir:other', 'exact-set': 'true' });
    expect(exact.code).toBe(1);
    expect(failure(exact)).toMatch(
      /c\.bin · dir:other: dir:other serves "c\.bin", which no local file matches \(exact-set\)/,
    );
    const sums = await run(ws, { files: 'dist/*', against: 'sums:SHA256SUMS' });
    expect(sums.code).toBe(1);
    expect(failure(sums)).toMatch(/1 check failed:\n- b\.bin · sums:SHA256SUMS: MISMATCH/);
  });
});

describe('bad input and repackage', () => {
  it('every bad input at once, a configuration error; nothing requested, nothing handed on', async () => {
    const ws = workspace({ 'a/x.whl': '1', 'b/x.whl': '2' });
    const requests = reg.log.length;
    const r = await run(
      ws,
      {
        files: 'a/*\nb/*\nnone/*',
        against: `pypi:foo\nnuget:thing\nurl:http://example.com/x.whl\nsums:missing.txt`,
        'exact-set': 'maybe',
      },
      // A misspelled `with:` key reaches the action as an undeclared INPUT_* variable.
      { env: { INPUT_OUTPUT_DIR: 'out' } },
    );
    expect(r.code).toBe(1);
    const message = failure(r);
    expect(message).toMatch(/^Configuration error: 8 configuration problems:/);
    for (const part of [
      "Input 'output_dir' is not an input of this action: did you mean 'output-dir'?",
      "'pypi:foo' does not name one exact version",
      "unknown scheme 'nuget'",
      'is not https (plain http is accepted on loopback only)',
      "Input 'exact-set' must be a boolean",
      "pattern 'none/*' matches no file",
      "2 files are named 'x.whl'",
      "file 'missing.txt' does not exist",
    ]) {
      expect(message).toContain(part);
    }
    expect(r.outputs).toEqual({
      identical: 'false',
      report: '',
      sha256sums: '',
      canonical: '',
      'canonical-dir': '',
    });
    expect(r.summary).toContain('byte-identity: configuration refused');
    expect(r.summary.match(/\| configuration \|/g)).toHaveLength(8);
    expect(reg.log.length).toBe(requests);
    expect(fs.existsSync(path.join(r.runnerTemp, 'canonical'))).toBe(false);
  });

  it('repackage rebuilds the local files first, with no shell; a failing command stops the run', async () => {
    const ws = workspace({ 'expected/out.bin': 'rebuilt $HOME `x`' });
    const script =
      "require('node:fs').mkdirSync('dist',{recursive:true});require('node:fs').writeFileSync('dist/out.bin', process.argv[1])";
    const r = await run(ws, {
      files: 'dist/*',
      against: 'dir:expected',
      // The argument would be expanded by a shell; passed verbatim, it is written as is.
      repackage: `${process.execPath}\n-e\n${script}\nrebuilt $HOME \`x\``,
    });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(ws, 'dist/out.bin'), 'utf8')).toBe('rebuilt $HOME `x`');
    const failed = await run(ws, {
      files: 'dist/*',
      against: 'dir:expected',
      repackage: `${process.execPath}\n-e\nprocess.exit(3)`,
    });
    expect(failed.code).toBe(1);
    expect(failure(failed)).toMatch(/repackage: '.*' exited with code 3/);
  });
});

/** The outputs byte-identity/action.yml declares: every ending writes exactly these. */
const DECLARED = ['canonical', 'canonical-dir', 'identical', 'report', 'sha256sums'];
const written = (r: RunResult) => Object.keys(r.outputs).sort();
/** A failed run: identical=false, no canonical* outputs, no SHA256SUMS of bytes nobody proved. */
function expectFailedOutputs(r: RunResult): void {
  expect(r.code).toBe(1);
  expect(written(r)).toEqual(DECLARED);
  expect(r.outputs).toMatchObject({ identical: 'false', canonical: '', 'canonical-dir': '', sha256sums: '' });
}

describe('false passes closed (issue 20)', () => {
  it.each(['verify', 'canonicalize'])(
    '%s: files that select nothing (only exclusions) is a failure, not a pass over zero files',
    async (mode) => {
      const { reference, file } = KINDS[0].publish(BYTES);
      const out = path.join(scratch, `none-${++counter}`);
      const r = await run(workspace({ [`dist/${file}`]: BYTES }), {
        files: '!dist/*',
        against: reference,
        mode,
        'output-dir': out,
      });
      expectFailedOutputs(r);
      expect(failure(r)).toMatch(/Input 'files' selects no file/);
      expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
    },
  );

  it('an npm version with only a sha1 shasum is refused, naming the form; canonicalize hands nothing on', async () => {
    const name = `legacy-sha1-${++counter}`;
    reg.state.publishNpm(name, '1.0.0', BYTES, { integrity: false });
    const file = `${name}-1.0.0.tgz`;
    const downloads = reg.count('npm', 'download');
    const verify = await runOnBytes(file, `npm:${name}@1.0.0`);
    expectFailedOutputs(verify);
    expect(failure(verify)).toMatch(/only a sha1 `?shasum`?.*dist\.integrity/);
    const out = path.join(scratch, `sha1-${++counter}`);
    const canon = await runOnBytes(file, `npm:${name}@1.0.0`, { mode: 'canonicalize', 'output-dir': out });
    expectFailedOutputs(canon);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
    expect(reg.count('npm', 'download')).toBe(downloads);
  });

  it('a PyPI file with only an md5 digest is refused, naming the form; canonicalize hands nothing on', async () => {
    const project = `md5-only-${++counter}`;
    const file = `md5_only_${counter}-1.0.0.tar.gz`;
    reg.state.publishPypi(project, '1.0.0', { [file]: BYTES }, { pypiDigests: ['md5'] });
    const verify = await runOnBytes(file, `pypi:${project}==1.0.0`);
    expectFailedOutputs(verify);
    expect(failure(verify)).toMatch(/only "md5".*digests\.sha256/);
    const out = path.join(scratch, `md5-${++counter}`);
    const canon = await runOnBytes(file, `pypi:${project}==1.0.0`, {
      mode: 'canonicalize',
      'output-dir': out,
    });
    expectFailedOutputs(canon);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('an npm packument whose version key and version field disagree is refused', async () => {
    const name = `liar-${++counter}`;
    reg.state.publishNpm(name, '1.0.0', BYTES, { versionField: '1.0.1' });
    const r = await runOnBytes(`${name}-1.0.0.tgz`, `npm:${name}@1.0.0`);
    expectFailedOutputs(r);
    expect(failure(r)).toMatch(/versions\["1\.0\.0"\] says it is version "1\.0\.1"/);
  });

  it.each([KINDS[0], KINDS[1]].map((k) => [k.registry, k] as const))(
    'a yanked %s version is refused unless allow-yanked',
    async (_registry, kind) => {
      const { reference, file } = kind.publish(BYTES, { yanked: true });
      const refused = await runOnBytes(file, reference);
      expectFailedOutputs(refused);
      expect(failure(refused)).toMatch(/yanked.*allow-yanked/);
      const allowed = await runOnBytes(file, reference, { 'allow-yanked': 'true' });
      expect(allowed.code).toBe(0);
      expect(allowed.outputs.identical).toBe('true');
      expect(allowed.report!.rows[0].ok).toBe(true);
      expect(allowed.summary).toMatch(/yanked/);
    },
  );
});

describe('defects fixed (issue 20)', () => {
  it('a legacy npm name with capitals (JSONStream) is read', async () => {
    reg.state.publishNpm('JSONStream', '1.3.5', BYTES);
    const r = await runOnBytes('JSONStream-1.3.5.tgz', 'npm:JSONStream@1.3.5');
    expect(r.code).toBe(0);
    expect(r.outputs.identical).toBe('true');
  });

  it('a refused TLS certificate is named by its code and not tried again', async () => {
    const server = await startSelfSignedServer('x');
    try {
      const r = await run(workspace({ 'dist/a.bin': 'x' }), {
        files: 'dist/*',
        against: `url:${server.url}/a.bin`,
      });
      expectFailedOutputs(r);
      expect(failure(r)).toMatch(
        /TLS certificate was refused \(self-signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)\)/,
      );
      expect(server.connections).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('a failed canonicalize writes no canonical outputs and leaves no file it wrote', async () => {
    const name = `half-${++counter}`;
    reg.state.publishPypi(name, '1.0.0', { [`${name}-a.tar.gz`]: 'a', [`${name}-b.tar.gz`]: 'b' });
    // The first download is tampered with and refused; the second is handed on, then taken back
    // when the run fails, so output-dir never holds half a canonical set.
    reg.faults.add({ registry: 'pypi', target: 'download', fault: { kind: 'tamper' }, times: 1 });
    const out = path.join(scratch, `half-${++counter}`);
    const r = await run(workspace({ [`dist/${name}-a.tar.gz`]: 'a', [`dist/${name}-b.tar.gz`]: 'b' }), {
      files: 'dist/*',
      against: `pypi:${name}==1.0.0`,
      mode: 'canonicalize',
      'output-dir': out,
      'propagation-timeout': '0',
    });
    expectFailedOutputs(r);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('no summary row passes beside a MISMATCH: the row and the verdict are one value', async () => {
    const { reference, file } = KINDS[2].publish(BYTES);
    const out = path.join(scratch, `rows-${++counter}`);
    const r = await run(workspace({ [`dist/${file}`]: FLIPPED }), {
      files: 'dist/*',
      against: reference,
      mode: 'canonicalize',
      'output-dir': out,
    });
    expect(r.code).toBe(0);
    for (const line of r.summary.split('\n')) {
      if (/✅ pass/.test(line)) expect(line).not.toMatch(/MISMATCH/);
    }
    expect(r.report!.rows[0]).toMatchObject({
      ok: true,
      verdict: 'differs: the reference bytes were handed on',
    });
  });

  it('npm digests are shown as npm users read them (sha512-<base64>) as well as in hex', async () => {
    const { reference, file } = KINDS[2].publish(BYTES);
    const r = await runOnBytes(file, reference);
    expect(r.code).toBe(0);
    const sri = `sha512-${createHash('sha512').update(BYTES).digest('base64')}`;
    expect(r.summary).toContain(sri);
    expect(r.summary).toMatch(/sha512:[0-9a-f]{12}/);
    expect(r.report!.rows[0]).toMatchObject({ 'remote-integrity': sri, 'local-integrity': sri });
  });

  it('every ending writes exactly the declared outputs, never ok or reason', async () => {
    const { reference, file } = KINDS[0].publish(BYTES);
    const pass = await runOnBytes(file, reference);
    expect(pass.code).toBe(0);
    expect(written(pass)).toEqual(DECLARED);
    const mismatch = await run(workspace({ [`dist/${file}`]: FLIPPED }), {
      files: 'dist/*',
      against: reference,
    });
    expectFailedOutputs(mismatch);
    expect(JSON.parse(mismatch.outputs.report)).toMatchObject({ identical: false });
    const nothing = await run(workspace({ [`dist/${file}`]: BYTES }), {
      files: 'dist/*.exe',
      against: reference,
    });
    expectFailedOutputs(nothing);
    expect(failure(nothing)).toMatch(/pattern 'dist\/\*\.exe' matches no file/);
    const repackageFails = await run(workspace({ [`dist/${file}`]: BYTES }), {
      files: 'dist/*',
      against: reference,
      repackage: `${process.execPath}\n-e\nprocess.exit(3)`,
    });
    expectFailedOutputs(repackageFails);
  });
});
