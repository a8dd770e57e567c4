/* envNumber: the one reader of the SEALED_RELEASE_* numbers that shorten waits under test. */
import { envNumber } from '../../src/core/env.js';

describe('envNumber', () => {
  it.each([
    ['250', 250],
    ['0', 0],
    ['007', 7],
  ])('reads plain digits %j as %d', (raw, expected) => {
    expect(envNumber('SEALED_RELEASE_POLL_MS', { SEALED_RELEASE_POLL_MS: raw })).toBe(expected);
  });

  it.each(['', '-1', '1.5', '10ms', ' 10', '1e3', 'ten'])(
    'ignores %j, so the caller keeps its default',
    (raw) => {
      expect(envNumber('SEALED_RELEASE_POLL_MS', { SEALED_RELEASE_POLL_MS: raw })).toBeUndefined();
    },
  );

  it('ignores an unset variable and reads process.env by default', () => {
    expect(envNumber('SEALED_RELEASE_POLL_MS', {})).toBeUndefined();
    const before = process.env.SEALED_RELEASE_TEST_NUMBER;
    process.env.SEALED_RELEASE_TEST_NUMBER = '42';
    try {
      expect(envNumber('SEALED_RELEASE_TEST_NUMBER')).toBe(42);
    } finally {
      if (before === undefined) delete process.env.SEALED_RELEASE_TEST_NUMBER;
      else process.env.SEALED_RELEASE_TEST_NUMBER = before;
    }
  });
});
