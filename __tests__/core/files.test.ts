import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expandFiles } from '../../src/core/files.js';
import { resolveInWorkspace } from '../../src/core/paths.js';
import { hashFile, sha256File } from '../../src/core/digest.js';
import { workspace as workspaceWith } from '../helpers/workspace.js';

const workspace = (): string =>
  workspaceWith({ 'out/a.tar.gz': 'a', 'out/b.tar.gz': 'b', 'out/sub/c.txt': 'c' });

describe('expandFiles', () => {
  it('expands globs to sorted files and honours exclusions', async () => {
    const root = workspace();
    const files = await expandFiles('files', ['out/**/*', '!out/b.tar.gz'], root);
    expect(files.map((f) => path.relative(root, f))).toEqual(['out/a.tar.gz', 'out/sub/c.txt']);
  });

  it('fails on a pattern that matches nothing, naming input and pattern', async () => {
    const root = workspace();
    await expect(expandFiles('files', ['out/*.tar.gz', 'out/*.zip'], root)).rejects.toThrow(
      "Input 'files': pattern 'out/*.zip' matches no file.",
    );
  });

  it('reports every pattern that matches nothing at once (the old expansion stopped at the first)', async () => {
    const root = workspace();
    const failure = expandFiles('files', ['out/*.zip', 'out/*.tar.gz', 'out/*.deb'], root);
    await expect(failure).rejects.toMatchObject({
      code: 'NO_MATCHING_FILE',
      problems: [
        "Input 'files': pattern 'out/*.zip' matches no file.",
        "Input 'files': pattern 'out/*.deb' matches no file.",
      ],
    });
  });

  it('refuses paths escaping the workspace, directly or through a symlink', async () => {
    const root = workspace();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'x');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out/link.txt'));
    await expect(expandFiles('files', ['../*.txt'], root)).rejects.toThrow(/outside the workspace/);
    await expect(expandFiles('files', ['out/link.txt'], root)).rejects.toThrow(/symbolic link/);
    expect(() => resolveInWorkspace('sbom', '/etc/passwd', { root })).toThrow(/outside the workspace/);
    expect(() => resolveInWorkspace('sbom', 'out/a.tar.gz', { root })).not.toThrow();
  });
});

describe('digests', () => {
  it('matches openssl on a multi-chunk file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-'));
    const file = path.join(dir, 'big.bin');
    const buf = Buffer.alloc(9 * 1024 * 1024 + 17);
    for (let i = 0; i < buf.length; i++) buf[i] = (i * 31) & 0xff;
    fs.writeFileSync(file, buf);
    const expected = execFileSync('openssl', ['dgst', '-sha256', '-r', file]).toString().split(' ')[0];
    expect(await sha256File(file)).toBe(expected);
    const both = await hashFile(file, ['sha256', 'sha512']);
    expect(both.size).toBe(buf.length);
    expect(both.sha512).toHaveLength(128);
  });
});
