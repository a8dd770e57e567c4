/*
 * The local side of an asset: a file opened ONCE, and every byte that is hashed or sent read
 * through that one handle. Reading by path twice (hash, then upload) lets the file change in
 * between, and lets a symlink swapped in after the path check be read: the release would then
 * carry bytes nobody hashed, or a file from outside the workspace. With one handle the bytes
 * sent are the bytes hashed, because the digest is computed from the very chunks handed to the
 * upload.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ReadableStream, type ReadableStreamDefaultController } from 'node:stream/web';
import { BaseError, ConfigurationError } from '../errors.js';
import { resolveInWorkspace } from '../paths.js';
import { MAX_ASSET_BYTES } from './assets.js';

/** 8 MiB reads: measured fastest for hashing here (TOOLCHAIN.md), with a small, fixed RSS. */
const HASH_CHUNK = 8 * 1024 * 1024;
/**
 * The upload body is read in 1 MiB chunks into a ring of {@link SEND_BUFFERS} buffers that are
 * reused for the whole file, so the memory an upload holds is fixed (3 MiB) whatever the size of
 * the file. A fresh buffer per chunk is garbage after it is sent (and fetch copied each chunk of
 * a Node stream body once more), and V8 collects such external memory only after tens of MiB of
 * it piled up: measured for 2 GiB − 1, peak RSS 159–162 MiB that way, 92 MiB with the ring, the
 * same as uploading 1 KiB. See {@link sendingBody} for why reusing the buffers is safe.
 */
const SEND_CHUNK = 1024 * 1024;
const SEND_BUFFERS = 3;

export interface LocalAsset {
  /** Absolute path, as matched (for messages and names; never read by path again). */
  file: string;
  /** Path for messages (workspace-relative). */
  display: string;
  requestedName: string;
  /** The name GitHub is expected to store. */
  name: string;
  /** Size from fstat of the open handle: the Content-Length of the upload. */
  size: number;
  contentType: string;
  /** The one handle every read goes through; closed by {@link closeLocalAssets}. */
  handle: fs.promises.FileHandle;
  /** fstat at open, to notice a file written to while it is read. */
  opened: fs.BigIntStats;
}

/**
 * The local file changed while this run read it: its bytes are not one known version.
 * `SHRANK`: it ended before its size; `WRITTEN`: its size or modification time moved.
 */
export class FileChangedError extends BaseError<'SHRANK' | 'WRITTEN'> {
  constructor(code: 'SHRANK' | 'WRITTEN', message: string) {
    super(code, message);
    this.name = 'FileChangedError';
  }
}

/**
 * Opens the file without following a final symlink and proves the handle is a regular file
 * inside the workspace. The path was checked before (expandFiles), but a path is not a file:
 * between the check and the open it can be swapped for a symlink, so the check that counts is
 * the one made on the open handle.
 */
