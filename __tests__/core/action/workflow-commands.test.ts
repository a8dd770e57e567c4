/*
 * core/action speaks to the runner through @actions/core (workflow-commands.ts). These tests
 * read back what the runner reads: command lines parsed the way the runner parses them
 * (actions/runner, ActionCommand.TryParseV2 and its unescaping of data and properties), the
 * GITHUB_OUTPUT file parsed by the emulated runner's parser, the summary file, and the refusals
 * of an environment that is not a runner's.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as commands from '../../../src/core/action/workflow-commands.js';
import { RunnerProtocolError } from '../../../src/core/action/workflow-commands.js';
import { parseFileCommand } from '../../../src/emulator/runner.js';

/** Everything `fn` writes to stdout, and nothing of it reaches the test's own output. */
async function stdoutOf(fn: () => unknown): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

/** Runs `fn` with the given environment variables set (undefined: unset), then restores them. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): Promise<Awaited<T>> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/**
 * One stdout line as the runner reads it: `::command key=value,…::data`, with `%0D`, `%0A` and
 * `%25` unescaped in the data and, in property values, `%3A` and `%2C` as well (`%25` last, so
 * an escaped `%250A` stays the text `%0A`). Undefined for a line that is no command.
 */
function readCommand(line: string): RunnerCommand | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  const unescape = (text: string, property: boolean) => {
    let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return out.replace(/%25/g, '%');
  };
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { command, properties, data: unescape(line.slice(end + 2), false) };
}

