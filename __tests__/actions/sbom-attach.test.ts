/*
 * sbom-attach refusing bad SBOMs, bad paths and bad inputs. Each case runs in-process against
 * the layer that refuses it (checkSbom, openSbom; parseInputs in inputs.test.ts), and the shipped
 * bundle is spawned once per refusal class, against a loopback server that counts every
 * request: a refusal must not make a single one.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { checkSbom, openSbom } from '../../src/actions/sbom-attach/main.js';
import type { SbomAttachInputs } from '../../src/actions/sbom-attach/inputs.js';
import { Report } from '../../src/core/action/report.js';
import { closeLocalAssets } from '../../src/core/release/pipeline.js';
import { readSbom } from '../../src/core/sbom/sbom.js';
import { runAction, visibleText, type RunResult } from '../../src/emulator/runner.js';
import { workspace as workspaceWith } from '../helpers/workspace.js';

const root = path.resolve(import.meta.dirname, '../..');
const token = 'ghs_sbomRefusalToken0000000000000000000';

let server: http.Server;
let apiUrl = '';
let requests = 0;
const scratch = workspaceWith({}, 'sbom-refusals');

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++;
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"message":"no request was expected"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
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

async function attach(
  files: Record<string, string>,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<RunResult> {
  const result = await runAction('sbom-attach', {
    root,
    workspace: workspaceWith(files),
    apiUrl,
    token,
    ref: 'refs/tags/v1.0.0',
    inputs,
    env,
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

const INPUTS: SbomAttachInputs = {
  token,
  repository: { owner: 'octo-org', repo: 'app' },
  tag: 'v1.0.0',
  sbom: ['sbom.json'],
  minComponents: 1,
  requireComponents: [],
  attestSubjects: [],
  registry: {},
  signing: { fulcioURL: '', rekorURL: '', oidcAudience: 'sigstore' },
  release: true,
};

/** The SBOM checks in-process: the rows they add, failures first. */
async function check(text: string, inputs: Partial<SbomAttachInputs> = {}): Promise<Report> {
  const report = new Report('sbom-attach');
  await checkSbom(report, { ...INPUTS, ...inputs }, 'sbom.json', async () => text);
  return report;
}

function failed(report: Report): string {
  expect(report.ok).toBe(false);
  return report.failures.map((r) => `${r.check}: ${r.detail}`).join('\n');
}

describe('checkSbom refuses, in-process', () => {
  it('invalid JSON', async () => {
    expect(failed(await check('{"bomFormat": "CycloneDX", '))).toMatch(/not valid JSON/);
  });

  it('JSON of neither format', async () => {
    expect(failed(await check('{"name": "x"}'))).toMatch(/neither CycloneDX/);
  });

  it('a schema violation, with JSON paths and the file for the annotation', async () => {
    const doc = JSON.parse(bom(3)) as { components: Record<string, unknown>[] };
    doc.components[2].type = 'spaceship';
    const report = await check(JSON.stringify(doc));
    expect(failed(report)).toMatch(/\/components\/2\/type/);
    expect(report.failures.every((r) => r.file === 'sbom.json')).toBe(true);
  });

  it('an unsupported specVersion', async () => {
    const doc = JSON.parse(bom(3)) as Record<string, unknown>;
    doc.specVersion = '2.0';
    expect(failed(await check(JSON.stringify(doc)))).toMatch(/unsupported CycloneDX specVersion "2\.0"/);
  });

  it('zero components, even with min-components 0', async () => {
    expect(failed(await check(bom(0), { minComponents: 0 }))).toMatch(/lists no component/);
  });

  it('fewer components than min-components, and missing required ones (all listed)', async () => {
    const report = await check(bom(2), {
      minComponents: 5,
      requireComponents: ['lib-1', 'left-pad', 'pkg:npm/nothing'],
    });
    expect(report.failures.map((r) => r.check)).toEqual([
      'components',
      'requires left-pad',
      'requires pkg:npm/nothing',
    ]);
    expect(failed(report)).toMatch(/fewer than min-components \(5\)/);
  });

  it('a 200 MB file, from its size, before reading a byte', async () => {
    const report = new Report('sbom-attach');
    const read = readSbom({
      size: 200 * 1000 * 1000,
      read: () => Promise.reject(new Error('must not be read')),
    });
    await checkSbom(report, INPUTS, 'huge.json', () => read);
    expect(failed(report)).toMatch(/over the 64\.0 MiB \(67108864 bytes\) limit/);
  });
});

