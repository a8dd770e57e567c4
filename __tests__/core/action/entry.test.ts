import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runEntry } from '../../../src/core/action/entry.js';
import { Inputs } from '../../../src/core/inputs/index.js';

/** Runs an entry in-process with the runner's file commands pointed at a temporary folder. */
async function runWith(env: Record<string, string>, ran: string[]) {
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
        parse: (read) => {
          const inputs = new Inputs(read);
          return inputs.finish({
            files: inputs.list('files', { required: 'a glob' }),
            exact: inputs.boolean('exact', false),
          });
        },
        run: async (inputs) => {
          ran.push(JSON.stringify(inputs));
        },
        refusalOutputs: { ok: false, identical: false },
      },
      process.env,
    );
    return {
      exitCode: process.exitCode,
      stdout,
      outputs: fs.readFileSync(files.GITHUB_OUTPUT, 'utf8'),
      summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  } finally {
    process.stdout.write = write;
    process.env = saved;
    process.exitCode = savedExit;
  }
}

describe('runEntry: one refusal policy', () => {
  it('runs the action with the parsed inputs when the configuration is good', async () => {
    const ran: string[] = [];
    const result = await runWith({ INPUT_FILES: 'a\nb', INPUT_EXACT: 'true' }, ran);
    expect(ran).toEqual([JSON.stringify({ files: ['a', 'b'], exact: true })]);
    expect(result.exitCode).not.toBe(1);
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
    expect(result.outputs).toMatch(/ok<<[\s\S]*false/);
    expect(result.outputs).toMatch(/reason<<[\s\S]*Input 'exact' must be a boolean/);
  });
});
