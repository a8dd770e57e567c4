/*
 * resolveInWorkspace, layer by layer. Each refusal has a test in which it alone must say no,
 * with its own message: the `..`/absolute check is the only one that guards a path that does
 * not exist yet (`mustExist: false`), since the real-path check needs a file to resolve.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../../src/core/errors.js';
import { resolveInWorkspace } from '../../src/core/paths.js';
import { workspace } from '../helpers/workspace.js';

const OUTSIDE = /^Input 'changelog': path '.*' is outside the workspace \(.*\)\.$/;

describe('resolveInWorkspace', () => {
  const root = workspace({
    'CHANGELOG.md': '# Changelog\n',
    'docs/notes.md': 'notes',
    '..notes.md': 'a file whose name starts with two dots',
    '.../x.md': 'a folder named three dots',
  });
  const sibling = workspace({ 'secret.md': 'secret' });

  it.each([
    '../not-there.md',
    'docs/../../not-there.md',
    '../../../../../../etc/not-there',
    '/etc/not-there',
  ])('refuses %j that leaves the workspace, even when it does not exist (mustExist: false)', (given) => {
    expect(() => resolveInWorkspace('changelog', given, { root, mustExist: false })).toThrow(OUTSIDE);
    expect(() => resolveInWorkspace('changelog', given, { root, mustExist: false })).toThrow(
      ConfigurationError,
    );
  });

  it('refuses a sibling directory whose name starts with the root', () => {
    const prefixed = `${root}-other`;
    expect(() => resolveInWorkspace('changelog', `${prefixed}/x.md`, { root, mustExist: false })).toThrow(
      OUTSIDE,
    );
    expect(() => resolveInWorkspace('changelog', path.join(sibling, 'secret.md'), { root })).toThrow(OUTSIDE);
  });

  it('refuses an existing file reached through `..` with the same message, not the symlink one', () => {
    const given = path.relative(root, path.join(sibling, 'secret.md'));
    expect(given.startsWith('..')).toBe(true);
    expect(() => resolveInWorkspace('changelog', given, { root })).toThrow(OUTSIDE);
  });

  it('keeps a missing path inside the workspace unresolved when mustExist is false', () => {
    expect(resolveInWorkspace('changelog', 'docs/../NEW.md', { root, mustExist: false })).toBe(
      path.join(root, 'NEW.md'),
    );
    expect(() => resolveInWorkspace('changelog', 'NEW.md', { root })).toThrow(
      /^Input 'changelog': file 'NEW\.md' does not exist\.$/,
    );
  });

  it('refuses a symbolic link that leads out, with its own message', () => {
    fs.symlinkSync(path.join(sibling, 'secret.md'), path.join(root, 'link.md'));
    expect(() => resolveInWorkspace('changelog', 'link.md', { root })).toThrow(
      /^Input 'changelog': path 'link\.md' leads outside the workspace through a symbolic link/,
    );
  });

  it('refuses a NUL byte', () => {
    expect(() => resolveInWorkspace('changelog', 'a\0b', { root, mustExist: false })).toThrow(
      /contains a NUL byte/,
    );
  });

  it('accepts a file whose name starts with `..` (only a whole `..` segment leaves the root)', () => {
    expect(resolveInWorkspace('changelog', '..notes.md', { root })).toBe(path.join(root, '..notes.md'));
    expect(resolveInWorkspace('changelog', '.../x.md', { root })).toBe(path.join(root, '.../x.md'));
    expect(resolveInWorkspace('changelog', '..later.md', { root, mustExist: false })).toBe(
      path.join(root, '..later.md'),
    );
    // ...while the real escapes next to them still say no.
    expect(() => resolveInWorkspace('changelog', '../x', { root, mustExist: false })).toThrow(OUTSIDE);
    expect(() => resolveInWorkspace('changelog', '..', { root, mustExist: false })).toThrow(OUTSIDE);
  });

  it('accepts files inside, returning the real path', () => {
    expect(resolveInWorkspace('changelog', 'CHANGELOG.md', { root })).toBe(path.join(root, 'CHANGELOG.md'));
    expect(resolveInWorkspace('changelog', path.join(root, 'docs/notes.md'), { root })).toBe(
      path.join(root, 'docs/notes.md'),
    );
  });
});