describe('openSbom refuses, in-process', () => {
  const open = async (workspace: string, sbom: string[]) => {
    const local = await openSbom({ ...INPUTS, sbom }, workspace);
    await closeLocalAssets([local]);
    return local;
  };

  it('a glob matching nothing, a path escaping the workspace, a symlink out', async () => {
    const workspace = workspaceWith({ 'a.json': '{}' });
    await expect(open(workspace, ['dist/*.cdx.json'])).rejects.toThrow(/matches no file/);
    await expect(open(workspace, ['../outside.json'])).rejects.toThrow(/outside the workspace/);
    fs.writeFileSync(path.join(scratch, 'secret.json'), bom(2));
    fs.symlinkSync(path.join(scratch, 'secret.json'), path.join(workspace, 'sbom.json'));
    await expect(open(workspace, ['sbom.json'])).rejects.toThrow(/symbolic link/);
  });

  it('more than one file', async () => {
    const workspace = workspaceWith({ 'a.cdx.json': bom(1), 'b.cdx.json': bom(1) });
    await expect(open(workspace, ['*.cdx.json'])).rejects.toThrow(
      /must match exactly one file.*a\.cdx\.json, b\.cdx\.json/,
    );
    await expect(open(workspace, ['a.cdx.json'])).resolves.toMatchObject({
      name: 'a.cdx.json',
      display: 'a.cdx.json',
    });
  });
});

describe('the bundle refuses before contacting GitHub, once per refusal class', () => {
  it('bad inputs (parseInputs): every problem at once, undeclared inputs included', async () => {
    const r = await attach(
      { 'sbom.json': bom(1) },
      { sbom: 'sbom.json', 'min-components': 'many' },
      { INPUT_ASSET_NAME_: 'x.json' },
    );
    expectRefused(r, /Configuration error: 2 configuration problems/);
    expect(r.stdout).toMatch(
      /Input 'asset_name_' is not an input of this action: did you mean 'asset-name'\?/,
    );
    expect(r.stdout).toMatch(/Input 'min-components' must be a whole number/);
    expect(r.summary.match(/\| configuration \| ❌ fail \|/g)).toHaveLength(2);
  });

  it('files (openSbom): a glob matching nothing, with every declared output written', async () => {
    const r = await attach({ 'a.json': '{}' }, { sbom: 'dist/*.cdx.json' });
    expectRefused(r, /Configuration error: .*matches no file/);
    expect(r.summary).toMatch(/\| configuration \| ❌ fail \| .*matches no file/);
    const yml = fs.readFileSync(path.join(root, 'sbom-attach/action.yml'), 'utf8');
    const declared = [...yml.slice(yml.indexOf('\noutputs:')).matchAll(/^ {2}([a-z0-9-]+):$/gm)].map(
      (m) => m[1],
    );
    expect(Object.keys(r.outputs).sort()).toEqual(declared.sort());
    expect(r.outputs).toMatchObject({ uploaded: 'false', components: '0', sha256: '' });
  });

  it("the SBOM's own subject is no component: a real-looking SBOM listing only what it describes", async () => {
    // The shape generators write (cdxgen, syft): the subject in metadata.component, repeated in
    // components, nothing else. It documents no dependency, so min-components 1 refuses it.
    const subject = {
      type: 'application',
      'bom-ref': 'pkg:npm/octo-app@2.0.0',
      name: 'octo-app',
      version: '2.0.0',
      purl: 'pkg:npm/octo-app@2.0.0',
    };
    const doc = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      version: 1,
      metadata: {
        timestamp: '2026-12-01T10:00:00Z',
        tools: { components: [{ type: 'application', name: 'cdxgen', version: '11.0.0' }] },
        component: subject,
      },
      components: [subject],
      dependencies: [{ ref: 'pkg:npm/octo-app@2.0.0', dependsOn: [] }],
    };
    const r = await attach({ 'sbom.cdx.json': JSON.stringify(doc) }, { sbom: 'sbom.cdx.json' });
    expectRefused(r, /components: the SBOM lists no component besides its own subject/);
    expect(r.outputs.components).toBe('0');

    // SPDX: the package the document DESCRIBES is its subject.
    const spdx = {
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'octo-app',
      documentNamespace: 'https://example.com/spdx/octo-app-2.0.0',
      creationInfo: { created: '2026-12-01T10:00:00Z', creators: ['Tool: syft-1.18.0'] },
      documentDescribes: ['SPDXRef-Package-octo-app'],
      packages: [
        {
          SPDXID: 'SPDXRef-Package-octo-app',
          name: 'octo-app',
          versionInfo: '2.0.0',
          downloadLocation: 'NOASSERTION',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: 'pkg:npm/octo-app@2.0.0',
            },
          ],
        },
      ],
      relationships: [
        {
          spdxElementId: 'SPDXRef-DOCUMENT',
          relationshipType: 'DESCRIBES',
          relatedSpdxElement: 'SPDXRef-Package-octo-app',
        },
      ],
    };
    const s = await attach({ 'sbom.spdx.json': JSON.stringify(spdx) }, { sbom: 'sbom.spdx.json' });
    expectRefused(s, /components: the SBOM lists no component besides its own subject/);
  });

  it('the SBOM itself (checkSbom): a schema violation, annotated on the file', async () => {
    const doc = JSON.parse(bom(3)) as { components: Record<string, unknown>[] };
    doc.components[2].type = 'spaceship';
    const r = await attach({ 'sbom.json': JSON.stringify(doc) }, { sbom: 'sbom.json' });
    expectRefused(r, /\/components\/2\/type/);
    expect(r.stdout).toMatch(/::error [^:]*file=sbom\.json/);
    expect(r.summary).toContain('❌');
  });
});