async function openChecked(
  input: string,
  file: string,
  display: string,
  root: string,
): Promise<{ handle: fs.promises.FileHandle; opened: fs.BigIntStats }> {
  const real = resolveInWorkspace(input, file, { root });
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(real, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw new ConfigurationError(
      `Input '${input}': '${display}' could not be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}): ` +
        'it changed or became a symbolic link after it was checked.',
    );
  }
  try {
    const opened = await handle.stat({ bigint: true });
    if (!opened.isFile())
      throw new ConfigurationError(`Input '${input}': '${display}' is not a regular file.`);
    await assertHandleInside(input, display, handle, opened, real, root);
    return { handle, opened };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Where the open handle really points. On Linux `/proc/self/fd/<n>` names the file the kernel
 * opened, which no later rename can change; elsewhere the real path is resolved again and must
 * be the same file (device and inode) as the handle. Exported for its own test.
 */
export async function assertHandleInside(
  input: string,
  display: string,
  handle: fs.promises.FileHandle,
  opened: fs.BigIntStats,
  real: string,
  root: string,
): Promise<void> {
  let where: string | undefined;
  try {
    where = await fs.promises.readlink(`/proc/self/fd/${handle.fd}`);
  } catch {
    where = undefined;
  }
  if (where === undefined) {
    const again = await fs.promises.stat(fs.realpathSync(real), { bigint: true });
    if (again.dev !== opened.dev || again.ino !== opened.ino) {
      throw new ConfigurationError(`Input '${input}': '${display}' was replaced while it was being opened.`, {
        code: 'OUTSIDE_WORKSPACE',
      });
    }
    where = fs.realpathSync(real);
  }
  const rel = path.relative(root, where);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfigurationError(
      `Input '${input}': '${display}' leads outside the workspace (opened ${where}); nothing is read from it.`,
      { code: 'OUTSIDE_WORKSPACE' },
    );
  }
}

/**
 * Opens, stats and size-checks the files to attach; nothing is hashed here (the digest is
 * computed from the bytes as they are sent, or, only when an asset of the same name is already
 * there, from the same handle before). Every oversized file is named in one error.
 */
export async function prepareLocalAssets(
  input: string,
  planned: { file: string; display: string; requestedName: string; name: string }[],
  contentTypeOf: (name: string) => string,
  root: string,
): Promise<LocalAsset[]> {
  const out: LocalAsset[] = [];
  try {
    for (const p of planned) {
      const { handle, opened } = await openChecked(input, p.file, p.display, root);
      out.push({
        ...p,
        size: Number(opened.size),
        contentType: contentTypeOf(p.requestedName),
        handle,
        opened,
      });
    }
    const tooBig = out.filter((l) => l.size >= MAX_ASSET_BYTES);
    if (tooBig.length > 0) {
      throw new ConfigurationError(
        `Input '${input}': ${tooBig.map((l) => `'${l.display}' (${l.size} bytes)`).join(', ')} ` +
          `${tooBig.length === 1 ? 'is' : 'are'} too large: GitHub refuses release assets of 2 GiB (${MAX_ASSET_BYTES} bytes) or more. ` +
          'Nothing was uploaded.',
      );
    }
    return out;
  } catch (error) {
    await closeLocalAssets(out);
    throw error;
  }
}

/** Closes every handle; safe to call twice. */
export async function closeLocalAssets(locals: LocalAsset[]): Promise<void> {
  await Promise.all(locals.map((l) => l.handle.close().catch(() => undefined)));
}

/**
 * Fails when the file was written to (size or modification time) since it was opened. The
 * change time is not compared: renaming the path or changing its mode moves it without touching
 * a byte, and the handle keeps reading the same file either way.
 */
export async function assertUnchanged(local: LocalAsset): Promise<void> {
  const now = await local.handle.stat({ bigint: true });
  if (now.size !== local.opened.size || now.mtimeNs !== local.opened.mtimeNs) {
    const how =
      now.size !== local.opened.size
        ? `its size went from ${local.opened.size} to ${now.size} bytes`
        : 'it was written to';
    throw new FileChangedError(
      'WRITTEN',
      `'${local.display}' changed while this run read it (${how}); its bytes are not one known version. ` +
        'Make sure nothing writes to it during the release, and run again.',
    );
  }
}

/** The sha256 of the file's `size` bytes, read through the handle (positional reads). */
export async function hashLocal(local: LocalAsset): Promise<string> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(Math.min(HASH_CHUNK, Math.max(local.size, 1)));
  let position = 0;
  while (position < local.size) {
    const want = Math.min(buffer.length, local.size - position);
    const { bytesRead } = await local.handle.read(buffer, 0, want, position);
    if (bytesRead === 0) throw shrank(local, position);
    hash.update(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  await assertUnchanged(local);
  return hash.digest('hex');
}

/** The file's `size` bytes, read whole through the handle (for small files such as an SBOM). */
export async function readLocal(local: LocalAsset): Promise<Buffer> {
  const buffer = Buffer.alloc(local.size);
  let position = 0;
  while (position < local.size) {
    const { bytesRead } = await local.handle.read(buffer, position, local.size - position, position);
    if (bytesRead === 0) throw shrank(local, position);
    position += bytesRead;
  }
  return buffer;
}

function shrank(local: LocalAsset, at: number): FileChangedError {
  return new FileChangedError(
    'SHRANK',
    `'${local.display}' ended after ${at} of its ${local.size} bytes while this run read it: it changed. ` +
      'Make sure nothing writes to it during the release, and run again.',
  );
}

/** An upload body that hashes exactly the bytes it hands to the request. */
export interface SendingBody {
  /** The body for fetch (a WHATWG stream: fetch sends it as it is, without copying its chunks). */
  stream: ReadableStream<Uint8Array>;
  /** The sha256 of every byte sent, once all `size` bytes were handed over; else undefined. */
  sent(): string | undefined;
  /** Set when the file ended early (it changed): the upload must not be retried. */
  failure(): FileChangedError | undefined;
  /**
   * Ends the body for good once the request is over, whatever its outcome: no read of the file
   * starts after it, no byte counts as sent after it (so `sent()` stays undefined for a body the
   * server did not read whole), and a transport still waiting for a chunk gets an error instead
   * of waiting forever on an open socket.
   */
  stop(): void;
}

/**
 * The file's `size` bytes as a pull stream read positionally through the handle. Each chunk is
 * hashed as it is handed to the request, so the digest is that of the body sent, and a file
 * whose bytes are only hashed while sending costs one read instead of two.
 *
 * Memory stays fixed because the chunks are views of a small ring of reused buffers. That is
 * safe because the stream has no queue (highWaterMark 0): a chunk is read only when the request
 * asks for the next one, and fetch's HTTP/1.1 writer asks only after it wrote the previous
 * chunk to the socket and waited for the socket to drain (a 1 MiB chunk is far above the
 * socket's highWaterMark, so every write waits), i.e. after the kernel took its bytes. A buffer
 * is refilled only {@link SEND_BUFFERS} chunks later, two chunks of slack beyond that. Should a
 * transport ever hold a chunk longer, the bytes GitHub stored would differ from the bytes hashed
 * here, and the post-upload digest check fails the upload and deletes the asset: the failure is
 * closed, never a false pass.
 */
export function sendingBody(local: LocalAsset): SendingBody {
  const hash = createHash('sha256');
  let sentBytes = 0;
  let digest: string | undefined;
  let failure: FileChangedError | undefined;
  let stopped = false;
  let control: ReadableStreamDefaultController<Uint8Array> | undefined;
  const ring: Buffer[] = [];
  let turn = 0;
  const ended = () => new Error(`the upload body of '${local.display}' was ended: the request is over`);
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        control = controller;
      },
      async pull(controller) {
        if (stopped) throw ended();
        if (sentBytes >= local.size) {
          // Asked for more after the last chunk: every byte was handed over.
          digest = hash.digest('hex');
          controller.close();
          return;
        }
        const slot = turn++ % SEND_BUFFERS;
        // allocUnsafeSlow: a buffer of its own, never a slice of Node's shared pool.
        ring[slot] ??= Buffer.allocUnsafeSlow(Math.min(SEND_CHUNK, local.size));
        const buffer = ring[slot];
        const want = Math.min(buffer.length, local.size - sentBytes);
        const { bytesRead } = await local.handle.read(buffer, 0, want, sentBytes);
        if (stopped) throw ended();
        if (bytesRead === 0) {
          failure = shrank(local, sentBytes);
          throw failure;
        }
        const chunk = buffer.subarray(0, bytesRead);
        hash.update(chunk);
        sentBytes += bytesRead;
        controller.enqueue(chunk);
      },
      cancel() {
        stopped = true;
      },
    },
    { highWaterMark: 0 },
  );
  return {
    stream,
    sent: () => digest,
    failure: () => failure,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        control?.error(ended());
      } catch {
        // already closed or errored: nothing is waiting for a chunk
      }
    },
  };
}
