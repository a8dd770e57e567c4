/*
 * Validation of the emulator's traffic against GitHub's own OpenAPI description (the subset
 * extracted by scripts/extract-openapi.mjs). Every request the emulator receives and every
 * response it sends is checked: a request that GitHub would not accept is answered as GitHub
 * answers it (422), and a response that GitHub would never send is recorded as a violation,
 * which the test suites assert to be empty. That keeps the fake honest: it cannot drift from
 * the real API without failing its own tests.
 */
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import subset from '../openapi/github-subset.json' with { type: 'json' };

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: object;
}

interface Operation {
  operationId: string;
  parameters?: ({ $ref: string } | Parameter)[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: object }> }>;
}

/** A compiled operation: how to match its path and validate its parts. */
export interface CompiledOperation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathNames: string[];
  parameters: Parameter[];
  validateParameters: ValidateFunction;
  validateBody?: ValidateFunction;
  bodyRequired: boolean;
  responses: Map<string, ValidateFunction | null>;
}

/** One exchange that did not match the description. */
export interface Violation {
  operationId: string;
  direction: 'request' | 'response';
  method: string;
  path: string;
  status?: number;
  errors: string[];
}

type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
};
const spec = subset as unknown as Spec;

function resolveRef<T>(node: T | { $ref: string }): T {
  const ref = (node as { $ref?: string }).$ref;
  if (!ref) return node as T;
  const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
  return resolveRef(spec.components[kind][name] as T);
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: ajv only accepts the keyword beside a `type`,
 * and GitHub's description also puts it beside `anyOf`/`allOf`/`enum`.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue;
    // `properties` maps names to schemas: a property may itself be called 'nullable'.
    out[key] =
      key === 'properties' && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]))
        : toJsonSchema(value);
  }
  if ((node as { nullable?: unknown }).nullable !== true) return out;
  if (typeof out.type === 'string' && !out.anyOf && !out.oneOf && !out.allOf) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

let cache: CompiledOperation[] | undefined;

/** Compiles every operation of the subset once per process. */
export function operations(): CompiledOperation[] {
  if (cache) return cache;
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
  addFormats(ajv);
  const components = toJsonSchema(spec.components);
  ajv.addSchema({ components }, 'github');
  // Schemas refer to '#/components/...'; rewrite them to the registered document.
  const rebase = (schema: unknown): unknown =>
    JSON.parse(JSON.stringify(toJsonSchema(schema)).replace(/"#\/components\//g, '"github#/components/'));
  const coercing = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
  addFormats(coercing);
  coercing.addSchema({ components }, 'github');
  const compiled: CompiledOperation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = (operation.parameters ?? []).map((p) => resolveRef<Parameter>(p));
      const pathNames: string[] = [];
      const pattern = new RegExp(
        '^' +
          template
            .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
            .replace(/\\?\{([a-z_]+)\\?\}/g, (_m, name: string) => {
              pathNames.push(name);
              const multi = parameters.find((p) => p.name === name && p.in === 'path') as
                (Parameter & { 'x-multi-segment'?: boolean }) | undefined;
              return multi?.['x-multi-segment'] ? '(.+)' : '([^/]+)';
            }) +
          '$',
      );
      // Path and query parameters are validated as one object, numbers coerced as a server does.
      const paramSchema = {
        type: 'object',
        properties: Object.fromEntries(
          // Parameters arrive as strings: `oneOf: [integer, string]` (workflow_id) would match
          // both once coerced, so it is read as the "either" it means.
          parameters
            .filter((p) => p.in !== 'header')
            .map((p) => [
              p.name,
              JSON.parse(JSON.stringify(rebase(p.schema)).replace(/"oneOf":/g, '"anyOf":')),
            ]),
        ),
        required: parameters.filter((p) => p.required && p.in !== 'header').map((p) => p.name),
      };
      const jsonBody = operation.requestBody?.content?.['application/json']?.schema;
      const responses = new Map<string, ValidateFunction | null>();
      for (const [status, response] of Object.entries(operation.responses)) {
        const resolved = resolveRef(response);
        const schema = resolved.content?.['application/json']?.schema;
        responses.set(status, schema ? ajv.compile(rebase(schema) as object) : null);
      }
      compiled.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        template,
        pattern,
        pathNames,
        parameters,
        validateParameters: coercing.compile(paramSchema),
        validateBody: jsonBody ? ajv.compile(rebase(jsonBody) as object) : undefined,
        bodyRequired: Boolean(operation.requestBody?.required),
        responses,
      });
    }
  }
  // More specific templates first, so /releases/assets/{id} wins over /releases/{release_id}.
  compiled.sort((a, b) => literalLength(b.template) - literalLength(a.template));
  cache = compiled;
  return compiled;
}

function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, '').length;
}

/** Finds the operation for a method and a decoded path; path parameters come back decoded. */
export function matchOperation(
  method: string,
  pathname: string,
): { operation: CompiledOperation; params: Record<string, string> } | undefined {
  for (const operation of operations()) {
    if (operation.method !== method) continue;
    const match = operation.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    operation.pathNames.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    return { operation, params };
  }
  return undefined;
}

/** Formats ajv errors as `path: message` lines. */
export function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`.trim());
}

/** Validates path+query parameters; returns the error lines (empty when valid). */
export function checkParameters(operation: CompiledOperation, values: Record<string, unknown>): string[] {
  const copy = { ...values };
  return operation.validateParameters(copy) ? [] : formatErrors(operation.validateParameters.errors);
}

/** Validates a JSON request body; returns the error lines (empty when valid). */
export function checkBody(operation: CompiledOperation, body: unknown): string[] {
  if (!operation.validateBody) return [];
  if (body === undefined) return operation.bodyRequired ? ['request body is required'] : [];
  return operation.validateBody(body) ? [] : formatErrors(operation.validateBody.errors);
}

/**
 * Validates a response. A status the operation does not declare is itself a violation, except
 * for the ones every GitHub endpoint can answer (auth, rate limits, server errors), which must
 * still carry GitHub's error shape.
 */
export function checkResponse(operation: CompiledOperation, status: number, body: unknown): string[] {
  const validate = operation.responses.get(String(status));
  if (validate === undefined) {
    if (
      [400, 401, 403, 404, 409, 422, 429, 500, 502, 503].includes(status) ||
      (status >= 300 && status < 400)
    ) {
      if (status >= 300 && status < 400) return [];
      const shape = body as { message?: unknown };
      return typeof shape?.message === 'string' ? [] : [`status ${status} without a GitHub error body`];
    }
    return [`status ${status} is not declared for ${operation.operationId}`];
  }
  if (validate === null) return [];
  return validate(body) ? [] : formatErrors(validate.errors);
}
