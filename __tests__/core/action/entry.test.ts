import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runChecks } from '../../../src/core/action/checks.js';
import { runEntry } from '../../../src/core/action/entry.js';
import { setOutputs } from '../../../src/core/action/outputs.js';
import { BaseError, ConfigurationError } from '../../../src/core/errors.js';
import { Inputs } from '../../../src/core/inputs/index.js';
import { parseFileCommand } from '../../../src/emulator/runner.js';

const OUTPUT_NAMES = ['ok', 'reason', 'identical', 'report'];

/** Runs an entry in-process with the runner's file commands pointed at a temporary folder. */
async function runWith(
  env: Record<string, string>,
  ran: string[],
  body: () => Promise<void> = () =>
    runChecks('demo', [async (r) => (r.pass('x', 'y'), { outputs: {}, hardFailures: 0 })], {
      onReject: 'fail',
    }).then(() => undefined),
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entry-'));
  const files = { GITHUB_OUTPUT: path.join(dir, 'out'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  const write = process.stdout.write;
  let stdout = '';
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  try {
    Object.assign(process.env, files, env);
    await runEntry(
      {
        name: 'demo',
        inputNames: ['files', 'exact'],
        outputNames: OUTPUT_NAMES,
        parse: (read) => {
          const inputs = new Inputs(read);
          return inputs.finish({
            files: inputs.list('files', { required: 'a glob' }),
            exact: inputs.boolean('exact', false),
          });
        },
        run: async (inputs) => {
          ran.push(JSON.stringify(inputs));
          await body();
        },
        refusalOutputs: { ok: false, identical: false },
      },
      process.env,
    );
    const outputText = fs.readFileSync(files.GITHUB_OUTPUT, 'utf8');
    return {
      exitCode: process.exitCode,
      stdout,
      outputText,
      outputs: parseFileCommand(outputText),
      summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  } finally {
    process.stdout.write = write;
    process.env = saved;
    process.exitCode = savedExit;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The `::error::` line of a run (the step's failure message, first line). */
const errorLine = (stdout: string) => /::error::(.*)/.exec(stdout)?.[1] ?? '';

describe('runEntry: one refusal policy', () => {
  it('runs the action with the parsed inputs when the configuration is good', async () => {
    const ran: string[] = [];
    const result = await runWith({ INPUT_FILES: 'a\nb', INPUT_EXACT: 'true' }, ran);
    expect(ran).toEqual([JSON.stringify({ files: ['a', 'b'], exact: true })]);
    expect(result.exitCode).not.toBe(1);
    // Every declared output is written, each once: the run's own, and a definite value for the rest.
    expect(result.outputs).toEqual({ ok: 'true', reason: '', identical: 'false', report: '' });
    expect(result.outputText.match(/^ok<</gm)).toHaveLength(1);
  });

  it('reports every problem at once, undeclared inputs included, and never runs the action', async () => {
    const ran: string[] = [];
    const result = await runWith({ INPUT_EXACT: 'yes', INPUT_EXACT_SET: 'true' }, ran);
    expect(ran).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::Configuration error: 3 configuration problems:/);
    expect(result.stdout).toMatch(/Input 'exact_set' is not an input of this action/);
    expect(result.stdout).toMatch(/Input 'exact' must be a boolean/);
    expect(result.stdout).toMatch(/Input 'files' is required/);
    // The summary says what to fix, one row a problem; the outputs give a definite answer.
    expect(result.summary.match(/\| configuration \| ❌ fail \|/g)).toHaveLength(3);
    expect(result.summary).toMatch(/Nothing was requested or changed/);
    expect(Object.keys(result.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(result.outputs.ok).toBe('false');
    expect(result.outputs.identical).toBe('false');
    expect(result.outputs.report).toBe('');
    expect(result.outputs.reason).toMatch(/Input 'exact' must be a boolean/);
  });

  it('a configuration error found by the run (a glob matching nothing) still writes a summary and every output', async () => {
    const result = await runWith({ INPUT_FILES: 'dist/*' }, [], async () => {
      throw new ConfigurationError("Input 'files': no file matches 'dist/*'.", { code: 'NO_MATCHING_FILE' });
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toBe("Configuration error: Input 'files': no file matches 'dist/*'.");
    expect(result.summary).toMatch(/### demo: failed ❌ failed/);
    expect(result.summary).toMatch(
      /\| configuration \| ❌ fail \| Input 'files': no file matches 'dist\/\*'\. \|/,
    );
    // The run may have requested something before it found the problem: the summary does not claim otherwise.
    expect(result.summary).not.toMatch(/Nothing was requested/);
    expect(result.outputs).toEqual({
      ok: 'false',
      reason: "Input 'files': no file matches 'dist/*'.",
      identical: 'false',
      report: '',
    });
  });

  it('a known failure is reported with its message and fix, never as "Internal error"', async () => {
    class Demo extends BaseError<'DEMO'> {}
    const result = await runWith({ INPUT_FILES: 'a' }, [], async () => {
      throw new Demo('DEMO', 'The service said no.', { fix: 'Grant the permission.' });
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::The service said no.%0AFix: Grant the permission.');
    expect(result.stdout).not.toMatch(/Internal error/);
    expect(result.summary).toMatch(
      /\| demo \| ❌ fail \| The service said no\.<br>Fix: Grant the permission\. \|/,
    );
    expect(result.outputs.ok).toBe('false');
  });

  it('a bug is "Internal error", with a summary row and every output', async () => {
    const result = await runWith({ INPUT_FILES: 'a' }, [], async () => {
      (undefined as unknown as { x: () => void }).x();
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toMatch(/^Internal error: Cannot read properties of undefined/);
    expect(result.summary).toMatch(/\| internal error \| ❌ fail \| Internal error: /);
    expect(Object.keys(result.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('an error thrown by a check keeps the rows and outputs of the checks before it', async () => {
    const result = await runWith({ INPUT_FILES: 'a' }, [], async () => {
      await runChecks(
        'demo',
        [
          async (r) => (r.pass('first', 'fine'), { outputs: { report: 'kept' }, hardFailures: 0 }),
          async () => {
            throw new ConfigurationError('second: bad');
          },
        ],
        { onReject: 'skip' },
      );
    });
    expect(result.exitCode).toBe(1); // a thrown error is never skipped
    expect(errorLine(result.stdout)).toBe('Configuration error: second: bad');
    expect(result.summary).toMatch(/\| first \| ✅ pass \| fine \|/);
    expect(result.summary).toMatch(/\| configuration \| ❌ fail \| second: bad \|/);
    expect(result.summary.match(/^### /gm)).toHaveLength(1);
    expect(result.outputs).toEqual({
      ok: 'false',
      reason: 'configuration: second: bad',
      identical: 'false',
      report: 'kept',
    });
  });

  it('an output the action does not declare is a bug, refused before it is written', async () => {
    const result = await runWith({ INPUT_FILES: 'a' }, [], async () => {
      await runChecks(
        'demo',
        [async (r) => (r.pass('x', 'y'), { outputs: { extra: 'x' }, hardFailures: 0 })],
        {
          onReject: 'fail',
        },
      );
    });
    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toBe("Internal error: output 'extra' is not declared in action.yml");
    expect(result.outputs.extra).toBeUndefined();
    expect(Object.keys(result.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('runChecks writes ok and reason only where the action declares them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entry-'));
    const out = path.join(dir, 'out');
    fs.writeFileSync(out, '');
    const saved = { ...process.env };
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      Object.assign(process.env, {
        GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: path.join(dir, 's'),
        INPUT_FILES: 'a',
      });
      fs.writeFileSync(path.join(dir, 's'), '');
      await runEntry({
        name: 'demo',
        inputNames: ['files'],
        outputNames: ['green'],
        parse: () => ({}),
        run: async () => {
          await runChecks(
            'demo',
            [async (r) => (r.pass('x', 'y'), { outputs: { green: true }, hardFailures: 0 })],
            {
              onReject: 'fail',
            },
          );
        },
      });
      expect(parseFileCommand(fs.readFileSync(out, 'utf8'))).toEqual({ green: 'true' });
    } finally {
      process.stdout.write = write;
      process.env = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a summary the runner cannot take fails the step, after the failure it was to report', async () => {
    const result = await runWith(
      { INPUT_FILES: 'a', GITHUB_STEP_SUMMARY: path.join(os.tmpdir(), 'no-such-dir', 'summary') },
      [],
      async () => {
        throw new ConfigurationError("Input 'files': pattern 'a' matches no file.");
      },
    );
    expect(result.exitCode).toBe(1);
    const errors = [...result.stdout.matchAll(/^::error::(.*)$/gm)].map((m) => m[1]);
    expect(errors[0]).toBe("Configuration error: Input 'files': pattern 'a' matches no file.");
    expect(errors[1]).toMatch(/^The job summary could not be written: /);
    // The outputs are still written.
    expect(result.outputs.ok).toBe('false');
  });

  it('a run that ends without a report fails closed', async () => {
    const result = await runWith({ INPUT_FILES: 'a' }, [], async () => setOutputs({ ok: true }));
    expect(result.exitCode).toBe(1);
    expect(errorLine(result.stdout)).toBe('Internal error: demo ended without writing its report.');
    expect(result.summary).toMatch(/internal error/);
  });
});
