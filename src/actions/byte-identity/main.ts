import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exec } from '@actions/exec';
import { type CheckOutcome, runChecks } from '../../core/action/checks.js';
import { ChecksFailedError, ConfigurationError, messageOf } from '../../core/errors.js';
import { createClient } from '../../core/github/client.js';
import type { HttpOptions } from '../../core/http/fetch.js';
import { checkByteIdentity } from '../../core/digest-sources/identity.js';
import { integrityOf, shortLabel } from '../../core/digest-sources/rows.js';
import type { IdentityResult, LocalFile } from '../../core/digest-sources/types.js';
import { setOutputs } from '../../core/action/outputs.js';
import { escapeCell, publishReport, Report } from '../../core/action/report.js';
import { createSource } from '../../core/digest-sources/sources.js';
import { type ByteIdentityInputs, localFiles } from './inputs.js';

/** Timing and logging, passed in so tests can shorten the waits. */
export interface ByteIdentityDeps {
  log: (line: string) => void;
  /** Between two asks of a reference that does not serve the version yet (default 10 s). */
  pollMs?: number;
  http?: HttpOptions;
}

/**
 * The outputs of a run that did not succeed: every declared output is written (a later step's
 * `if:` reads a value, never an absent one), none names bytes: no canonical set, no SHA256SUMS.
 */
const FAILED_OUTPUTS = { identical: false, report: '', sha256sums: '', canonical: '', 'canonical-dir': '' };

/** The `report` output: every reference's state and every row, whole digests included. */
export function reportJson(inputs: ByteIdentityInputs, result: IdentityResult, locals: LocalFile[]): string {
  return JSON.stringify({
    mode: inputs.mode,
    identical: result.identical,
    canonical: result.canonical ?? null,
    'canonical-dir': result.canonicalDir ?? null,
    references: result.references,
    files: locals.map((l) => ({
      name: l.name,
      path: l.display,
      size: result.localDigests.get(l.path)?.size,
      sha256: result.localDigests.get(l.path)?.sha256,
      sha512: result.localDigests.get(l.path)?.sha512,
    })),
    rows: result.rows.map((r) => ({
      file: r.file,
      reference: r.reference,
      verdict: r.verdict,
      ok: r.ok,
      local: r.local ?? null,
      remote: r.remote ?? null,
      // npm's own form of a sha512 (dist.integrity, package-lock.json), beside the hex.
      'local-integrity': integrityOf(r.local) ?? null,
      'remote-integrity': integrityOf(r.remote) ?? null,
      'remote-from': r.remoteFrom ?? null,
      detail: r.detail,
    })),
  });
}

/** The summary's own table: a row per file and reference, with both digests and the verdict. */
function digestTable(result: IdentityResult): string {
  const lines = [
    '| file | reference | local digest | reference digest | verdict |',
    '| --- | --- | --- | --- | --- |',
  ];
  // A sha512 is shown as npm shows it too (`sha512-<base64>`), where npm users look it up.
  const cell = (label: string | undefined) => {
    const integrity = integrityOf(label);
    return `\`${shortLabel(label)}\`${integrity ? `<br>\`${integrity}\`` : ''}`;
  };
  for (const r of result.rows) {
    // The verdict cell is the row's verdict and its pass/fail, from the one value (rows.ts).
    const verdict = `${r.ok ? '✅' : '❌'} ${r.verdict === 'MISMATCH' ? '**MISMATCH**' : escapeCell(r.verdict)}`;
    lines.push(
      `| ${escapeCell(r.file)} | ${escapeCell(r.reference)} | ${cell(r.local)} | ${cell(r.remote)}${r.remoteFrom && r.remoteFrom !== 'published' ? ` (${r.remoteFrom})` : ''} | ${verdict} |`,
    );
  }
  const canonical = result.canonical
    ? `\n\nCanonical bytes: **${result.canonical}**, in \`${result.canonicalDir}\`.`
    : '';
  return `#### Digests\n\n${lines.join('\n')}${canonical}`;
}

