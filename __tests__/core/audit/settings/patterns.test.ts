/*
 * The settings checks' patterns: a ruleset's or a deployment policy's fnmatch pattern against the
 * release tag pattern; certain answers only, never a false "covered".
 */
import {
  fnmatchCovers,
  fnmatchWithin,
  patternsMayOverlap,
} from '../../../../src/core/audit/settings/patterns.js';

describe('fnmatchCovers (a ruleset include against tag-pattern)', () => {
  it.each([
    ['v*', 'v*'],
    ['v*', 'v[0-9]+.[0-9]+.[0-9]+'],
    ['v*', 'v1.*'],
    ['**', 'pkg/v*'],
    ['pkg/**', 'pkg/v*'],
    ['*', 'v*'],
  ])('%s covers %s', (rule, tags) => expect(fnmatchCovers(rule, tags)).toBe(true));

  it.each([
    ['v1.*', 'v*'], // narrower include
    ['v*', '*'],
    ['v*', 'v**'], // ** crosses '/', * does not
    ['*', 'pkg/v*'],
    ['v?', 'v?'], // `?` is any character in fnmatch, "the one before, optional" in a filter
    ['v[0-9]*', 'v1*'],
  ])('%s does not cover %s', (rule, tags) => expect(fnmatchCovers(rule, tags)).toBe(false));
});

describe('fnmatchWithin (a deployment tag policy against tag-pattern)', () => {
  it('accepts the same or a narrower policy, and refuses a wider one or one in fnmatch-only syntax', () => {
    expect(fnmatchWithin('v*', 'v*')).toBe(true);
    expect(fnmatchWithin('v1.*', 'v*')).toBe(true);
    expect(fnmatchWithin('*', 'v*')).toBe(false);
    expect(fnmatchWithin('v**', 'v*')).toBe(false);
    expect(fnmatchWithin('v?.*', 'v*')).toBe(false);
  });
});

describe('patternsMayOverlap', () => {
  it('says yes when unsure and no only when the prefixes part', () => {
    expect(patternsMayOverlap('v0*', 'v*')).toBe(true);
    expect(patternsMayOverlap('v*', 'v0*')).toBe(true);
    expect(patternsMayOverlap('nightly-*', 'v*')).toBe(false);
    expect(patternsMayOverlap('v1', 'v2')).toBe(false);
  });
});
