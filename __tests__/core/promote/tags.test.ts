/* The tags of a promotion, decided from the tag list alone (pure). */
import * as fc from 'fast-check';
import * as semver from 'semver';
import { parseSemVer, type SemVer } from '../../../src/core/semver.js';
import { floatingTagName, higherInScope, inScope, stableVersions } from '../../../src/core/promote/tags.js';

const v = (text: string): SemVer => {
  const parsed = parseSemVer(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

describe('promotion tags', () => {
  it('names the floating tags with the prefix', () => {
    expect(['latest', 'major', 'minor'].map((k) => floatingTagName(k as 'latest', 'v', v('1.2.3')))).toEqual([
      'vlatest',
      'v1',
      'v1.2',
    ]);
    expect(floatingTagName('minor', '', v('10.0.7'))).toBe('10.0');
  });

  it('counts only prefix + strict stable SemVer as versions, highest first by SemVer precedence', () => {
    const tags = [
      '1.9.0',
      'latest',
      '1.10.0',
      'v2.0.0',
      '01.2.3',
      '1.2',
      '3.0.0-rc.1',
      'sha256-abc',
      '1.2.3',
      '1.2.3_x',
    ];
    expect(stableVersions(tags, '').map((t) => t.tag)).toEqual(['1.10.0', '1.9.0', '1.2.3']);
    expect(stableVersions(tags, 'v').map((t) => t.tag)).toEqual(['v2.0.0']);
    // A prefix is matched byte for byte: `V2.0.0` is not under `v`.
    expect(stableVersions(['V2.0.0', 'vv2.0.0'], 'v')).toEqual([]);
  });

  it('scopes: latest takes all, major its major, minor its major.minor', () => {
    const versions = stableVersions(['1.2.4', '1.3.0', '2.0.0', '1.2.3'], '');
    const own = v('1.2.3');
    expect(higherInScope(versions, 'latest', own).map((t) => t.tag)).toEqual(['2.0.0', '1.3.0', '1.2.4']);
    expect(higherInScope(versions, 'major', own).map((t) => t.tag)).toEqual(['1.3.0', '1.2.4']);
    expect(higherInScope(versions, 'minor', own).map((t) => t.tag)).toEqual(['1.2.4']);
    expect(inScope('minor', own, v('2.2.0'))).toBe(false);
    expect(higherInScope(versions, 'latest', v('2.0.0'))).toEqual([]);
  });

  it('orders any list as the semver package does', () => {
    const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`);
    fc.assert(
      fc.property(fc.uniqueArray(version, { maxLength: 30 }), (tags) => {
        const got = stableVersions(tags, '').map((t) => t.tag);
        expect(got).toEqual([...tags].sort((x, y) => semver.rcompare(x, y)));
      }),
    );
  });
});
