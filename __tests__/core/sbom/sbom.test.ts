import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as CDX from '@cyclonedx/cyclonedx-library';
import fc from 'fast-check';
import {
  MAX_SBOM_BYTES,
  SbomError,
  analyzeSbom,
  hasComponent,
  judgeSbom,
  readSbomFile,
  type SbomAnalysis,
} from '../../../src/core/sbom/sbom.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** `npm sbom` on this repository's lockfile: a real generator's output, made during the test. */
function npmSbom(format: 'cyclonedx' | 'spdx'): string {
  return execFileSync('npm', ['sbom', '--sbom-format', format, '--package-lock-only'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** A BOM made by @cyclonedx/cyclonedx-library for one spec version. */
function libraryBom(version: string, withNested = true): string {
  const bom = new CDX.Models.Bom();
  const parent = new CDX.Models.Component(CDX.Enums.ComponentType.Library, 'left-pad', {
    version: '1.3.0',
    group: 'acme',
  });
  if (withNested) {
    parent.components.add(
      new CDX.Models.Component(CDX.Enums.ComponentType.Library, 'inner', { version: '0.1.0' }),
    );
  }
  bom.components.add(parent);
  const spec = CDX.Spec.SpecVersionDict[version as keyof typeof CDX.Spec.SpecVersionDict]!;
  return new CDX.Serialize.JsonSerializer(new CDX.Serialize.JSON.Normalize.Factory(spec)).serialize(bom);
}

/**
 * The generated document cut to its first 20 components: ajv runs about 20x slower inside
 * Jest's VM modules than in node, so the variants work on a smaller copy.
 */
function small(text: string): Record<string, unknown> {
  const doc = JSON.parse(text) as { components: unknown[] };
  doc.components = doc.components.slice(0, 20);
  return doc;
}

function rejects(text: string): SbomError {
  try {
    analyzeSbom(text);
  } catch (error) {
    expect(error).toBeInstanceOf(SbomError);
    return error as SbomError;
  }
  throw new Error('analyzeSbom accepted the document');
}

describe('SBOMs from npm sbom', () => {
  let cdx: string;
  let spdx: string;
  beforeAll(() => {
    cdx = npmSbom('cyclonedx');
    spdx = npmSbom('spdx');
  });

  it('accepts the CycloneDX one and counts its components without the root', () => {
    const parsed = JSON.parse(cdx) as { components: unknown[]; specVersion: string };
    const result = analyzeSbom(cdx);
    expect(result.format).toBe('cyclonedx');
    expect(result.specVersion).toBe(parsed.specVersion);
    expect(result.components.length).toBe(parsed.components.length);
    expect(hasComponent(result.components, '@actions/core')).toBe(true);
    expect(hasComponent(result.components, 'pkg:npm/@actions/core@3.0.1')).toBe(true);
    expect(hasComponent(result.components, 'pkg:npm/%40actions/core')).toBe(true);
    expect(hasComponent(result.components, 'pkg:npm/@actions/core@9.9.9')).toBe(false);
    expect(hasComponent(result.components, 'sealed-release')).toBe(false);
  });

  it('accepts the SPDX one and leaves out the package the document DESCRIBES', () => {
    const parsed = JSON.parse(spdx) as { packages: unknown[]; spdxVersion: string };
    const result = analyzeSbom(spdx);
    expect(result).toMatchObject({ format: 'spdx', specVersion: parsed.spdxVersion });
    expect(result.components.length).toBe(parsed.packages.length - 1);
    expect(hasComponent(result.components, 'semver')).toBe(true);
    expect(hasComponent(result.components, 'pkg:npm/semver@7.8.6')).toBe(true);
    expect(hasComponent(result.components, 'sealed-release')).toBe(false);
  });

  it('accepts CycloneDX without serialNumber (reproducible builds omit it)', () => {
    const doc = small(cdx);
    delete doc.serialNumber;
    expect(analyzeSbom(JSON.stringify(doc)).format).toBe('cyclonedx');
  });

  it('refuses broken variants, naming the JSON path', () => {
    const doc = small(cdx) as { components: Record<string, unknown>[] };
    doc.components[0].type = 'spaceship';
    delete doc.components[1].name;
    const error = rejects(JSON.stringify(doc));
    expect(error.message).toContain('/components/0/type');
    expect(error.message).toContain('/components/1');
    expect(error.problems.length).toBeGreaterThanOrEqual(2);

    const s = JSON.parse(spdx) as Record<string, unknown>;
    delete s.creationInfo;
    expect(rejects(JSON.stringify(s)).message).toMatch(/SPDX-2\.3 schema.*creationInfo/);
  });

  it('checks spdxVersion itself (the schema accepts any string there)', () => {
    const s = JSON.parse(spdx) as Record<string, unknown>;
    s.spdxVersion = 'SPDX-2.1';
    expect(rejects(JSON.stringify(s)).message).toContain('unsupported spdxVersion "SPDX-2.1"');
  });

  it('validates an SPDX 2.2 document against the 2.2 schema', () => {
    const s = JSON.parse(spdx) as Record<string, unknown> & { packages: Record<string, unknown>[] };
    s.spdxVersion = 'SPDX-2.2';
    // 2.2 requires these on every package, 2.3 does not: npm's 2.3 output lacks them.
    const error = rejects(JSON.stringify(s));
    expect(error.message).toContain('SPDX-2.2 schema');
    for (const p of s.packages) {
      delete p.primaryPackagePurpose;
      p.copyrightText = 'NOASSERTION';
      p.licenseConcluded = 'NOASSERTION';
      p.licenseDeclared ??= 'NOASSERTION';
    }
    expect(analyzeSbom(JSON.stringify(s)).specVersion).toBe('SPDX-2.2');
  });
});

describe('SBOMs from @cyclonedx/cyclonedx-library', () => {
  it.each(['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'])('accepts spec %s and counts nested components', (v) => {
    const result: SbomAnalysis = analyzeSbom(libraryBom(v));
    expect(result.specVersion).toBe(v);
    expect(result.components.map((c) => c.name)).toEqual(['left-pad', 'inner']);
    expect(hasComponent(result.components, 'acme/left-pad')).toBe(true);
    expect(hasComponent(result.components, 'inner')).toBe(true);
    expect(hasComponent(result.components, 'outer')).toBe(false);
  });

  it('refuses an unsupported specVersion', () => {
    const doc = JSON.parse(libraryBom('1.5')) as Record<string, unknown>;
    doc.specVersion = '1.1';
    expect(rejects(JSON.stringify(doc)).message).toContain('unsupported CycloneDX specVersion "1.1"');
    doc.specVersion = 1.5;
    expect(rejects(JSON.stringify(doc)).message).toContain('unsupported CycloneDX specVersion 1.5');
  });

  it('validates against the declared version: a 1.6-only field fails in a 1.4 document', () => {
    const doc = JSON.parse(libraryBom('1.4')) as { components: Record<string, unknown>[] };
    doc.components[0].omniborId = ['gitoid:blob:sha1:261eeb9e9f8b2b4b0d119366dda99c6fd7d35c64'];
    expect(rejects(JSON.stringify(doc)).message).toContain('("omniborId")');
  });

  it("quotes the document's own keys and values in messages, never echoing them raw", () => {
    const doc = JSON.parse(libraryBom('1.6')) as { components: Record<string, unknown>[] };
    doc.components[0]['x\n::error::forged'] = 1;
    const message = rejects(JSON.stringify(doc)).message;
    expect(message).toContain('("x\\n::error::forged")');
    expect(message).not.toContain('\n');
    const version = rejects(
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: `1.6\n${'z'.repeat(500)}` }),
    );
    expect(version.message).not.toContain('\n');
    expect(version.message.length).toBeLessThan(300);
  });
});

describe("the SBOM's own subject is not a component", () => {
  /** A CycloneDX 1.6 document describing `subject` and listing `components`. */
  const cdx = (subject: Record<string, unknown>, components: Record<string, unknown>[]): string =>
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      metadata: { component: { type: 'application', ...subject } },
      components: components.map((c) => ({ type: 'library', ...c })),
    });
  const app = { name: 'octo-app', version: '2.0.0' };

  it('is matched by bom-ref, then purl, then group, name and version', () => {
    const ref = { ...app, 'bom-ref': 'octo-app@2.0.0' };
    expect(analyzeSbom(cdx(ref, [{ ...ref, type: 'application' }])).components).toEqual([]);
    const purl = { ...app, purl: 'pkg:npm/octo-app@2.0.0' };
    expect(analyzeSbom(cdx(purl, [{ ...app, purl: 'pkg:npm/octo-app@2.0.0' }])).components).toEqual([]);
    expect(analyzeSbom(cdx(app, [app])).components).toEqual([]);
    // Another version, another bom-ref or purl: a real component.
    expect(analyzeSbom(cdx(app, [{ ...app, version: '1.0.0' }])).components).toHaveLength(1);
    expect(analyzeSbom(cdx(ref, [{ ...app, 'bom-ref': 'octo-app@2.0.0-vendored' }])).components).toHaveLength(
      1,
    );
  });

  it("keeps the subject's own nested components, and every other component", () => {
    const doc = cdx(app, [
      { ...app, components: [{ type: 'library', name: 'inner', version: '1.0.0' }] },
      { name: 'semver', version: '7.8.6' },
    ]);
    expect(analyzeSbom(doc).components.map((c) => c.name)).toEqual(['inner', 'semver']);
  });

  it('judgeSbom (what undraft counts as an SBOM) refuses one whose only component is its subject', () => {
    expect(() => judgeSbom(cdx(app, [app]))).toThrow(/lists no component besides its own subject/);
    expect(judgeSbom(cdx(app, [{ name: 'semver', version: '7.8.6' }])).components).toHaveLength(1);
    expect(() => judgeSbom('\u0000\u001b[31m not json')).toThrow(/not valid JSON \("/);
  });
});

describe('hasComponent (property)', () => {
  const part = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
  it('finds a purl by its percent-encoded or decoded form, with or without version', () => {
    fc.assert(
      fc.property(
        part,
        part,
        fc.stringMatching(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/),
        (scope, name, version) => {
          const components = [{ name, purls: [`pkg:npm/%40${scope}/${name}@${version}`] }];
          expect(hasComponent(components, `pkg:npm/@${scope}/${name}@${version}`)).toBe(true);
          expect(hasComponent(components, `pkg:npm/@${scope}/${name}`)).toBe(true);
          expect(hasComponent(components, `pkg:npm/%40${scope}/${name}`)).toBe(true);
          expect(hasComponent(components, `pkg:npm/@${scope}/${name}@${version}0`)).toBe(false);
          expect(hasComponent(components, `pkg:npm/@${scope}/${name}x`)).toBe(false);
          expect(hasComponent(components, name)).toBe(true);
          expect(hasComponent(components, `${name}x`)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('documents that are not SBOMs', () => {
  it('says invalid JSON', () => {
    expect(rejects('{"bomFormat": "CycloneDX",').message).toContain('not valid JSON');
  });
  it('says XML and tag-value are not supported', () => {
    expect(rejects('<?xml version="1.0"?><bom/>').message).toContain('XML');
    expect(rejects('SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n').message).toContain('tag-value');
  });
  it('says neither format', () => {
    expect(rejects('{"name": "x"}').message).toContain('neither CycloneDX');
    expect(rejects('[1, 2]').message).toContain('not an object');
    expect(rejects('{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"}').message).toContain(
      'SPDX 3',
    );
  });
  it('never throws anything but SbomError on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          analyzeSbom(text);
        } catch (error) {
          return error instanceof SbomError;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('readSbomFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbom-read-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over the limit before reading it (a sparse 200 MB file)', async () => {
    const big = path.join(dir, 'big.json');
    const handle = fs.openSync(big, 'w');
    fs.ftruncateSync(handle, 200 * 1000 * 1000);
    fs.closeSync(handle);
    await expect(readSbomFile(big)).rejects.toThrow(/over the 64\.0 MiB \(67108864 bytes\) limit/);
    expect(MAX_SBOM_BYTES).toBe(64 * 1024 * 1024);
  });

  it('refuses an empty file and reads a normal one', async () => {
    const empty = path.join(dir, 'empty.json');
    fs.writeFileSync(empty, '');
    await expect(readSbomFile(empty)).rejects.toThrow('empty');
    const ok = path.join(dir, 'ok.json');
    fs.writeFileSync(ok, '{}');
    await expect(readSbomFile(ok)).resolves.toBe('{}');
  });
});
