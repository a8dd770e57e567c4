export const id = 496;
export const ids = [496];
export const modules = {

/***/ 4002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ hashFilesSync),
/* harmony export */   iu: () => (/* binding */ hashFileSync)
/* harmony export */ });
/* unused harmony exports hashFile, sha256File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);


/**
 * 512 KiB. Each chunk is copied from the page cache into the buffer and then read again by every
 * hash: a chunk that fits in the CPU's L2 cache is hashed from cache, one of 8 MiB (the earlier
 * size) from memory. Measured on this machine (Node 24, 1 GiB, alternating with openssl in one
 * run): 8 MiB chunks 0.30-0.85x `openssl dgst -sha256`, 512 KiB 0.95-1.19x, 64 KiB 0.72-0.88x
 * (syscall cost). `npm run bench` keeps measuring it against openssl.
 */
const CHUNK = 512 * 1024;
/**
 * Hashes a file by reading it into one reused buffer, so memory stays bounded whatever the
 * file's size. Returns hex digests keyed by algorithm, and the byte count.
 */
async function hashFile(file, algorithms) {
    const hashes = algorithms.map((a) => [a, createHash(a)]);
    const handle = await fs.promises.open(file, 'r');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            const view = buffer.subarray(0, bytesRead);
            for (const [, h] of hashes)
                h.update(view);
        }
    }
    finally {
        await handle.close();
    }
    const out = { size };
    for (const [a, h] of hashes)
        out[a] = h.digest('hex');
    return out;
}
/** The sha256 hex digest of a file, streamed. */
async function sha256File(file) {
    return (await hashFile(file, ['sha256'])).sha256;
}
/** One buffer for every synchronous hash in the process: allocated once, at first use. */
let sharedBuffer;
/**
 * Hashes a file once for every digest it needs (sha256 for the SHA256SUMS output, sha512 for an
 * npm `dist.integrity`, …): each chunk read feeds every hash before the next read, so a file is
 * never read twice whatever the number of digests.
 *
 * The loop is synchronous on purpose: `readSync` into one reused buffer measured 1.08×
 * `openssl dgst -sha256` here, where an async read loop pays a promise and a thread-pool hop per
 * chunk (TOOLCHAIN.md, "Hashing large files"). Memory stays at one buffer whatever the size.
 */
function hashFileSync(file, algorithms) {
    const unique = [...new Set(algorithms)];
    const hashes = unique.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a)]);
    sharedBuffer ??= Buffer.allocUnsafe(CHUNK);
    const buffer = sharedBuffer;
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(file, 'r');
    let size = 0;
    try {
        for (;;) {
            const bytesRead = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(fd, buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            const view = buffer.subarray(0, bytesRead);
            for (const [, h] of hashes)
                h.update(view);
        }
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
    }
    const out = { size };
    for (const [a, h] of hashes)
        out[a] = h.digest('hex');
    return out;
}
/**
 * Hashes several files, each read once for all the digests it needs (`plan` maps a path to its
 * algorithms). Files are hashed one after another: on the main thread, one at a time keeps the
 * throughput of a single file and the memory of a single buffer.
 */
function hashFilesSync(plan) {
    const out = new Map();
    for (const [file, algorithms] of plan)
        out.set(file, hashFileSync(file, algorithms));
    return out;
}


/***/ }),

/***/ 2496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchServedFile: () => (/* binding */ fetchServedFile),
/* harmony export */   hashServedFile: () => (/* binding */ hashServedFile),
/* harmony export */   setDownloadRetrySeconds: () => (/* binding */ setDownloadRetrySeconds)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5183);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4002);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8005);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7191);
/*
 * Getting a served file's bytes: downloaded to disk through @actions/tool-cache (which retries
 * 5xx, 408, 429 and broken connections, and deletes a partial file before each retry), then
 * hashed from disk in one pass for every digest needed. tool-cache writes the response with a
 * stream pipeline it does not expose, so the bytes cannot be hashed on their way in; hashing the
 * file it wrote reads each byte once, from the page cache it was just written to.
 *
 * A short download fails twice over: tool-cache's pipeline rejects a body cut before its
 * Content-Length, and a size announced by the source or a digest it publishes catches a body
 * that "completed" short. Neither is ever a pass.
 */







