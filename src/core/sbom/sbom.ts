/*
 * SBOM detection, validation and content checks for sbom-attach. Everything here is pure over
 * the document's text except `readSbomFile`, which refuses oversized files before reading them.
 */
import * as fs from 'node:fs';
import {
  CYCLONEDX_VERSIONS,
  SPDX_VERSIONS,
  cycloneDxValidator,
  formatSchemaError,
  spdxValidator,
  type CycloneDxVersion,
  type SpdxVersion,
} from './schemas.js';
import { BaseError } from '../errors.js';
import { quote } from '../quote.js';

export type SbomFormat = 'cyclonedx' | 'spdx';

/**
 * The largest SBOM accepted: 64 MiB. A parsed JSON document takes several times its size in
 * memory (the text, the object graph, the validator's walk), so a bound keeps the action inside
 * a runner's memory whatever it is handed. Real SBOMs of large container images stay well
 * below it; a bigger file is far more likely a wrong path than a real SBOM.
 */
export const MAX_SBOM_BYTES = 64 * 1024 * 1024;

/** How many schema errors a failure quotes. */
export const MAX_SCHEMA_ERRORS = 5;

export const CONTENT_TYPES: Record<SbomFormat, string> = {
  cyclonedx: 'application/vnd.cyclonedx+json',
  spdx: 'application/spdx+json',
};

/** One component (CycloneDX) or package (SPDX) as the content checks see it. */
export interface SbomComponent {
  name: string;
  /** `group/name` for CycloneDX components with a group. */
  qualifiedName?: string;
  version?: string;
  purls: string[];
}

export interface SbomAnalysis {
  format: SbomFormat;
  /** `1.5` for CycloneDX, `SPDX-2.3` for SPDX. */
  specVersion: string;
  /** Components other than the document's own subject (CycloneDX metadata.component, SPDX DESCRIBES targets). */
  components: SbomComponent[];
}

/** An SBOM that cannot be accepted; `problems` lists each reason (schema errors one per line). */
export class SbomError extends BaseError<'INVALID_SBOM'> {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super('INVALID_SBOM', message);
    this.name = 'SbomError';
  }
}

/** Where an SBOM's bytes come from: its size (known before reading) and a reader. */
export interface SbomSource {
  size: number;
  read(): Promise<Buffer>;
}

/**
 * Reads an SBOM, refusing it before reading a byte when it exceeds {@link MAX_SBOM_BYTES}.
 * sbom-attach reads it through the same open handle it uploads from, so the bytes validated
 * are the bytes attached.
 */
export async function readSbom(source: SbomSource, limit = MAX_SBOM_BYTES): Promise<string> {
  if (source.size > limit) {
    throw new SbomError(
      `the file is ${formatBytes(source.size)}, over the ${formatBytes(limit)} limit for an SBOM; refusing to read it`,
    );
  }
  if (source.size === 0) throw new SbomError('the file is empty');
  return (await source.read()).toString('utf8');
}

/** Reads an SBOM file by path (see {@link readSbom}). */
export async function readSbomFile(file: string, limit = MAX_SBOM_BYTES): Promise<string> {
  const { size } = await fs.promises.stat(file);
  return readSbom({ size, read: () => fs.promises.readFile(file) }, limit);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Detects the format, validates the document against the official schema of its declared
 * version and extracts its components. Throws {@link SbomError} listing every reason it cannot
 * be accepted.
 */
export function analyzeSbom(text: string): SbomAnalysis {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('<')) {
      throw new SbomError('the file is XML, not JSON: only CycloneDX JSON and SPDX JSON are supported');
    }
    if (trimmed.startsWith('SPDXVersion:')) {
      throw new SbomError(
        'the file is SPDX tag-value, not JSON: only CycloneDX JSON and SPDX JSON are supported',
      );
    }
    // The parser's message quotes the text it stopped at: shown quoted and cut short.
    throw new SbomError(`the file is not valid JSON (${quote((error as Error).message)})`);
  }
  if (!isObject(doc))
    throw new SbomError('the file is JSON but not an object, so neither CycloneDX nor SPDX');

  if (doc.bomFormat === 'CycloneDX') return analyzeCycloneDx(doc);
  if (typeof doc.spdxVersion === 'string' || doc.SPDXID === 'SPDXRef-DOCUMENT') return analyzeSpdx(doc);
  const context = JSON.stringify(doc['@context'] ?? '');
  if (/spdx\.org\/rdf\/3/.test(context)) {
    throw new SbomError('the file is SPDX 3 (JSON-LD): only SPDX 2.2 and 2.3 JSON are supported');
  }
  throw new SbomError(
    'the JSON is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion")',
  );
}

