/* parseReference: property tests (any line either parses whole or is refused with the accepted form). */
import fc from 'fast-check';
import { npmPackFileName } from '../../../src/core/digest-sources/npm.js';
import { cratesIndexPath } from '../../../src/core/digest-sources/crates.js';
import {
  parseReference,
  type Reference,
  REFERENCE_FORMS,
  ReferenceSyntaxError,
} from '../../../src/core/digest-sources/reference.js';

/** The parts of a reference that are put into a URL path. */
function urlParts(ref: Reference): string[] {
  switch (ref.kind) {
    case 'pypi':
      return [ref.project, ref.version];
    case 'crates':
      return [ref.crate, ref.version];
    case 'npm':
      return [...ref.name.replace(/^@/, '').split('/'), ref.version];
    default:
      return [];
  }
}

const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const word = fc.array(alnum, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
const semver = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map(([a, b, c]) => `${a}.${b}.${c}`);

describe('parseReference', () => {
  it('any line parses (keeping the line as written) or is refused naming the accepted form', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (line) => {
        try {
          const ref = parseReference(line);
          expect(ref.raw).toBe(line.trim());
        } catch (error) {
          expect((error as Error).message).toMatch(/; expected /);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a name or version climb out of its URL path segment', () => {
    // Each line either parses, and then every part put into a URL is one safe segment, or is
    // refused with the accepted form. The two outcomes are checked apart: an assertion inside
    // a catch-all would be swallowed, and the property could never fail.
    // Lines shaped like a reference (scheme, name, separator, version), made of the pieces that
    // climb out of a path segment, so the parse path is taken often, not only the refusals.
    const piece = fc
      .array(fc.constantFrom('..', '.', 'a', 'B', '1', '/', '%2f', '?', '#', '\\', ' ', '@'), {
        minLength: 1,
        maxLength: 5,
      })
      .map((a) => a.join(''));
    const lines = fc.oneof(
      fc
        .tuple(fc.constantFrom('pypi:', 'crates:', 'npm:'), fc.string({ maxLength: 30 }))
        .map(([s, r]) => s + r),
      fc.tuple(piece, piece).map(([name, version]) => `pypi:${name}==${version}`),
      fc.tuple(piece, piece).map(([name, version]) => `crates:${name}@${version}`),
      fc
        .tuple(fc.option(piece), piece, piece)
        .map(([scope, name, version]) => `npm:${scope === null ? '' : `@${scope}/`}${name}@${version}`),
    );
    fc.assert(
      fc.property(lines, (line) => {
        let ref: Reference;
        try {
          ref = parseReference(line);
        } catch (error) {
          expect(error).toBeInstanceOf(ReferenceSyntaxError);
          expect((error as Error).message).toMatch(/; expected (pypi|crates|npm):/);
          return;
        }
        for (const part of urlParts(ref)) expect(part).not.toMatch(/[/?#%\\\s]|^\.\.?$/);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    'pypi:../evil==1.0',
    'pypi:evil==../1.0',
    'pypi:evil==1.0/../../x',
    'pypi:a%2f..==1.0',
    'crates:../evil@1.0.0',
    'crates:evil@1.0.0/..',
    'npm:../evil@1.0.0',
    'npm:@scope/../evil@1.0.0',
    'npm:@../evil@1.0.0',
    'npm:.hidden@1.0.0',
    'npm:_private@1.0.0',
    'npm:Caps/evil@1.0.0',
    'npm:@Scope/Name@1.0.0',
  ])('refuses %s, a name or version that would leave its path segment or npm never allowed', (line) => {
    expect(() => parseReference(line)).toThrow(ReferenceSyntaxError);
  });

  it("reads npm's legacy names (capitals, ~'!()*), which the registry still serves", () => {
    for (const name of ['JSONStream', 'Base64', 'crazy!', "o'reilly", 'a(b)*c'])
      expect(parseReference(`npm:${name}@1.0.0`)).toMatchObject({ kind: 'npm', name, version: '1.0.0' });
  });

  it('round-trips well-formed registry references', () => {
    fc.assert(
      fc.property(word, semver, (name, version) => {
        expect(parseReference(`pypi:${name}==${version}`)).toMatchObject({
          kind: 'pypi',
          project: name,
          version,
        });
        expect(parseReference(`npm:@${name}/${name}@${version}`)).toMatchObject({
          name: `@${name}/${name}`,
          version,
        });
        expect(npmPackFileName(`@${name}/${name}`, version)).toBe(`${name}-${name}-${version}.tgz`);
        const crate = `c${name}`;
        expect(parseReference(`crates:${crate}@${version}`)).toMatchObject({ crate, version });
        expect(cratesIndexPath(crate).endsWith(`/${crate}`)).toBe(true);
      }),
    );
  });

  it.each([
    ['pypi:foo', /does not name one exact version; expected pypi:PROJECT==VERSION/],
    ['pypi:foo>=1.0', /does not name one exact version/],
    ['crates:serde', /does not name one exact version; expected crates:CRATE@VERSION/],
    ['npm:@scope/pkg', /does not name one exact version; expected npm:NAME@VERSION/],
    ['npm:pkg@^1.0.0', /invalid version/],
    ['release:v1..2', /is not a valid tag name/],
    ['dir:', /has no path/],
    ['url:https://example.com', /has no file name/],
    [
      'gem:rails@7',
      new RegExp(
        `unknown scheme 'gem'; expected one of ${REFERENCE_FORMS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    ],
    ['just-a-name', /has no scheme/],
  ])('refuses %s', (line, message) => expect(() => parseReference(line)).toThrow(message));
});
