/*
 * Workspaces from files: a fresh directory holding the files a test names, as the checkout a
 * runner gives an action. Every directory made here is removed after the test file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

// Registered when a test file imports this module (its top level runs while Jest collects the
// file), so every workspace of the file goes once the file is done.
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative name → content) under `dir`, creating parent folders. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/**
 * A fresh directory holding `files`. Its path is the real path (the temp dir can be a symlink,
 * and path checks compare real paths), and it is removed after the test file.
 */
export function workspace(files: Record<string, string | Buffer> = {}, prefix = 'ws'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`)));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}
