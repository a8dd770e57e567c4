import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';

/**
 * 512 KiB. Each chunk is copied from the page cache into the buffer and then read again by every
 * hash: a chunk that fits in the CPU's L2 cache is hashed from cache, one of 8 MiB (the earlier
 * size) from memory. Measured on this machine (Node 24, 1 GiB, alternating with openssl in one
 * run): 8 MiB chunks 0.30-0.85x `openssl dgst -sha256`, 512 KiB 0.95-1.19x, 64 KiB 0.72-0.88x
 * (syscall cost). `npm run bench` keeps measuring it against openssl.
 */
const CHUNK = 512 * 1024;

export type Algorithm = 'sha256' | 'sha512';

/** Bytes fed once to every hash wanted, and counted; `result()` gives the size and hex digests. */
export interface Digester<A extends Algorithm> {
  update(chunk: Uint8Array): void;
  result(): { size: number } & Record<A, string>;
}

/**
 * One pass for several digests: every chunk given to `update` feeds each algorithm's hash (an
 * algorithm asked for twice is hashed once). Every reader of bytes that needs digests (a file
 * read, a copy, a download) uses it, so each reads its bytes once whatever the digests.
 */
export function digester<A extends Algorithm>(algorithms: readonly A[]): Digester<A> {
  const hashes = [...new Set(algorithms)].map((a) => [a, createHash(a)] as [A, Hash]);
  let size = 0;
  return {
    update(chunk) {
      size += chunk.length;
      for (const [, h] of hashes) h.update(chunk);
    },
    result() {
      const out = { size } as { size: number } & Record<A, string>;
      for (const [a, h] of hashes) (out as Record<A, string>)[a] = h.digest('hex');
      return out;
    },
  };
}

/**
 * Hashes a file by reading it into one reused buffer, so memory stays bounded whatever the
 * file's size. Returns hex digests keyed by algorithm, and the byte count.
 */
export async function hashFile<A extends Algorithm>(
  file: string,
  algorithms: readonly A[],
): Promise<{ size: number } & Record<A, string>> {
  const digests = digester(algorithms);
  const handle = await fs.promises.open(file, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      digests.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return digests.result();
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
 * The loop is synchronous on purpose: `readSync` into one reused buffer measured 1.08×
 * `openssl dgst -sha256` here, where an async read loop pays a promise and a thread-pool hop per
 * chunk (TOOLCHAIN.md, "Hashing large files"). Memory stays at one buffer whatever the size.
 */
export function hashFileSync<A extends Algorithm>(
  file: string,
  algorithms: readonly A[],
): { size: number } & Record<A, string> {
  const digests = digester(algorithms);
  sharedBuffer ??= Buffer.allocUnsafe(CHUNK);
  const buffer = sharedBuffer;
  const fd = fs.openSync(file, 'r');
  try {
    for (;;) {
      const bytesRead = fs.readSync(fd, buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      digests.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    fs.closeSync(fd);
  }
  return digests.result();
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

/*
 * Digests written as text. Kept here, beside the hashing, and not in the Sigstore verifier: an
 * action that only compares digests must not load @sigstore/verify to read one.
 */

/**
 * The hex of a sha256 digest written `sha256:` + 64 hex characters (either case), lower-cased;
 * undefined for anything else (another algorithm, a short or long value, surrounding spaces).
 */
export function sha256Hex(value: string): string | undefined {
  const match = /^sha256:([0-9a-fA-F]{64})$/.exec(value);
  return match ? match[1].toLowerCase() : undefined;
}

/** A sha256 digest given as `sha256:` + 64 hex characters, as its 32 bytes; or undefined. */
export function parseSha256Digest(value: string): Buffer | undefined {
  const hex = sha256Hex(value);
  return hex === undefined ? undefined : Buffer.from(hex, 'hex');
}