/** The commands of everything `fn` writes, one per line; a line of text is command `text`. */
async function commandsOf(fn: () => unknown): Promise<RunnerCommand[]> {
  const out = await stdoutOf(fn);
  expect(out.endsWith(os.EOL)).toBe(true);
  return out
    .slice(0, -os.EOL.length)
    .split(os.EOL)
    .map((line) => readCommand(line) ?? { command: 'text', properties: {}, data: line });
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

describe('workflow commands on stdout, as the runner reads them', () => {
  it.each(TRICKY)('an annotation with every property reads back exactly: %j', async (message) => {
    const where = {
      title: 'x: y, z%',
      file: 'dir/a,b:c.md',
      startLine: 7,
      endLine: 9,
      startColumn: 2,
      endColumn: 5,
    };
    for (const kind of ['error', 'warning', 'notice'] as const) {
      expect(await commandsOf(() => commands[kind](message, where))).toEqual([
        {
          command: kind,
          properties: {
            title: 'x: y, z%',
            file: 'dir/a,b:c.md',
            line: '7',
            endLine: '9',
            col: '2',
            endColumn: '5',
          },
          data: message,
        },
      ]);
    }
  });

  it.each(TRICKY)('debug, masks and failures read back exactly, each on one line: %j', async (message) => {
    expect(await commandsOf(() => commands.debug(message))).toEqual([
      { command: 'debug', properties: {}, data: message },
    ]);
    expect(await commandsOf(() => commands.setSecret(message))).toEqual([
      { command: 'add-mask', properties: {}, data: message },
    ]);
    const before = process.exitCode;
    try {
      process.exitCode = undefined;
      expect(await commandsOf(() => commands.setFailed(message))).toEqual([
        { command: 'error', properties: {}, data: message },
      ]);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
    }
  });

  it('a message can never start a command of its own', async () => {
    const out = await stdoutOf(() => commands.error('bad\n::add-mask::oops', { file: 'a:b', startLine: 2 }));
    expect(out).toBe('::error file=a%3Ab,line=2::bad%0A::add-mask::oops' + os.EOL);
  });

  it('leaves out properties without a value (no stray space, no line 0)', async () => {
    expect(await stdoutOf(() => commands.error('m', { title: '', file: undefined, startLine: 0 }))).toBe(
      '::error::m' + os.EOL,
    );
    expect(await stdoutOf(() => commands.warning('m'))).toBe('::warning::m' + os.EOL);
  });

  it('a group folds the lines written inside it, and ends when its function throws', async () => {
    const lines = await commandsOf(async () => {
      await commands.group('one', async () => commands.info('inside'));
      await commands.group('two', async () => Promise.reject(new Error('no'))).catch(() => undefined);
    });
    expect(lines.map((c) => [c.command, c.data])).toEqual([
      ['group', 'one'],
      ['text', 'inside'],
      ['endgroup', ''],
      ['group', 'two'],
      ['endgroup', ''],
    ]);
  });
});

describe('inputs as the runner passes them', () => {
  it('reads INPUT_<NAME> untrimmed, and tells an unset input from a blank one', async () => {
    await withEnv(
      { 'INPUT_VERSION-FILES': '  a\n  b\n', INPUT_BLANK: '', INPUT_WITH_SPACE: 'x', INPUT_UNSET: undefined },
      () => {
        expect(commands.getInput('version-files')).toBe('  a\n  b\n');
        expect(commands.getInput('blank')).toBe('');
        expect(commands.getInput('with space')).toBe('x');
        expect(commands.getInput('unset')).toBeUndefined();
      },
    );
  });
});

describe('outputs', () => {
  it("are read back exactly by the runner's parser, whatever lines and signs a value holds", async () => {
    const file = path.join(dir, 'output');
    fs.writeFileSync(file, '');
    const values: Record<string, string> = {
      ok: 'false',
      reason: 'line 1\nline=2\n\nghadelimiter_not-the-one',
      empty: '',
      report: '[{"a":"b=c"}]',
      percent: '100%0A %25',
    };
    await withEnv({ GITHUB_OUTPUT: file }, () => {
      for (const [name, value] of Object.entries(values)) commands.setOutput(name, value);
    });
    expect(parseFileCommand(fs.readFileSync(file, 'utf8'))).toEqual(values);
    // Each value between two lines holding one random delimiter, as the runner expects.
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^ok<<(ghadelimiter_[0-9a-f-]{36})\nfalse\n\1\n/);
  });

  it('are refused when GITHUB_OUTPUT names a file that does not exist (not a runner)', async () => {
    const missing = path.join(dir, 'missing');
    const attempt = () => withEnv({ GITHUB_OUTPUT: missing }, () => commands.setOutput('ok', 'true'));
    await expect(attempt()).rejects.toThrow(
      `GITHUB_OUTPUT names ${missing}, which does not exist: output 'ok' was not written`,
    );
    await expect(attempt()).rejects.toMatchObject({ code: 'NO_OUTPUT_FILE' });
    await expect(attempt()).rejects.toBeInstanceOf(RunnerProtocolError);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('fall back to the set-output command without GITHUB_OUTPUT', async () => {
    const out = await withEnv({ GITHUB_OUTPUT: undefined }, () =>
      stdoutOf(() => commands.setOutput('n', 'v\nw')),
    );
    expect(out).toBe(os.EOL + '::set-output name=n::v%0Aw' + os.EOL);
  });
});

describe('the job summary', () => {
  it('is appended to, with a line end, in the file GITHUB_STEP_SUMMARY names at each call', async () => {
    const first = path.join(dir, 'first.md');
    const second = path.join(dir, 'second.md');
    fs.writeFileSync(first, 'before\n');
    fs.writeFileSync(second, '');
    await withEnv({ GITHUB_STEP_SUMMARY: first }, () => commands.appendSummary('### title\n\n| a |'));
    // A second run in the same process (the root preflight composes two actions) writes where
    // its own environment says, not where the first run wrote.
    await withEnv({ GITHUB_STEP_SUMMARY: second }, () => commands.appendSummary('second run'));
    expect(fs.readFileSync(first, 'utf8')).toBe('before\n### title\n\n| a |' + os.EOL);
    expect(fs.readFileSync(second, 'utf8')).toBe('second run' + os.EOL);
  });

  it('is refused without GITHUB_STEP_SUMMARY, and when the file cannot be written; a failed text is not repeated later', async () => {
    await withEnv({ GITHUB_STEP_SUMMARY: undefined }, async () => {
      await expect(commands.appendSummary('x')).rejects.toMatchObject({
        code: 'NO_SUMMARY_FILE',
        message: 'GITHUB_STEP_SUMMARY is not set, so the job summary cannot be written (is this a runner?)',
      });
    });
    const missing = path.join(dir, 'no-such-dir', 'summary.md');
    await withEnv({ GITHUB_STEP_SUMMARY: missing }, async () => {
      await expect(commands.appendSummary('lost')).rejects.toMatchObject({
        code: 'SUMMARY_NOT_WRITTEN',
        message: `the job summary file ${missing} (GITHUB_STEP_SUMMARY) cannot be read and written`,
      });
    });
    const file = path.join(dir, 'summary.md');
    fs.writeFileSync(file, '');
    await withEnv({ GITHUB_STEP_SUMMARY: file }, () => commands.appendSummary('kept'));
    expect(fs.readFileSync(file, 'utf8')).toBe('kept' + os.EOL);
  });
});
