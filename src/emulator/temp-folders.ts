import * as fs from 'node:fs';

/**
 * The temporary folders a process made and must remove: each on its own when its owner is done,
 * all at once (a test file's clean-up), and at exit as the backstop, which fires even after an
 * uncaught error. The runner harness and the rehearsal's worlds each keep one set.
 */
export class TempFolders {
  private readonly dirs = new Set<string>();
  private hooked = false;

  /** Keeps `dir` to be removed; the first one registers the exit hook. */
  add(dir: string): void {
    this.dirs.add(dir);
    if (!this.hooked) {
      this.hooked = true;
      process.once('exit', () => this.removeAll());
    }
  }

  /** Removes `dir` now (a folder already gone is fine). */
  remove(dir: string): void {
    this.dirs.delete(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  /** Removes every folder not removed yet. */
  removeAll(): void {
    for (const dir of [...this.dirs]) this.remove(dir);
  }

  /** How many are still there. */
  get size(): number {
    return this.dirs.size;
  }
}
