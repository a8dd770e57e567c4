/*
 * GitHub's filter patterns (the "Filter pattern cheat sheet") and the proof that one pattern is
 * another or narrower, which tag-trigger relies on: it must never say "narrower" wrongly.
 */
import fc from 'fast-check';
import {
  filterMatches,
  isNarrower,
  tagPatternProblems,
} from '../../../../src/core/audit/workflow/filter-pattern.js';

describe('filterMatches', () => {
  it.each([
    ['v*', 'v1.2.3', true],
    ['v*', 'v', true],
    ['v*', 'release/v1', false],
    ['v*', 'v1/x', false], // * never matches /
    ['v**', 'v1/x', true],
    ['[0-9]+.[0-9]+.[0-9]+', '14.1.1', true],
    ['[0-9]+.[0-9]+.[0-9]+', 'v14.1.1', false],
    ['v[12].*', 'v2.0', true],
    ['v[12].*', 'v3.0', false],
    ['v\\*', 'v*', true],
    ['v\\*', 'v1', false],
    ['v1.2.3', 'v1.2.3', true],
    ['v1.2.3', 'v1x2x3', false], // . is a plain character
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(filterMatches(pattern, name)).toBe(expected);
  });

  it('counts a name only when both readings of `?` match it', () => {
    // "zero or one of the preceding character": v1?.0 matches v.0 and v1.0; "zero or one single
    // character": v1?.0 matches v1.0 and v1x.0. Only what both accept counts.
    expect(filterMatches('v1?.0', 'v1.0')).toBe(true);
    expect(filterMatches('v1?.0', 'v.0')).toBe(false);
    expect(filterMatches('v1?.0', 'v1x.0')).toBe(false);
  });
});

describe('isNarrower', () => {
  it.each([
    ['v*', 'v*', true],
    ['v1.2.3', 'v*', true],
    ['v*.*.*', 'v*', true],
    ['v[0-9]+.[0-9]+.[0-9]+', 'v*', true],
    ['v2.*', 'v*', true],
    ['release/v*', 'release/*', true],
    ['v*/x', 'v**', true],
    ['*', 'v*', false],
    ['**', 'v*', false],
    ['v**', 'v*', false], // ** matches /, * does not
    ['v*/x', 'v*', false],
    ['[v]*', 'v*', false], // equal in fact, but not provably so: reported
    ['v+*', 'v*', false], // the + would apply to the prefix's v
    ['v?', 'v*', false],
    ['x1.0', 'v*', false],
    ['v1.0', 'v[0-9]*', true], // a literal the wide pattern matches
    ['v1.*', 'v[0-9]*', false], // a wide pattern that is not a literal prefix and one wildcard: not provable here
    ['v1.0', 'v1.0', true],
  ])('%s narrower than %s: %s', (narrow, wide, expected) => {
    expect(isNarrower(narrow, wide)).toBe(expected);
  });

  it('is sound: whatever it calls narrower matches no name the wider one refuses', () => {
    const piece = fc.constantFrom('v', '1', '.', '/', 'a', '*', '**', '+', '[0-9]', '[v/]', '\\*');
    const pattern = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    const name = fc
      .array(fc.constantFrom('v', '1', '.', '/', 'a', '*'), { maxLength: 8 })
      .map((n) => n.join(''));
    // Wide patterns of the provable shape (a literal prefix and one wildcard) half the time.
    const wide = fc.oneof(
      pattern,
      fc
        .tuple(fc.constantFrom('', 'v', 'v1', 'v1.'), fc.constantFrom('*', '**'))
        .map(([prefix, wildcard]) => prefix + wildcard),
    );
    let provedAndMatched = 0;
    fc.assert(
      fc.property(pattern, wide, name, (narrow, w, n) => {
        if (!isNarrower(narrow, w) || narrow === w || !filterMatches(narrow, n)) return true;
        provedAndMatched++;
        return filterMatches(w, n);
      }),
      { numRuns: 20000, seed: 23 },
    );
    // The property was exercised, not vacuous.
    expect(provedAndMatched).toBeGreaterThan(50);
  });
});

describe('tagPatternProblems', () => {
  it('accepts filter patterns and refuses what is not one, naming tag-pattern', () => {
    expect(tagPatternProblems('v*')).toEqual([]);
    expect(tagPatternProblems('[0-9]+.[0-9]+.[0-9]+')).toEqual([]);
    for (const bad of ['', ' ', '!v*', 'v[0-9', 'v[]', 'v\\', 'v[9-0]'])
      expect(tagPatternProblems(bad)).toEqual([expect.stringMatching(/^tag-pattern /)]);
  });
});

describe('literal characters a regular expression would escape', () => {
  it('matches a pattern with `-`, `@`, `/` and `.` (a `\\-` outside a class threw with the u flag)', () => {
    expect(filterMatches('release-*', 'release-1.2.3')).toBe(true);
    expect(filterMatches('octo-lib@*', 'octo-lib@1.4.0')).toBe(true);
    expect(filterMatches('octo-lib@*', 'octo-app@1.4.0')).toBe(false);
    expect(filterMatches('pkg/v[0-9].*', 'pkg/v1.2')).toBe(true);
    expect(filterMatches('pkg/v[0-9].*', 'pkg/vx.2')).toBe(false);
  });
});
