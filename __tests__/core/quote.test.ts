/* quote(): values from files and the network reach messages escaped and bounded. */
import fc from 'fast-check';
import { MAX_QUOTED_CHARS, quote } from '../../src/core/quote.js';

describe('quote', () => {
  it('escapes control characters and workflow-command sequences as a JSON string', () => {
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote('::error::x\r\n')).toBe('"::error::x\\r\\n"');
    // Anything but a string reads as its JSON, whose strings are escaped the same way.
    expect(quote(null)).toBe('null');
    expect(quote(7)).toBe('7');
    expect(quote({ a: 'x\ny' })).toBe('{"a":"x\\ny"}');
  });

  it('is never longer than the limit, and cuts inside the quotes', () => {
    expect(quote('x'.repeat(500))).toBe(`"${'x'.repeat(117)}…"`);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 8, max: 200 }), (value, max) => {
        const quoted = quote(value, max);
        expect(quoted.length).toBeLessThanOrEqual(max);
        expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
        expect(
          quoted.includes('\n') || quoted.includes('\r') || quoted.includes(String.fromCharCode(0)),
        ).toBe(false);
      }),
    );
  });

  it('escapes what JSON leaves raw but viewers break lines at, and never yields a line break (property)', () => {
    expect(quote('a\u2028b')).toBe('"a\\u2028b"');
    expect(quote('a\nb\u001b[31m')).toBe('"a\\nb\\u001b[31m"');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const quoted = quote(value);
        expect(quoted).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(quoted.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS);
      }),
    );
  });

  it('never cuts a surrogate pair in half, and shows a BigInt or a cycle without throwing', () => {
    const text = 'a'.repeat(7) + '😀' + 'b'.repeat(20);
    expect(quote(text, 12)).toBe(`"${'a'.repeat(7)}😀…"`);
    expect(quote(text, 11)).toBe(`"${'a'.repeat(7)}…"`);
    expect(quote(10n)).toBe('10');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(quote(cycle)).toBe('[object Object]');
  });
});
