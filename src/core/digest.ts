import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';

/** 8 MiB: measured fastest on this kind of machine (TOOLCHAIN.md), with a small, fixed RSS. */
const CHUNK = 8 * 1024 * 1024;

export type Algorithm = 'sha256' | 'sha512';

/**
 * Hashes a file by reading it into one reused buffer, so memory stays bounded whatever the
 * file's size. Returns hex digests keyed by algorithm, and the byte count.
 */
export async function hashFile<A extends Algorithm>(
  file: string,
  algorithms: readonly A[],
): Promise<{ size: number } & Record<A, string>> {
  const hashes = algorithms.map((a) => [a, createHash(a)] as [A, Hash]);
  const handle = await fs.promises.open(file, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      const view = buffer.subarray(0, bytesRead);
      for (const [, h] of hashes) h.update(view);
    }
  } finally {
    await handle.close();
  }
  const out = { size } as { size: number } & Record<A, string>;
  for (const [a, h] of hashes) (out as Record<A, string>)[a] = h.digest('hex');
  return out;
}

/** The sha256 hex digest of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  return (await hashFile(file, ['sha256'])).sha256;
}

/** One buffer for every synchronous hash in the process: allocated once, at first use. */
let sharedBuffer: Buffer | undefined;

/**
 * Hashes a file once for every digest it needs (sha256 for the SHA256SUMS output, sha512 for an
 * npm `dist.integrity`, …): each chunk read feeds every hash before the next read, so a file is
 * never read twice whatever the number of digests.
 *
 * The loop is synchronous on purpose: `readSync` into one reused 8 MiB buffer measured 1.08×
 * `openssl dgst -sha256` here, where an async read loop pays a promise and a thread-pool hop per
 * chunk (TOOLCHAIN.md, "Hashing large files"). Memory stays at one buffer whatever the size.
 */
export function hashFileSync<A extends Algorithm>(
  file: string,
  algorithms: readonly A[],
): { size: number } & Record<A, string> {
  const unique = [...new Set(algorithms)];
  const hashes = unique.map((a) => [a, createHash(a)] as [A, Hash]);
  sharedBuffer ??= Buffer.allocUnsafe(CHUNK);
  const buffer = sharedBuffer;
  const fd = fs.openSync(file, 'r');
  let size = 0;
  try {
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      const view = buffer.subarray(0, bytesRead);
      for (const [, h] of hashes) h.update(view);
    }
  } finally {
    fs.closeSync(fd);
  }
  const out = { size } as { size: number } & Record<A, string>;
  for (const [a, h] of hashes) (out as Record<A, string>)[a] = h.digest('hex');
  return out;
}

/**
 * Hashes several files, each read once for all the digests it needs (`plan` maps a path to its
 * algorithms). Files are hashed one after another: on the main thread, one at a time keeps the
 * throughput of a single file and the memory of a single buffer.
 */
export function hashFilesSync<A extends Algorithm>(
  plan: ReadonlyMap<string, readonly A[]>,
): Map<string, { size: number } & Record<A, string>> {
  const out = new Map<string, { size: number } & Record<A, string>>();
  for (const [file, algorithms] of plan) out.set(file, hashFileSync(file, algorithms));
  return out;
}
