/*
 * sbom-attach refusing bad SBOMs and bad paths, run from the shipped bundle. The API URL points
 * at a loopback server that counts every request: a refusal must not make a single one.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { workspace as workspaceWith } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const token = 'ghs_sbomRefusalToken0000000000000000000';

let server: http.Server;
let apiUrl = '';
let requests = 0;
let scratch: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++;
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"message":"no request was expected"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-refusals-'));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  requests = 0;
});

function bom(components: number): string {
  const b = new CDX.Models.Bom();
  for (let i = 0; i < components; i++) {
    b.components.add(
      new CDX.Models.Component(CDX.Enums.ComponentType.Library, `lib-${i}`, { version: '1.0.0' }),
    );
  }
  return new CDX.Serialize.JsonSerializer(
    new CDX.Serialize.JSON.Normalize.Factory(CDX.Spec.Spec1dot6),
  ).serialize(b);
}

async function attach(files: Record<string, string>, inputs: Record<string, string>): Promise<RunResult> {
  const workspace = workspaceWith(files);
  const result = await runAction('sbom-attach', {
    root,
    workspace,
    apiUrl,
    token,
    ref: 'refs/tags/v1.0.0',
    inputs,
  });
  expect(visibleText(result)).not.toContain(token);
  return result;
}

function expectRefused(result: RunResult, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(pattern);
  expect(requests).toBe(0);
  expect(result.outputs['uploaded'] ?? 'false').toBe('false');
}

describe('sbom-attach refuses before contacting GitHub', () => {
  it('invalid JSON', async () => {
    const r = await attach({ 'sbom.json': '{"bomFormat": "CycloneDX", ' }, { sbom: 'sbom.json' });
    expectRefused(r, /not valid JSON/);
    expect(r.summary).toContain('❌');
  });

  it('JSON of neither format', async () => {
    expectRefused(await attach({ 'sbom.json': '{"name": "x"}' }, { sbom: 'sbom.json' }), /neither CycloneDX/);
  });

  it('a schema violation, with JSON paths', async () => {
    const doc = JSON.parse(bom(3)) as { components: Record<string, unknown>[] };
    doc.components[2].type = 'spaceship';
    const r = await attach({ 'sbom.json': JSON.stringify(doc) }, { sbom: 'sbom.json' });
    expectRefused(r, /\/components\/2\/type/);
    expect(r.stdout).toMatch(/::error [^:]*file=sbom\.json/);
  });

  it('an unsupported specVersion', async () => {
    const doc = JSON.parse(bom(3)) as Record<string, unknown>;
    doc.specVersion = '2.0';
    expectRefused(
      await attach({ 'sbom.json': JSON.stringify(doc) }, { sbom: 'sbom.json' }),
      /unsupported CycloneDX specVersion "2\.0"/,
    );
  });

  it('zero components, even with min-components 0', async () => {
    const r = await attach({ 'sbom.json': bom(0) }, { sbom: 'sbom.json', 'min-components': '0' });
    expectRefused(r, /lists no component/);
    expect(r.outputs['components']).toBe('0');
  });

  it('fewer components than min-components, and missing required ones (all listed)', async () => {
    const r = await attach(
      { 'sbom.json': bom(2) },
      { sbom: 'sbom.json', 'min-components': '5', 'require-components': 'lib-1\nleft-pad\npkg:npm/nothing' },
    );
    expectRefused(r, /fewer than min-components \(5\)/);
    expect(r.stdout).toMatch(/requires left-pad/);
    expect(r.stdout).toMatch(/requires pkg:npm\/nothing/);
    expect(r.stdout).not.toMatch(/requires lib-1:/);
    expect(r.stdout).toMatch(/3 checks failed/);
  });

  it('a 200 MB file, from its size', async () => {
    const workspace = fs.mkdtempSync(path.join(scratch, 'big-'));
    const handle = fs.openSync(path.join(workspace, 'huge.json'), 'w');
    fs.ftruncateSync(handle, 200 * 1000 * 1000);
    fs.closeSync(handle);
    const r = await runAction('sbom-attach', {
      root,
      workspace,
      apiUrl,
      token,
      inputs: { sbom: 'huge.json' },
    });
    expectRefused(r, /over the 64\.0 MiB \(67108864 bytes\) limit/);
  });

  it('a glob matching nothing, a path escaping the workspace, a symlink out', async () => {
    const none = await attach({ 'a.json': '{}' }, { sbom: 'dist/*.cdx.json' });
    expectRefused(none, /Configuration error: .*matches no file/);
    expect(none.summary).toMatch(/\| inputs \| ❌ fail \| .*matches no file/);
    expectRefused(await attach({ 'a.json': '{}' }, { sbom: '../outside.json' }), /outside the workspace/);
    const workspace = fs.mkdtempSync(path.join(scratch, 'link-'));
    fs.writeFileSync(path.join(scratch, 'secret.json'), bom(2));
    fs.symlinkSync(path.join(scratch, 'secret.json'), path.join(workspace, 'sbom.json'));
    const r = await runAction('sbom-attach', {
      root,
      workspace,
      apiUrl,
      token,
      inputs: { sbom: 'sbom.json' },
    });
    expectRefused(r, /symbolic link/);
  });

  it('more than one file, and a bad min-components', async () => {
    expectRefused(
      await attach({ 'a.cdx.json': bom(1), 'b.cdx.json': bom(1) }, { sbom: '*.cdx.json' }),
      /must match exactly one file/,
    );
    expectRefused(
      await attach({ 'a.json': bom(1) }, { sbom: 'a.json', 'min-components': 'many' }),
      /Input 'min-components'/,
    );
  });
});