/** Runs the `repackage` command without a shell; a failure stops the run with a summary row. */
async function repackage(command: string[], root: string): Promise<void> {
  const [program, ...args] = command;
  let code: number;
  try {
    code = await exec(program, args, { cwd: root, ignoreReturnCode: true });
  } catch (error) {
    code = -1;
    await refuse(`could not start '${program}': ${messageOf(error)}`);
  }
  if (code !== 0) await refuse(`'${command.join(' ')}' exited with code ${code}`);
}

async function refuse(detail: string): Promise<never> {
  const report = new Report('byte-identity');
  report.fail('repackage', detail);
  await publishReport(report);
  setOutputs(FAILED_OUTPUTS);
  throw new ChecksFailedError(report.failureMessage());
}

/**
 * byte-identity: the local files are the bytes the references publish. Repackages first when
 * asked, checks the local files and references (every problem at once), then compares.
 */
export async function run(inputs: ByteIdentityInputs, root: string, deps: ByteIdentityDeps): Promise<void> {
  if (inputs.repackage.length > 0) await repackage(inputs.repackage, root);
  const { locals, problems } = localFiles(inputs, root);
  if (problems.length > 0) {
    // Only reachable after `repackage` (otherwise the entry refused these already): the same
    // refusal, one configuration row per problem, nothing compared or handed on.
    const report = new Report('byte-identity: configuration refused');
    for (const problem of problems) report.fail('configuration', problem);
    await publishReport(report);
    setOutputs(FAILED_OUTPUTS);
    throw new ConfigurationError(problems);
  }

  let github:
    | {
        client: ReturnType<typeof createClient>;
        repo: NonNullable<ByteIdentityInputs['repository']>;
        token: string;
      }
    | undefined;
  const sources = inputs.references.map((reference) =>
    createSource(reference, {
      root,
      pypiUrl: inputs.pypiUrl,
      cratesIndexUrl: inputs.cratesIndexUrl,
      cratesApiUrl: inputs.cratesApiUrl,
      npmRegistry: inputs.npmRegistry,
      http: deps.http,
      github: () =>
        (github ??= { client: createClient(inputs.token), repo: inputs.repository!, token: inputs.token }),
    }),
  );
  const scratch = fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'byte-identity-'));
  try {
    await runChecks(
      'byte-identity',
      [
        async (report): Promise<CheckOutcome> => {
          let result: IdentityResult;
          try {
            result = await checkByteIdentity(locals, sources, {
              mode: inputs.mode,
              exactSet: inputs.exactSet,
              allowYanked: inputs.allowYanked,
              propagationTimeoutMs: inputs.propagationTimeoutMs,
              pollMs: deps.pollMs ?? 10_000,
              outputDir: inputs.outputDir,
              scratch,
              log: deps.log,
              http: deps.http,
            });
          } catch (error) {
            // A bug path (every expected failure is a row): still no ending without the outputs.
            setOutputs(FAILED_OUTPUTS);
            throw error;
          }
          for (const row of result.rows) {
            report.add({ check: `${row.file} · ${row.reference}`, ok: row.ok, detail: row.detail });
          }
          return {
            outputs: {
              ...FAILED_OUTPUTS,
              identical: result.identical,
              report: reportJson(inputs, result, locals),
              ...(result.ok
                ? {
                    sha256sums: result.sha256sums,
                    canonical: result.canonical ?? '',
                    'canonical-dir': result.canonicalDir ?? '',
                  }
                : {}),
            },
            hardFailures: result.rows.filter((r) => !r.ok).length,
            summary: [digestTable(result)],
          };
        },
      ],
      // byte-identity declares no `ok`/`reason`: `identical` is its verdict, the summary its reason.
      { onReject: 'fail', verdictOutputs: false },
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
