/* parseReference: property tests (any line either parses whole or is refused with the accepted form). */
import fc from 'fast-check';
import { npmPackFileName } from '../../../src/core/digest-sources/npm.js';
import { cratesIndexPath } from '../../../src/core/digest-sources/crates.js';
import { parseReference, REFERENCE_FORMS } from '../../../src/core/digest-sources/source.js';

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
    fc.assert(
      fc.property(
        fc.constantFrom('pypi:', 'crates:', 'npm:'),
        fc.string({ maxLength: 30 }),
        (scheme, rest) => {
          try {
            const ref = parseReference(scheme + rest);
            const parts =
              ref.kind === 'pypi'
                ? [ref.project, ref.version]
                : ref.kind === 'crates'
                  ? [ref.crate, ref.version]
                  : ref.kind === 'npm'
                    ? [ref.name.replace(/^@[^/]+\//, ''), ref.version]
                    : [];
            for (const part of parts) expect(part).not.toMatch(/[/?#%\\\s]|^\.\.?$/);
          } catch {
            // refused: fine
          }
        },
      ),
      { numRuns: 2000 },
    );
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
