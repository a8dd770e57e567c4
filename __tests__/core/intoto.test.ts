/* core/intoto.ts: the one reader of in-toto statements and their ResourceDescriptors. */
import fc from 'fast-check';
import {
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V01,
  IN_TOTO_STATEMENT_V1,
  InTotoError,
  parseStatement,
  readResourceDescriptor,
} from '../../src/core/intoto.js';
import { quote } from '../../src/core/quote.js';

const payload = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const statement = (extra: Record<string, unknown> = {}) => ({
  _type: IN_TOTO_STATEMENT_V1,
  subject: [
    { uri: 'pkg:github/o/r@v1', digest: { sha1: 'a'.repeat(40) } },
    { name: 'app.tgz', digest: { sha256: 'b'.repeat(64) } },
  ],
  predicateType: 'https://in-toto.io/attestation/release/v0.2',
  predicate: { tag: 'v1' },
  ...extra,
});

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof InTotoError) return error.code;
    throw error;
  }
  return undefined;
};

describe('parseStatement', () => {
  it('reads a v1 statement: subjects by uri and by name, with their digests, in order', () => {
    const s = parseStatement(IN_TOTO_PAYLOAD_TYPE, payload(statement()));
    expect(s.type).toBe(IN_TOTO_STATEMENT_V1);
    expect(s.subjects).toEqual([
      { uri: 'pkg:github/o/r@v1', digest: { sha1: 'a'.repeat(40) } },
      { name: 'app.tgz', digest: { sha256: 'b'.repeat(64) } },
    ]);
    expect(s.subjectProblems).toEqual([]);
    expect(s.predicate).toEqual({ tag: 'v1' });
    expect(
      parseStatement(IN_TOTO_PAYLOAD_TYPE, payload(statement({ _type: IN_TOTO_STATEMENT_V01 }))).type,
    ).toBe(IN_TOTO_STATEMENT_V01);
  });

  it('refuses what is not a statement, each with its code', () => {
    expect(codeOf(() => parseStatement('application/json', payload(statement())))).toBe('PAYLOAD_TYPE');
    expect(codeOf(() => parseStatement(IN_TOTO_PAYLOAD_TYPE, payload('{not json')))).toBe('NOT_JSON');
    expect(codeOf(() => parseStatement(IN_TOTO_PAYLOAD_TYPE, payload('[1]')))).toBe('NOT_STATEMENT');
    for (const extra of [
      { _type: 'https://in-toto.io/Statement/v2' },
      { subject: 'app.tgz' },
      { predicateType: '' },
      { predicateType: 3 },
      { predicate: [] },
    ]) {
      expect(codeOf(() => parseStatement(IN_TOTO_PAYLOAD_TYPE, payload(statement(extra))))).toBe(
        'NOT_STATEMENT',
      );
    }
  });

  it('keeps a malformed subject, drops only its mistyped fields, and says which', () => {
    const s = parseStatement(
      IN_TOTO_PAYLOAD_TYPE,
      payload(statement({ subject: [{ name: 5, uri: ['x'], digest: { sha256: 7, sha1: 'c' } }, 'x'] })),
    );
    expect(s.subjects).toEqual([{ digest: { sha1: 'c' } }, { digest: {} }]);
    expect(s.subjectProblems).toEqual([
      "a subject's name is not a string (5)",
      'a subject\'s uri is not a string (["x"])',
      "a subject's sha256 digest is not a string (7)",
      'a subject is not an object ("x")',
    ]);
  });

  it('readResourceDescriptor: a digest that is not an object is a problem', () => {
    expect(readResourceDescriptor({ name: 'a', digest: 'sha256:00' }).problems).toEqual([
      'a subject\'s digest is not an object ("sha256:00")',
    ]);
  });
});

describe('quote', () => {
  it('is JSON and at most 120 characters, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const q = quote(value);
        expect(q.length).toBeLessThanOrEqual(120);
        expect(q).not.toMatch(/[\n\r]/);
      }),
    );
    expect(quote('a\nb')).toBe('"a\\nb"');
  });
});
