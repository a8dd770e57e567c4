/* The one glob module: file patterns of the inputs and globs over asset names. */
import * as path from 'node:path';
import { globToRegExp, isGlob, selectFiles } from '../../src/core/glob.js';
import { workspace } from '../helpers/workspace.js';

describe('selectFiles', () => {
  it('selects regular files, honours exclusions and reports each problem, nothing thrown', () => {
    const root = workspace({ 'out/a.tgz': 'a', 'out/b.tgz': 'b', 'out/sub/c.txt': 'c' });
    const { files, problems } = selectFiles('files', ['out/*', '!out/b.tgz', 'none/*', '../x'], root);
    expect(files.map((f) => path.relative(root, f))).toEqual(['out/a.tgz']);
    expect(problems.map((p) => p.code)).toEqual(['NO_MATCHING_FILE', 'OUTSIDE_WORKSPACE']);
    expect(problems[0].message).toBe("Input 'files': pattern 'none/*' matches no file.");
  });
  it('selects nothing from exclusions alone, leaving the verdict to the caller', () => {
    const root = workspace({ 'a.tgz': 'a' });
    expect(selectFiles('files', ['!a.tgz'], root)).toEqual({ files: [], problems: [] });
  });
});

describe('name globs', () => {
  it('match whole names only', () => {
    expect(globToRegExp('app-*.tar.gz').test('app-1.2.3.tar.gz')).toBe(true);
    expect(globToRegExp('app.tgz').test('app.tgz.sig')).toBe(false);
    expect(globToRegExp('app-[!x]?.zip').test('app-a1.zip')).toBe(true);
    expect(isGlob('app.tgz')).toBe(false);
    expect(isGlob('app-*.tgz')).toBe(true);
  });
});
