/*
 * The official schemas an SBOM is validated against, compiled lazily (only the version a
 * document declares is compiled, so a run pays for one schema, not six).
 *
 * CycloneDX schemas come from @cyclonedx/cyclonedx-library's `res/schema/`. The package's
 * `exports` map does not expose that folder, so they are imported by relative path; ncc inlines
 * them into the bundle. SPDX schemas are vendored under ./schemas (see its README).
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import bom12 from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.2.SNAPSHOT.schema.json' with { type: 'json' };
import bom13 from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.3.SNAPSHOT.schema.json' with { type: 'json' };
import bom14 from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.4.SNAPSHOT.schema.json' with { type: 'json' };
import bom15 from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.5.SNAPSHOT.schema.json' with { type: 'json' };
import bom16 from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json' with { type: 'json' };
import bom17 from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.7.SNAPSHOT.schema.json' with { type: 'json' };
import cdxSpdx from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json' with { type: 'json' };
import cdxJsf from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json' with { type: 'json' };
import cdxCrypto from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/cryptography-defs.SNAPSHOT.schema.json' with { type: 'json' };
import spdx22 from './schemas/spdx-2.2.json' with { type: 'json' };
import spdx23 from './schemas/spdx-2.3.json' with { type: 'json' };
import { quote } from '../quote.js';

type AnySchema = Record<string, unknown>;
type AjvInstance = {
  addSchema(schema: AnySchema): unknown;
  addFormat(name: string, format: (value: string) => boolean): unknown;
  compile(schema: AnySchema): ValidateFunction;
};
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance;

// ajv and ajv-formats are CommonJS with a `default` property; under NodeNext the default
// import is the module object, so take `.default` when it is there.
const Ajv = ((AjvModule as unknown as { default?: AjvConstructor }).default ??
  AjvModule) as unknown as AjvConstructor;
const Ajv2019 = ((Ajv2019Module as unknown as { default?: AjvConstructor }).default ??
  Ajv2019Module) as unknown as AjvConstructor;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: AjvInstance) => void;

export const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type CycloneDxVersion = (typeof CYCLONEDX_VERSIONS)[number];
export const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'] as const;
export type SpdxVersion = (typeof SPDX_VERSIONS)[number];

const BOM: Record<CycloneDxVersion, AnySchema> = {
  '1.2': bom12,
  '1.3': bom13,
  '1.4': bom14,
  '1.5': bom15,
  '1.6': bom16,
  '1.7': bom17,
};

/** The bom schemas `$ref` their helpers as `<name>.SNAPSHOT.schema.json`, relative to their own `$id`. */
const CDX_BASE = 'http://cyclonedx.org/schema/';
const CDX_HELPERS: [string, AnySchema][] = [
  ['spdx.SNAPSHOT.schema.json', cdxSpdx],
  ['jsf-0.82.SNAPSHOT.schema.json', cdxJsf],
  ['cryptography-defs.SNAPSHOT.schema.json', cdxCrypto],
];

/*
 * Formats the CycloneDX schemas use that ajv-formats does not define. Both are checked
 * loosely (RFC 3987 references and internationalised addresses are broad): a malformed value
 * is one with whitespace or control characters, which no tool emits on purpose.
 */
function hasSpaceOrControl(value: string): boolean {
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code <= 0x20 || code === 0x7f || /\s/.test(ch)) return true;
  }
  return false;
}

function addLooseFormats(ajv: AjvInstance): void {
  ajv.addFormat('iri-reference', (value) => !hasSpaceOrControl(value));
  ajv.addFormat('iri', (value) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && !hasSpaceOrControl(value));
  ajv.addFormat('idn-email', (value) => /^[^\s@]+@[^\s@]+$/.test(value));
}

function newAjv(Ctor: AjvConstructor): AjvInstance {
  // strict: false because the official schemas use keywords ajv's strict mode rejects
  // (`deprecated`, `meta:enum`, unknown formats in older drafts); allErrors so a report can
  // list several problems at once.
  const ajv = new Ctor({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  addLooseFormats(ajv);
  return ajv;
}

const cache = new Map<string, ValidateFunction>();

/** The compiled validator of one CycloneDX specVersion. */
export function cycloneDxValidator(version: CycloneDxVersion): ValidateFunction {
  const key = `cdx-${version}`;
  let validate = cache.get(key);
  if (!validate) {
    const ajv = newAjv(Ajv);
    for (const [name, schema] of CDX_HELPERS) ajv.addSchema({ ...schema, $id: CDX_BASE + name });
    validate = ajv.compile(BOM[version]);
    cache.set(key, validate);
  }
  return validate;
}

/** The compiled validator of one SPDX version (2.2 is draft-07, 2.3 is draft 2019-09). */
export function spdxValidator(version: SpdxVersion): ValidateFunction {
  const key = `spdx-${version}`;
  let validate = cache.get(key);
  if (!validate) {
    validate =
      version === 'SPDX-2.2' ? newAjv(Ajv).compile(spdx22) : newAjv(Ajv2019).compile(spdx23 as AnySchema);
    cache.set(key, validate);
  }
  return validate;
}

/** One schema error as `<JSON path>: <message>`, the path in JSON Pointer form (`/` = the document). */
export function formatSchemaError(error: ErrorObject): string {
  // The path and a stray property name are the document's own keys: shown as they are when
  // plain and short, quoted and cut otherwise, never raw.
  const path = error.instancePath === '' ? '/' : error.instancePath;
  const where = /^[\x20-\x7e]{1,120}$/.test(path) ? path : quote(path);
  const params = error.params as Record<string, unknown>;
  let extra = '';
  if (typeof params.additionalProperty === 'string') extra = ` (${quote(params.additionalProperty)})`;
  else if (Array.isArray(params.allowedValues))
    extra = ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}
