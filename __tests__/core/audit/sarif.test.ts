/*
 * The SARIF log of the audit, validated against the SARIF 2.1.0 JSON schema (the rtm.5 schema
 * as schemastore publishes it, shipped by the npm package @microsoft/jest-sarif 1.0.0-beta.0;
 * see __tests__/fixtures/workflows/README.md) with ajv, and read the way code scanning reads it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { InternalError } from '../../../src/core/errors.js';
import { toSarif, SARIF_TOOL_NAME } from '../../../src/core/audit/sarif.js';
import { lintWorkflow, WORKFLOW_RULES } from '../../../src/core/audit/workflow/index.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/**
 * The schema is draft-04 (`id`); ajv 8 reads it once `id` is `$id` and the draft-04 `$schema` is
 * gone. One of its patterns (the `language` property) is not valid under the `u` flag.
 */
function validator() {
  const file = path.resolve(import.meta.dirname, '../../fixtures/workflows/sarif/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }));
  return ajv.compile({ ...rest, $id: id as string });
}

interface SarifRun {
  tool: { driver: { name: string; rules: { id: string }[] } };
  results: Record<string, unknown>[];
}

const rules = Object.entries(WORKFLOW_RULES).map(([id, help]) => ({ id, help }));
const fixture = path.resolve(import.meta.dirname, '../../fixtures/workflows/checks/template-injection.yml');
const findings = lintWorkflow(fs.readFileSync(fixture, 'utf8'), '.github/workflows/release.yml', {
  tagPattern: 'v*',
}).map((f) => ({ ...f, level: 'error' as const }));

describe('toSarif', () => {
  const validate = validator();

  it('writes SARIF 2.1.0 that the schema accepts, with every rule and every finding located', () => {
    const log = toSarif(
      [...findings, { check: 'id-token', level: 'warning', detail: 'no file', fix: 'none.' }],
      rules,
      {
        version: '0.1.0',
      },
    );
    expect(validate(log)).toBe(true);
    const run = (log as unknown as { runs: SarifRun[] }).runs[0];
    expect(run.tool.driver.name).toBe(SARIF_TOOL_NAME);
    expect(run.tool.driver.name).toBe('sealed-release audit-settings');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(Object.keys(WORKFLOW_RULES));
    expect(run.results).toHaveLength(findings.length + 1);
    expect(run.results[0]).toEqual({
      ruleId: 'template-injection',
      ruleIndex: 6,
      level: 'error',
      message: {
        text: expect.stringMatching(
          /^job "build" expands "\$\{\{ github\.event\.head_commit\.message \}\}" .*\. Fix: Pass the value/,
        ),
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: '.github/workflows/release.yml' },
            region: { startLine: 18, startColumn: 17 },
          },
        },
      ],
    });
    expect(run.results.at(-1)).toEqual({
      ruleId: 'id-token',
      ruleIndex: 2,
      level: 'warning',
      message: { text: 'no file. Fix: none.' },
    });
  });

  it('the schema says no to what is not SARIF (the validation is not blind)', () => {
    const log = toSarif(findings, rules) as { runs: { results: Record<string, unknown>[] }[] };
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    expect(validate({ version: '2.1.0' })).toBe(false);
  });

  it('refuses a finding of a rule it was not given', () => {
    expect(() => toSarif(findings, rules.slice(0, 2))).toThrow(InternalError);
  });
});
