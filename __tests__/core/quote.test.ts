/* quote (core/quote.ts): a foreign value in a message is a JSON string literal, cut short. */
import fc from 'fast-check';
import { MAX_QUOTED_CHARS, quote } from '../../src/core/quote.js';

describe('quote', () => {
  it('escapes control characters and workflow-command text, and cuts long values', () => {
    expect(quote('a\nb\u001b[31m')).toBe('"a\\nb\\u001b[31m"');
    expect(quote('::error::x\r\n::set-output')).not.toMatch(/[\r\n]/);
    expect(quote('a\u2028b')).toBe('"a\\u2028b"');
    expect(quote('x'.repeat(500))).toBe(JSON.stringify(`${'x'.repeat(MAX_QUOTED_CHARS)}…`));
  });

  it('never yields a line break, and never more than the bound (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const quoted = quote(value);
        expect(quoted).not.toMatch(/[\r\n\u2028\u2029]/);
        expect((JSON.parse(quoted) as string).length).toBeLessThanOrEqual(MAX_QUOTED_CHARS + 1);
      }),
    );
  });
});