/**
 * Shortens tool-cache's waits between download attempts (10-20 s by default). tool-cache reads
 * them from two globals it documents for its own tests; the loopback tests and the rehearsal set
 * them through `SEALED_RELEASE_DOWNLOAD_RETRY_SECONDS`. The product never calls this.
 */
function setDownloadRetrySeconds(seconds) {
    const g = globalThis;
    g.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = seconds;
    g.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = seconds;
}
/** Downloads `file` to `dest` (which must not exist) and hashes what arrived. */
async function download(reference, file, dest, algorithms) {
    if (!file.url)
        throw new _registry_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistryError */ .gl(reference, `'${file.name}' has no download URL`);
    const checked = (0,_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .checkDownloadUrl */ .At)(file.url);
    if (typeof checked === 'string') {
        throw new _registry_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistryError */ .gl(reference, `the download URL of '${file.name}' (${file.url}) ${checked}`);
    }
    try {
        await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_3__/* .downloadTool */ .bq(checked.href, dest, file.auth, file.headers ? { ...file.headers } : undefined);
    }
    catch (error) {
        const status = error.httpStatusCode;
        const why = status ? `HTTP ${status}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .messageOf */ .bD)(error);
        throw new _registry_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistryError */ .gl(reference, `downloading '${file.name}' failed after retries (${why})`, {
            cause: error,
        });
    }
    const digests = (0,_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFileSync */ .iu)(dest, algorithms);
    if (file.size !== undefined && digests.size !== file.size) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(dest, { force: true });
        throw new _registry_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistryError */ .gl(reference, `downloading '${file.name}' gave ${digests.size} bytes, but the source lists ${file.size}: a truncated or altered download`);
    }
    return digests;
}
/** Copies a local file to `dest` while hashing it: one read for both. */
function copyAndHash(source, dest, algorithms) {
    const tmp = `${dest}.partial`;
    const hashes = [...new Set(algorithms)].map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a)]);
    const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
    const input = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(source, 'r');
    const output = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(tmp, 'w');
    let size = 0;
    try {
        for (;;) {
            const n = node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync(input, buffer, 0, buffer.length, null);
            if (n === 0)
                break;
            const view = buffer.subarray(0, n);
            for (const [, h] of hashes)
                h.update(view);
            for (let written = 0; written < n;)
                written += node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync(output, view, written, n - written);
            size += n;
        }
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(input);
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(output);
    }
    node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, dest);
    const out = { size };
    for (const [a, h] of hashes)
        out[a] = h.digest('hex');
    return out;
}
/**
 * The digests of a served file's bytes, for a source that publishes none: a download into
 * `scratch` that is hashed and then deleted, or, for a local path (`dir:`), a read.
 */
async function hashServedFile(reference, file, algorithms, scratch) {
    if (file.path)
        return (0,_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFileSync */ .iu)(file.path, algorithms);
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(scratch, { recursive: true });
    const dest = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(scratch, 'dl-'));
    try {
        return await download(reference, file, node_path__WEBPACK_IMPORTED_MODULE_2__.join(dest, 'file'), algorithms);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(dest, { recursive: true, force: true });
    }
}
/**
 * Puts a served file's bytes at `dest` (canonicalize) and returns their digests. The file is
 * written under a temporary name and renamed only once complete, so a failed download never
 * leaves a file that looks canonical.
 */
async function fetchServedFile(reference, file, algorithms, dest) {
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dest), { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(dest, { force: true });
    if (file.path)
        return copyAndHash(file.path, dest, algorithms);
    const tmp = `${dest}.download`;
    node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
    try {
        const digests = await download(reference, file, tmp, algorithms);
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, dest);
        return digests;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
    }
}


/***/ })

};