function schemaFailure(label: string, errors: { instancePath: string }[] | null | undefined): SbomError {
  const list = (errors ?? []) as Parameters<typeof formatSchemaError>[0][];
  const shown = list.slice(0, MAX_SCHEMA_ERRORS).map(formatSchemaError);
  const more = list.length > shown.length ? ` (and ${list.length - shown.length} more)` : '';
  return new SbomError(`the document does not match the ${label} schema: ${shown.join('; ')}${more}`, [
    ...shown.map((s) => `${label} schema: ${s}`),
    ...(more ? [`${label} schema:${more}`] : []),
  ]);
}

function analyzeCycloneDx(doc: Record<string, unknown>): SbomAnalysis {
  const version = doc.specVersion;
  if (typeof version !== 'string' || !(CYCLONEDX_VERSIONS as readonly string[]).includes(version)) {
    throw new SbomError(
      `unsupported CycloneDX specVersion ${quote(version)}: supported are ${CYCLONEDX_VERSIONS.join(', ')}`,
    );
  }
  const validate = cycloneDxValidator(version as CycloneDxVersion);
  if (!validate(doc)) throw schemaFailure(`CycloneDX ${version}`, validate.errors);

  // Nested components (a component's own `components`) count: they are shipped too. The
  // document's own subject (`metadata.component`) does not, even where a generator repeats it
  // in `components`: an SBOM that lists only what it describes documents no dependency.
  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  const isSubject = subjectMatcher(isObject(metadata.component) ? metadata.component : undefined);
  const components: SbomComponent[] = [];
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!isObject(item)) continue;
      if (isSubject(item)) {
        walk(item.components);
        continue;
      }
      const name = String(item.name ?? '');
      const group = typeof item.group === 'string' && item.group !== '' ? item.group : undefined;
      components.push({
        name,
        qualifiedName: group ? `${group}/${name}` : undefined,
        version: typeof item.version === 'string' ? item.version : undefined,
        purls: typeof item.purl === 'string' ? [item.purl] : [],
      });
      walk(item.components);
    }
  };
  walk(doc.components);
  return { format: 'cyclonedx', specVersion: version, components };
}

/**
 * Whether a CycloneDX component is the document's subject (`metadata.component`) repeated: the
 * same `bom-ref` when both carry one (the spec's identifier within a BOM), else the same purl,
 * else the same group, name and version. Without a subject nothing matches.
 */
function subjectMatcher(
  subject: Record<string, unknown> | undefined,
): (item: Record<string, unknown>) => boolean {
  if (!subject) return () => false;
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined;
  const ref = text(subject['bom-ref']);
  const purl = text(subject.purl);
  const key = (c: Record<string, unknown>): string =>
    JSON.stringify([text(c.group) ?? '', text(c.name) ?? '', text(c.version) ?? '']);
  return (item) => {
    const itemRef = text(item['bom-ref']);
    if (ref !== undefined && itemRef !== undefined) return itemRef === ref;
    const itemPurl = text(item.purl);
    if (purl !== undefined && itemPurl !== undefined) return decodePurl(itemPurl) === decodePurl(purl);
    return key(item) === key(subject);
  };
}

