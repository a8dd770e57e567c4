/* Tag pattern inclusion: certain answers only, never a false "covered". */
import {
  patternCovers,
  patternsMayOverlap,
  tagPatternProblem,
} from '../../../../src/core/audit/settings/patterns.js';

describe('patternCovers', () => {
  it.each([
    ['v*', 'v*'],
    ['v*', 'v[0-9]+.[0-9]+.[0-9]+'],
    ['v*', 'v1.*'],
    ['**', 'pkg/v*'],
    ['pkg/**', 'pkg/v*'],
    ['v1.2.3', 'v1.2.3'],
    ['*', 'v*'],
  ])('%s covers %s', (outer, inner) => expect(patternCovers(outer, inner)).toBe(true));

  it.each([
    ['v1.*', 'v*'], // narrower outer
    ['v*', '*'],
    ['v*', 'v**'], // ** crosses '/', * does not
    ['v*', 'v*/x'],
    ['*', 'pkg/v*'],
    ['v?', 'v?'], // ? means different things in the two syntaxes
    ['v*', '!v1'],
    ['v[0-9]*', 'v1*'], // only PREFIX* or PREFIX** outers are decided
    ['v1.2.3', 'v1.2.4'],
    ['v*', 'v[^a]'], // a negated class may hold '/'
  ])('%s does not cover %s', (outer, inner) => expect(patternCovers(outer, inner)).toBe(false));
});

describe('patternsMayOverlap', () => {
  it('says yes when unsure and no only when the prefixes part', () => {
    expect(patternsMayOverlap('v0*', 'v*')).toBe(true);
    expect(patternsMayOverlap('v*', 'v0*')).toBe(true);
    expect(patternsMayOverlap('nightly-*', 'v*')).toBe(false);
    expect(patternsMayOverlap('v1', 'v2')).toBe(false);
  });
});

describe('tagPatternProblem', () => {
  it('refuses an empty pattern, a negation and spaces, naming the input', () => {
    expect(tagPatternProblem('tag-pattern', 'v*')).toBeUndefined();
    for (const bad of ['', ' v*', '!v*', 'v* x*'])
      expect(tagPatternProblem('tag-pattern', bad)).toContain("Input 'tag-pattern'");
  });
});
