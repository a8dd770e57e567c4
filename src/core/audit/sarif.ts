/*
 * SARIF 2.1.0 (OASIS "Static Analysis Results Interchange Format" 2.1.0) from audit findings,
 * for GitHub code scanning (`github/codeql-action/upload-sarif`). The shape is the subset code
 * scanning reads: `runs[0].tool.driver` with `name` and `rules` (`id`, `shortDescription`,
 * `help`), and `results` with `ruleId`, `ruleIndex`, `level`, `message.text` and a physical
 * location (a repository-relative `artifactLocation.uri` and `region.startLine/startColumn`).
 * A finding without a file (a repository setting) gets no location.
 */

import { InternalError } from '../errors.js';

/** One row to report: a workflow finding, or a setting's result. */
export interface SarifFinding {
  check: string;
  level: 'error' | 'warning';
  detail: string;
  fix: string;
  file?: string;
  line?: number;
  column?: number;
}

/** A rule (a check): its id (the check name) and one line of help. */
export interface SarifRule {
  id: string;
  help: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_TOOL_NAME = 'sealed-release audit-settings';

/** The SARIF log of `findings`, with every rule of `rules` (a finding of an unknown rule is refused). */
export function toSarif(
  findings: readonly SarifFinding[],
  rules: readonly SarifRule[],
  tool: { version?: string; informationUri?: string } = {},
): Record<string, unknown> {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const unknown = findings.filter((f) => !index.has(f.check)).map((f) => f.check);
  if (unknown.length > 0) throw new InternalError(`no SARIF rule for ${[...new Set(unknown)].join(', ')}`);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SARIF_TOOL_NAME,
            ...(tool.version ? { version: tool.version } : {}),
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.help },
              help: { text: rule.help },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.check,
          ruleIndex: index.get(f.check),
          level: f.level,
          message: { text: `${f.detail.replace(/\.$/, '')}. Fix: ${f.fix}` },
          ...(f.file
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: f.file.split('\\').join('/').replace(/^\.\//, '') },
                      region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
                    },
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}
