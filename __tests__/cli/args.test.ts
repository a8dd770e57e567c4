/* The CLI's argument and message helpers, in-process (main.test.ts drives them through the bundle). */
import { envUrl, flagValue, parseArgs, parseFlags } from '../../src/cli/args.js';
import { failureText, UsageError } from '../../src/cli/errors.js';

describe('flagValue and parseArgs', () => {
  it('takes the next argument, or the inline one, but never another option', () => {
    expect(flagValue('bundle', ['--bundle', 'b.json'], 0, undefined)).toBe('b.json');
    expect(flagValue('bundle', ['--bundle=--b'], 0, '--b')).toBe('--b');
    expect(() => flagValue('bundle', ['--bundle', '--key'], 0, undefined)).toThrow(
      new UsageError('--bundle needs a value'),
    );
    expect(() => flagValue('bundle', ['--bundle'], 0, undefined)).toThrow('--bundle needs a value');
  });

  it('reads flags and exactly one positional', () => {
    const { flags, positional } = parseArgs(['--bundle', 'b', '--key=k', 'file'], ['bundle', 'key']);
    expect(Object.fromEntries(flags)).toEqual({ bundle: 'b', key: 'k' });
    expect(positional).toBe('file');
    expect(() => parseArgs(['a', 'b'], [])).toThrow('expected exactly one FILE argument, got 2');
  });
});

describe('switches and --offline', () => {
  it('reads a switch as true, and gives --offline to every command that takes --trusted-root', () => {
    const verify = parseArgs(['--offline', '--deny', 'f'], ['trusted-root'], ['deny']);
    expect([...verify.flags]).toEqual([
      ['offline', 'true'],
      ['deny', 'true'],
    ]);
    expect(() => parseArgs(['--offline', 'f'], ['bundle'])).toThrow('unknown option --offline');
  });

  it('refuses a switch given a value, or given twice', () => {
    expect(() => parseArgs(['--offline=yes', 'f'], ['trusted-root'])).toThrow('--offline takes no value');
    expect(() => parseArgs(['--offline', '--offline', 'f'], ['trusted-root'])).toThrow(
      '--offline given twice',
    );
  });

  it('parseFlags takes any number of positional arguments, and -- ends the flags', () => {
    expect(parseFlags(['a', '--repo', 'o/r', '--', '--b'], ['repo']).positional).toEqual(['a', '--b']);
  });
});

describe('envUrl', () => {
  it('accepts http(s) URLs without their trailing slash, and names the variable otherwise', () => {
    expect(envUrl('GITHUB_API_URL', 'https://api.github.com', {})).toBe('https://api.github.com');
    expect(
      envUrl('GITHUB_API_URL', 'https://api.github.com', { GITHUB_API_URL: 'http://127.0.0.1:8/' }),
    ).toBe('http://127.0.0.1:8');
    for (const bad of ['api.github.com', 'ftp://x', 'file:///etc/passwd']) {
      expect(() => envUrl('GITHUB_API_URL', 'https://api.github.com', { GITHUB_API_URL: bad })).toThrow(
        `GITHUB_API_URL is ${JSON.stringify(bad)}, which is not an http(s) URL (such as https://api.github.com)`,
      );
    }
  });
});

describe('failureText', () => {
  it('gives the causes a wrapper hides, and the host of a connection that failed', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 9,
    });
    const wrapped = new Error('error creating signing certificate', {
      cause: new Error('fetch failed', { cause: refused }),
    });
    expect(failureText(wrapped)).toBe(
      'error creating signing certificate: could not reach 127.0.0.1:9: connection refused (ECONNREFUSED)',
    );
    expect(failureText(new Error('outer', { cause: new Error('inner') }))).toBe('outer: inner');
  });
});
