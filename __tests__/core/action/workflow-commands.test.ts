/*
 * core/action writes the runner's protocol itself (workflow-commands.ts) instead of loading
 * @actions/core at start-up. These tests hold it to the protocol: the same lines @actions/core
 * writes for the same calls (it is still installed, under @actions/github and tool-cache), outputs
 * that the runner's parser reads back exactly, and the refusals of a broken environment.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as toolkit from '@actions/core';
import * as commands from '../../../src/core/action/workflow-commands.js';
import { parseFileCommand } from '../../../src/emulator/runner.js';

/** Everything `fn` writes to stdout, and nothing of it reaches the test's own output. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

/** Runs `fn` with the given environment variables set (undefined: unset), then restores them. */
function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    return fn();
  } finally {
    apply(saved);
  }
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-commands-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

// Messages a command could be broken by: percent signs, line ends, the separators of properties.
const TRICKY = ['plain', '100% done', 'two\nlines', 'cr\r\nlf', 'a::b,c:d', '%0A already encoded', ''];

describe('workflow commands on stdout', () => {
  it('writes the same lines as @actions/core for errors, warnings, debug, masks and log lines', () => {
    for (const message of TRICKY) {
      const where = { title: 'x: y, z', file: 'dir/a,b:c.md', startLine: 7 };
      expect(stdoutOf(() => commands.error(message, where))).toBe(
        stdoutOf(() => toolkit.error(message, where)),
      );
      expect(stdoutOf(() => commands.error(message))).toBe(stdoutOf(() => toolkit.error(message)));
      expect(stdoutOf(() => commands.warning(message, { file: 'f' }))).toBe(
        stdoutOf(() => toolkit.warning(message, { file: 'f' })),
      );
      expect(stdoutOf(() => commands.debug(message))).toBe(stdoutOf(() => toolkit.debug(message)));
      expect(stdoutOf(() => commands.setSecret(message))).toBe(stdoutOf(() => toolkit.setSecret(message)));
      expect(stdoutOf(() => commands.info(message))).toBe(stdoutOf(() => toolkit.info(message)));
    }
  });

  it('escapes line ends, so a message can never start a command of its own', () => {
    const line = stdoutOf(() => commands.error('bad\n::add-mask::oops', { file: 'a:b', startLine: 2 }));
    expect(line).toBe('::error file=a%3Ab,line=2::bad%0A::add-mask::oops' + os.EOL);
    expect(line.trimEnd().split('\n')).toHaveLength(1);
  });

  it('leaves out properties without a value', () => {
    expect(stdoutOf(() => commands.error('m', { title: '', file: undefined, startLine: 0 }))).toBe(
      '::error::m' + os.EOL,
    );
  });

  it('setFailed sets exit code 1 and writes the message as an error', () => {
    const before = process.exitCode;
    try {
      process.exitCode = undefined;
      expect(stdoutOf(() => commands.setFailed('it failed\nhere'))).toBe(
        '::error::it failed%0Ahere' + os.EOL,
      );
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
    }
  });
});

describe('outputs', () => {
  it("are read back exactly by the runner's parser, whatever lines and signs a value holds", () => {
    const file = path.join(dir, 'output');
    fs.writeFileSync(file, '');
    const values: Record<string, string> = {
      ok: 'false',
      reason: 'line 1\nline=2\n\nghadelimiter_not-the-one',
      empty: '',
      report: '[{"a":"b=c"}]',
    };
    withEnv({ GITHUB_OUTPUT: file }, () => {
      for (const [name, value] of Object.entries(values)) commands.setOutput(name, value);
    });
    expect(parseFileCommand(fs.readFileSync(file, 'utf8'))).toEqual(values);
  });

  it('are written in the same form as @actions/core writes them (apart from the random delimiter)', () => {
    const ours = path.join(dir, 'ours');
    const theirs = path.join(dir, 'theirs');
    fs.writeFileSync(ours, '');
    fs.writeFileSync(theirs, '');
    const value = 'a\nb%\r\nc';
    withEnv({ GITHUB_OUTPUT: ours }, () => commands.setOutput('name', value));
    withEnv({ GITHUB_OUTPUT: theirs }, () => toolkit.setOutput('name', value));
    const normal = (f: string) =>
      fs.readFileSync(f, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    expect(normal(ours)).toBe(normal(theirs));
    expect(fs.readFileSync(ours, 'utf8')).toMatch(/^name<<ghadelimiter_[0-9a-f-]{36}\n/);
  });

  it('are refused when GITHUB_OUTPUT names a file that does not exist (not a runner)', () => {
    const missing = path.join(dir, 'missing');
    expect(() => withEnv({ GITHUB_OUTPUT: missing }, () => commands.setOutput('ok', 'true'))).toThrow(
      `GITHUB_OUTPUT names ${missing}, which does not exist: output 'ok' was not written`,
    );
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('fall back to the set-output command without GITHUB_OUTPUT, as @actions/core does', () => {
    const ours = withEnv({ GITHUB_OUTPUT: undefined }, () => stdoutOf(() => commands.setOutput('n', 'v\nw')));
    const theirs = withEnv({ GITHUB_OUTPUT: undefined }, () =>
      stdoutOf(() => toolkit.setOutput('n', 'v\nw')),
    );
    expect(ours).toBe(theirs);
    expect(ours).toBe(os.EOL + '::set-output name=n::v%0Aw' + os.EOL);
  });
});

describe('the job summary', () => {
  it('is appended to, with a line end, as @actions/core appends it', async () => {
    const ours = path.join(dir, 'ours.md');
    const theirs = path.join(dir, 'theirs.md');
    fs.writeFileSync(ours, 'before\n');
    fs.writeFileSync(theirs, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = ours;
    try {
      await commands.appendSummary('### title\n\n| a |');
      process.env.GITHUB_STEP_SUMMARY = theirs;
      await toolkit.summary.addRaw('### title\n\n| a |', true).write();
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
    expect(fs.readFileSync(ours, 'utf8')).toBe('before\n### title\n\n| a |' + os.EOL);
    expect(fs.readFileSync(ours, 'utf8')).toBe(fs.readFileSync(theirs, 'utf8'));
  });

  it('is refused without GITHUB_STEP_SUMMARY, and when the file cannot be written', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(commands.appendSummary('x')).rejects.toThrow(
      'GITHUB_STEP_SUMMARY is not set, so the job summary cannot be written',
    );
    const missing = path.join(dir, 'no-such-dir', 'summary.md');
    process.env.GITHUB_STEP_SUMMARY = missing;
    try {
      await expect(commands.appendSummary('x')).rejects.toThrow(
        `the job summary file ${missing} (GITHUB_STEP_SUMMARY) cannot be read and written`,
      );
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
  });
});