function analyzeSpdx(doc: Record<string, unknown>): SbomAnalysis {
  const version = doc.spdxVersion;
  // The schema types spdxVersion as any string, so the version is checked here.
  if (typeof version !== 'string' || !(SPDX_VERSIONS as readonly string[]).includes(version)) {
    throw new SbomError(
      `unsupported spdxVersion ${quote(version)}: supported are ${SPDX_VERSIONS.join(', ')}`,
    );
  }
  const validate = spdxValidator(version as SpdxVersion);
  if (!validate(doc)) throw schemaFailure(version, validate.errors);

  // The document's own subject (what it DESCRIBES) is not one of its components.
  const roots = new Set<string>();
  for (const id of Array.isArray(doc.documentDescribes) ? doc.documentDescribes : []) roots.add(String(id));
  const documentId = String(doc.SPDXID);
  for (const rel of Array.isArray(doc.relationships) ? doc.relationships : []) {
    if (!isObject(rel)) continue;
    if (rel.relationshipType === 'DESCRIBES' && rel.spdxElementId === documentId)
      roots.add(String(rel.relatedSpdxElement));
    if (rel.relationshipType === 'DESCRIBED_BY' && rel.relatedSpdxElement === documentId)
      roots.add(String(rel.spdxElementId));
  }
  const components: SbomComponent[] = [];
  for (const pkg of Array.isArray(doc.packages) ? doc.packages : []) {
    if (!isObject(pkg) || roots.has(String(pkg.SPDXID))) continue;
    const refs = Array.isArray(pkg.externalRefs) ? pkg.externalRefs : [];
    components.push({
      name: String(pkg.name ?? ''),
      version: typeof pkg.versionInfo === 'string' ? pkg.versionInfo : undefined,
      purls: refs
        .filter((r): r is Record<string, unknown> => isObject(r) && r.referenceType === 'purl')
        .map((r) => String(r.referenceLocator)),
    });
  }
  return { format: 'spdx', specVersion: version, components };
}

/** sbom-attach's default `min-components`: an SBOM documents at least one thing besides its subject. */
export const DEFAULT_MIN_COMPONENTS = 1;

/**
 * Why `count` components are not enough for `minComponents`, or undefined when they are. An SBOM
 * with no component besides its subject is refused whatever the minimum.
 */
export function componentShortfall(count: number, minComponents: number): string | undefined {
  if (count === 0)
    return 'the SBOM lists no component besides its own subject: an empty SBOM documents nothing';
  if (count < minComponents) {
    return `${count} component${count === 1 ? '' : 's'}, fewer than min-components (${minComponents})`;
  }
  return undefined;
}

/**
 * sbom-attach's verdict on a document with its default inputs (what undraft counts as an SBOM):
 * the analysis, or an SbomError saying why it would be refused.
 */
export function judgeSbom(text: string, minComponents = DEFAULT_MIN_COMPONENTS): SbomAnalysis {
  const analysis = analyzeSbom(text);
  const shortfall = componentShortfall(analysis.components.length, minComponents);
  if (shortfall) throw new SbomError(shortfall);
  return analysis;
}

/** A purl with its percent-encoding undone, for comparison (`%40scope` and `@scope` are one name). */
function decodePurl(purl: string): string {
  try {
    return decodeURIComponent(purl.trim());
  } catch {
    return purl.trim();
  }
}

/** A purl without version, qualifiers and subpath: `pkg:type/namespace/name`. */
function purlBase(purl: string): string {
  const decoded = decodePurl(purl).replace(/[?#].*$/, '');
  // The version separator is the last '@' after the final '/'; an '@' in a namespace (npm scope) stays.
  const slash = decoded.lastIndexOf('/');
  const at = decoded.indexOf('@', slash + 1);
  return at < 0 ? decoded : decoded.slice(0, at);
}

/**
 * Whether a `require-components` entry is present. An entry starting with `pkg:` is a purl: it
 * matches a component's purl exactly, or, when it has no version, any version of that package.
 * Any other entry is a name: it matches a component's name or its `group/name`.
 */
export function hasComponent(components: SbomComponent[], entry: string): boolean {
  const wanted = entry.trim();
  if (wanted.startsWith('pkg:')) {
    const decoded = decodePurl(wanted);
    const versionless = purlBase(wanted) === decoded.replace(/[?#].*$/, '');
    return components.some((c) =>
      c.purls.some((p) => decodePurl(p) === decoded || (versionless && purlBase(p) === purlBase(wanted))),
    );
  }
  return components.some((c) => c.name === wanted || c.qualifiedName === wanted);
}
