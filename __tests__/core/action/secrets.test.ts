/*
 * Secrets: masked by the runner and redacted from everything core/action writes itself, except
 * values too short to mask meaningfully (secrets.ts, MIN_SECRET_LENGTH), which would mangle every
 * message while hiding nothing.
 */
import { MIN_SECRET_LENGTH, redact, registerSecret } from '../../../src/core/action/secrets.js';

// What the tests write to stdout (the runner's commands), kept from the test's own output.
let written = '';
const write = process.stdout.write;
beforeEach(() => {
  written = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = write;
});

describe('registerSecret and redact', () => {
  it('asks the runner to mask a secret and redacts it from our own messages', () => {
    registerSecret('ghs_0123456789abcdef');
    expect(written).toBe('::add-mask::ghs_0123456789abcdef\n');
    expect(redact('token ghs_0123456789abcdef refused')).toBe('token *** refused');
  });

  it.each(['a', 'ab', 'abc'])('does not register %j: messages stay readable', (value) => {
    expect(value.length).toBeLessThan(MIN_SECRET_LENGTH);
    registerSecret(value);
    expect(written).toBe('');
    expect(redact('release abc published')).toBe('release abc published');
  });

  it('registers a value of exactly the minimum length', () => {
    const value = 'wxyz'.slice(0, MIN_SECRET_LENGTH);
    registerSecret(value);
    expect(written).toBe(`::add-mask::${value}\n`);
    expect(redact(`is ${value}`)).toBe('is ***');
  });
});
