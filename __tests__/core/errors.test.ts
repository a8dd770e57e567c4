import { failureMessage } from '../../src/core/action/run.js';
import {
  BaseError,
  causeChain,
  ChecksFailedError,
  ConfigurationError,
  InternalError,
  messageWithCauses,
  networkFailure,
} from '../../src/core/errors.js';
import { explainHttpError, PaginationError, TransientError } from '../../src/core/github/client.js';
import { resolveInWorkspace } from '../../src/core/paths.js';
import { closedPort } from '../helpers/closed-port.js';

/** A system error as Node's net module makes one (fields as documented for SystemError). */
function systemError(code: string, fields: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${code} (test)`), { code, ...fields });
}

/** fetch's shape: `TypeError: fetch failed` whose cause is the system error. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

describe('typed errors', () => {
  it('every class carries a code from its union and its own name', () => {
    const cases: [BaseError<string>, string, string][] = [
      [new ConfigurationError('bad'), 'INVALID_INPUT', 'ConfigurationError'],
      [new ConfigurationError('gone', { code: 'FILE_NOT_FOUND' }), 'FILE_NOT_FOUND', 'ConfigurationError'],
      [new ChecksFailedError('no'), 'CHECKS_FAILED', 'ChecksFailedError'],
      [new TransientError('cut'), 'INCOMPLETE_RESPONSE', 'TransientError'],
      [new PaginationError('short'), 'INCOMPLETE_LISTING', 'PaginationError'],
      [explainHttpError({ status: 404 }, 'Reading', 'contents: read'), 'NOT_PERMITTED', 'GitHubRequestError'],
      [
        explainHttpError({ status: 422 }, 'Reading', 'contents: read'),
        'REQUEST_FAILED',
        'GitHubRequestError',
      ],
    ];
    for (const [error, code, name] of cases) {
      expect(error).toBeInstanceOf(BaseError);
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
    }
  });

  it('a missing file is told apart from an escape by its code, not its words', () => {
    const attempt = (given: string) => {
      try {
        resolveInWorkspace('version-files', given, { root: process.cwd() });
      } catch (error) {
        return (error as ConfigurationError).code;
      }
      return 'resolved';
    };
    expect(attempt('no-such-file.json')).toBe('FILE_NOT_FOUND');
    expect(attempt('../outside.json')).toBe('OUTSIDE_WORKSPACE');
    expect(attempt('a\0b')).toBe('OUTSIDE_WORKSPACE');
    expect(attempt('package.json')).toBe('resolved');
  });

  it('ConfigurationError lists several problems one a line, and keeps them', () => {
    const error = new ConfigurationError(['a is bad', 'b is bad']);
    expect(error.problems).toEqual(['a is bad', 'b is bad']);
    expect(error.message).toBe('2 configuration problems:\n- a is bad\n- b is bad');
  });

  it('walks causes without looping on a cycle', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(causeChain(b)).toEqual([b, a]);
    expect(messageWithCauses(b)).toBe('b: a');
  });
});

describe('network failures', () => {
  it('recognises refused, not found, reset and timeouts through fetch and octokit wrapping', () => {
    const refused = systemError('ECONNREFUSED', { address: '127.0.0.1', port: 9 });
    const octokit = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      status: 500,
      cause: fetchFailed(refused),
    });
    expect(networkFailure(octokit)).toEqual({
      host: '127.0.0.1:9',
      reason: 'connection refused (ECONNREFUSED)',
    });
    expect(networkFailure(fetchFailed(systemError('ENOTFOUND', { hostname: 'api.example.test' })))).toEqual({
      host: 'api.example.test',
      reason: 'host name not found (ENOTFOUND)',
    });
    expect(networkFailure(fetchFailed(systemError('ECONNRESET')))?.reason).toBe(
      'connection reset (ECONNRESET)',
    );
    expect(networkFailure(fetchFailed(systemError('UND_ERR_CONNECT_TIMEOUT')))?.reason).toBe(
      'connection timed out (UND_ERR_CONNECT_TIMEOUT)',
    );
    // Happy eyeballs: one AggregateError for every address tried.
    const both = Object.assign(
      new AggregateError([systemError('ECONNREFUSED', { address: '::1', port: 9 })]),
      {
        code: 'ECONNREFUSED',
      },
    );
    expect(networkFailure(fetchFailed(both))?.host).toBe('[::1]:9');
  });

  it('is not fooled by other errors, nor by words in a message', () => {
    expect(networkFailure(new Error('connect ECONNREFUSED 127.0.0.1:9'))).toBeUndefined();
    expect(networkFailure(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
    expect(networkFailure({ status: 500 })).toBeUndefined();
    expect(networkFailure(undefined)).toBeUndefined();
  });

  it('the boundary says which host could not be reached, never "Internal error"', () => {
    const unreachable = new TransientError(
      'could not reach api.example.test: connection refused (ECONNREFUSED)',
      {
        code: 'UNREACHABLE',
        host: 'api.example.test',
      },
    );
    // Wrapped by a caller that says what it was doing: the message is kept as it is.
    const wrapped = explainHttpError(unreachable, 'Listing runs of ci.yml', 'actions: read');
    expect(failureMessage(wrapped)).toBe(
      'Listing runs of ci.yml: could not reach api.example.test: connection refused (ECONNREFUSED)',
    );
    // Wrapped by one that dropped the words: they come back in front.
    expect(failureMessage(new Error('signing failed', { cause: unreachable }))).toBe(
      'could not reach api.example.test: connection refused (ECONNREFUSED) (signing failed)',
    );
    // A raw failure from another client (fetch, sigstore-js) is recognised by its code.
    const raw = new Error('error creating signing certificate', {
      cause: fetchFailed(systemError('ECONNREFUSED', { address: '127.0.0.1', port: 9 })),
    });
    expect(failureMessage(raw)).toBe(
      'could not reach 127.0.0.1:9: connection refused (ECONNREFUSED) (error creating signing certificate)',
    );
  });

  it('the boundary keeps its other kinds of failure; "Internal error" is left for bugs', () => {
    expect(failureMessage(new ConfigurationError('bad'))).toBe('Configuration error: bad');
    expect(failureMessage(new ChecksFailedError('x: 1 check failed'))).toBe('x: 1 check failed');
    expect(failureMessage(new TypeError('x is not a function'))).toBe('Internal error: x is not a function');
    expect(failureMessage(new InternalError('an invariant broke'))).toBe(
      'Internal error: an invariant broke',
    );
    // Thrown on purpose: a known failure, with its own words (it was "Internal error: …").
    expect(failureMessage(new TransientError('GitHub sent 1 of 2 bytes'))).toBe('GitHub sent 1 of 2 bytes');
    // With a fix, wherever it is in the cause chain.
    const fixed = new ConfigurationError('x');
    class Demo extends BaseError<'DEMO'> {}
    const known = new Demo('DEMO', 'GitHub refused the upload', { fix: 'Grant contents: write.' });
    expect(failureMessage(known)).toBe('GitHub refused the upload\nFix: Grant contents: write.');
    expect(failureMessage(new Error('staging failed', { cause: known }))).toBe(
      'GitHub refused the upload (staging failed)\nFix: Grant contents: write.',
    );
    expect(fixed.fix).toBeUndefined();
  });

  it('a real refused connection is recognised (no mock: a closed loopback port)', async () => {
    const port = await closedPort();
    const error = await fetch(`http://127.0.0.1:${port}/`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(networkFailure(error)).toEqual({
      host: `127.0.0.1:${port}`,
      reason: 'connection refused (ECONNREFUSED)',
    });
  });
});
