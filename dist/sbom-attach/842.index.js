export const id = 842;
export const ids = [842];
export const modules = {

/***/ 13842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkSbom: () => (/* binding */ checkSbom),
  openSbom: () => (/* binding */ openSbom),
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js + 17 modules
var workflow_commands = __webpack_require__(22019);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/action/outputs.js
var action_outputs = __webpack_require__(67457);
// EXTERNAL MODULE: ./.build/core/action/report.js
var action_report = __webpack_require__(16081);
// EXTERNAL MODULE: ./.build/core/action/run.js
var run = __webpack_require__(28090);
// EXTERNAL MODULE: ./.build/core/action/run-state.js
var run_state = __webpack_require__(82402);
;// CONCATENATED MODULE: ./.build/core/action/checks.js






const ON_REJECT_VALUES = (/* unused pure expression or super */ null && (['fail', 'skip']));
/** Why the run is not ok: every failed row, one a line; empty when ok. */
function reasonOf(report) {
    if (report.ok)
        return '';
    if (report.rows.length === 0)
        return 'no check was run';
    return report.failures.map((r) => `${r.check}: ${r.detail}`).join('\n');
}
/**
 * Runs checks over one report, then writes one job summary (with annotations), sets the merged
 * outputs plus `ok` and `reason`, and fails unless every row passed. With `on-reject: skip` a
 * rejection exits 0 with `ok=false` so later jobs can skip on `if:`; a hard failure still fails,
 * because a broken configuration must not look like "not a release".
 *
 * A check that throws stops the checks after it; its error becomes rows of the same report (a
 * hard failure), the summary and outputs are written as for any failure, and the error itself
 * is thrown on, so the step fails with its own words ("Configuration error: …", a known
 * failure and its fix, "Internal error: …"). Outputs no check set are filled in by the entry
 * (`runEntry`) from the action's declared outputs.
 */
async function runChecks(title, checks, options) {
    const report = new action_report/* Report */.pl(title);
    const outputs = {};
    const summary = [];
    let hard = 0;
    let thrown;
    for (const check of checks) {
        try {
            const outcome = await check(report);
            Object.assign(outputs, outcome.outputs);
            summary.push(...(outcome.summary ?? []));
            hard += outcome.hardFailures;
        }
        catch (error) {
            thrown = { error };
            for (const row of (0,run/* failureRows */.qQ)(error))
                report.add(row);
            hard++;
            break;
        }
    }
    await (0,action_report/* publishReport */.S3)(report, summary);
    const verdict = { ok: report.ok, reason: reasonOf(report) };
    const declared = (0,run_state/* declaredOutputs */.Zd)();
    for (const name of Object.keys(verdict))
        if (options.verdictOutputs === false || (declared && !declared.includes(name)))
            delete verdict[name];
    (0,action_outputs/* setOutputs */.n)({ ...outputs, ...verdict });
    if (thrown)
        throw thrown.error;
    if (report.ok)
        return report;
    if (options.onReject === 'skip' && hard === 0) {
        workflow_commands/* warning */.$e(`${report.failureMessage()}\non-reject is 'skip': exiting successfully with ok=false.`);
        return report;
    }
    const note = options.onReject === 'skip'
        ? `\n(on-reject: skip does not apply: ${hard} of these ${hard === 1 ? 'is a configuration problem' : 'are configuration problems'}.)`
        : '';
    throw new errors/* ChecksFailedError */.Ro(report.failureMessage() + note);
}

// EXTERNAL MODULE: ./.build/core/files.js + 1 modules
var core_files = __webpack_require__(59952);
// EXTERNAL MODULE: ./.build/core/github/client.js + 1 modules
var github_client = __webpack_require__(60344);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/web"
var web_ = __webpack_require__(37830);
// EXTERNAL MODULE: ./.build/core/paths.js
var paths = __webpack_require__(22720);
// EXTERNAL MODULE: ./.build/core/digest.js
var core_digest = __webpack_require__(34002);
;// CONCATENATED MODULE: ./.build/core/github/assets.js
/*
 * Release assets: list them, read an asset's sha256 (GitHub's reported digest, else a streamed
 * download), and the content types uploads declare. byte-identity and undraft read assets
 * through exactly these.
 */





/** GitHub refuses release assets of 2 GiB or more ("each file must be under 2 GiB"). */
const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024;
/** All assets of a release, paginated to the end. */
async function listAssets(client, repo, releaseId) {
    try {
        return await (0,github_client/* paginateAll */.Ti)(client, 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...repo, release_id: releaseId }, { what: `assets of release ${releaseId}` });
    }
    catch (error) {
        throw (0,github_client/* explainHttpError */.yH)(error, `Listing the assets of release ${releaseId}`, 'contents: write');
    }
}
/** A release's assets by name (a name is unique on a release), the map stageAsset keeps. */
function assetsByName(assets) {
    return new Map(assets.map((a) => [a.name, a]));
}
/** `sha256:<hex>` → `<hex>`; anything else (another algorithm, malformed) → undefined. */
function sha256OfDigest(digest) {
    return digest ? (0,core_digest/* sha256Hex */.fg)(digest.trim()) : undefined;
}
/**
 * Streams one release asset from GitHub, hashing the bytes as they arrive (never held whole in
 * memory) and, given `dest`, writing them to a new file there (`wx`: never over an existing
 * one). Returns the sha256 and how many bytes came: the caller compares that count with the
 * size GitHub lists, since a short read would hash to a "different" asset. Every message
 * starts with `what` (the download and why).
 */
async function streamAsset(client, repo, assetId, what, dest) {
    let body;
    try {
        const response = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...repo,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false },
        });
        body = response.data;
    }
    catch (error) {
        throw (0,github_client/* explainHttpError */.yH)(error, what, 'contents: read');
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const out = dest === undefined ? undefined : external_node_fs_.createWriteStream(dest, { flags: 'wx' });
    let received = 0;
    try {
        if (body) {
            for await (const chunk of body) {
                received += chunk.length;
                hash.update(chunk);
                if (out && !out.write(chunk))
                    await new Promise((resolve) => out.once('drain', resolve));
            }
        }
    }
    catch (error) {
        out?.destroy();
        throw new github_client/* GitHubRequestError */.vK('INCOMPLETE_DOWNLOAD', `${what} broke off after ${received} bytes: ${(0,errors/* messageOf */.bD)(error)}`, error);
    }
    if (out) {
        await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
    }
    return { sha256: hash.digest('hex'), received };
}
/**
 * The sha256 of an asset's bytes as GitHub serves them, downloaded as a stream and hashed as
 * it arrives. Used when GitHub reports no digest (assets uploaded before digests existed).
 */
async function downloadAssetSha256(client, repo, assetId, expectedSize) {
    const { sha256, received } = await streamAsset(client, repo, assetId, `Downloading asset ${assetId} to hash it`);
    // A short read would hash to a "different" asset: say what really happened instead.
    if (expectedSize !== undefined && received !== expectedSize) {
        throw new github_client/* GitHubRequestError */.vK('INCOMPLETE_DOWNLOAD', `Downloading asset ${assetId} to hash it gave ${received} bytes, but GitHub lists it with ${expectedSize}; its digest is unknown`);
    }
    return sha256;
}
/**
 * The sha256 GitHub reports for an asset (its `digest`, `sha256:<hex>`, nullable in GitHub's
 * OpenAPI description of a release asset), or undefined when it reports none (assets uploaded
 * before GitHub computed digests). A digest in any other form is an error, never "no digest":
 * an undocumented form may be a change of algorithm, and reading past it would trust bytes
 * nobody vouched for. The one reading of the field, for every path that needs an asset's digest.
 */
function reportedSha256(asset) {
    const reported = sha256OfDigest(asset.digest);
    if (reported || !asset.digest)
        return reported;
    throw new github_client/* GitHubRequestError */.vK('UNEXPECTED_ANSWER', `asset ${(0,errors/* quote */.hD)(asset.name)} reports a digest GitHub does not document (${(0,errors/* quote */.hD)(asset.digest)})`);
}
/**
 * The sha256 of an existing asset: its reported digest ({@link reportedSha256}), else a
 * streamed download whose byte count must be the size GitHub lists. stage-release, sbom-attach
 * and undraft all learn a remote digest through this one function.
 */
async function remoteSha256(client, repo, asset) {
    const reported = reportedSha256(asset);
    if (reported)
        return { sha256: reported, how: 'digest' };
    return { sha256: await downloadAssetSha256(client, repo, asset.id, asset.size), how: 'download' };
}
const CONTENT_TYPES = {
    '.json': 'application/json',
    '.txt': 'text/plain',
    '.md': 'text/markdown',
    '.zip': 'application/zip',
    '.gz': 'application/gzip',
    '.tgz': 'application/gzip',
    '.xz': 'application/x-xz',
    '.bz2': 'application/x-bzip2',
    '.zst': 'application/zstd',
    '.tar': 'application/x-tar',
    '.whl': 'application/zip',
    '.jar': 'application/java-archive',
    '.deb': 'application/vnd.debian.binary-package',
    '.rpm': 'application/x-rpm',
    '.pem': 'application/x-pem-file',
    '.sig': 'application/pgp-signature',
    '.asc': 'application/pgp-signature',
};
/** A content type from the file extension; `application/octet-stream` when unknown. */
function contentTypeFor(name) {
    if (/\.sigstore(\.json)?$/.test(name))
        return 'application/vnd.dev.sigstore.bundle.v0.3+json';
    if (/\.intoto\.jsonl$/.test(name))
        return 'application/vnd.in-toto+json';
    if (/^SHA\d+SUMS/.test(name))
        return 'text/plain';
    const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
    return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

;// CONCATENATED MODULE: ./.build/core/github/local-asset.js
/*
 * The local side of an asset: a file opened ONCE, and every byte that is hashed or sent read
 * through that one handle. Reading by path twice (hash, then upload) lets the file change in
 * between, and lets a symlink swapped in after the path check be read: the release would then
 * carry bytes nobody hashed, or a file from outside the workspace. With one handle the bytes
 * sent are the bytes hashed, because the digest is computed from the very chunks handed to the
 * upload.
 */







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
/**
 * The local file changed while this run read it: its bytes are not one known version.
 * `SHRANK`: it ended before its size; `WRITTEN`: its size or modification time moved.
 */
class FileChangedError extends errors/* BaseError */.Cf {
    constructor(code, message) {
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
async function openChecked(input, file, display, root) {
    const real = (0,paths/* resolveInWorkspace */.z1)(input, file, { root });
    let handle;
    try {
        handle = await external_node_fs_.promises.open(real, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${display}' could not be opened (${error.code ?? 'error'}): ` +
            'it changed or became a symbolic link after it was checked.');
    }
    try {
        const opened = await handle.stat({ bigint: true });
        if (!opened.isFile())
            throw new errors/* ConfigurationError */.j1(`Input '${input}': '${display}' is not a regular file.`);
        await assertHandleInside(input, display, handle, opened, real, root);
        return { handle, opened };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/**
 * Where the open handle really points. On Linux `/proc/self/fd/<n>` names the file the kernel
 * opened, which no later rename can change; elsewhere the real path is resolved again and must
 * be the same file (device and inode) as the handle. Exported for its own test.
 */
async function assertHandleInside(input, display, handle, opened, real, root) {
    let where;
    try {
        where = await external_node_fs_.promises.readlink(`/proc/self/fd/${handle.fd}`);
    }
    catch {
        where = undefined;
    }
    if (where === undefined) {
        const again = await external_node_fs_.promises.stat(external_node_fs_.realpathSync(real), { bigint: true });
        if (again.dev !== opened.dev || again.ino !== opened.ino) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}': '${display}' was replaced while it was being opened.`, {
                code: 'OUTSIDE_WORKSPACE',
            });
        }
        where = external_node_fs_.realpathSync(real);
    }
    const rel = external_node_path_.relative(root, where);
    if (rel === '' || rel.startsWith('..') || external_node_path_.isAbsolute(rel)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${display}' leads outside the workspace (opened ${where}); nothing is read from it.`, { code: 'OUTSIDE_WORKSPACE' });
    }
}
/**
 * Opens, stats and size-checks the files to attach; nothing is hashed here (the digest is
 * computed from the bytes as they are sent, or, only when an asset of the same name is already
 * there, from the same handle before). Every oversized file is named in one error.
 */
async function prepareLocalAssets(input, planned, contentTypeOf, root) {
    const out = [];
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
            throw new errors/* ConfigurationError */.j1(`Input '${input}': ${tooBig.map((l) => `'${l.display}' (${l.size} bytes)`).join(', ')} ` +
                `${tooBig.length === 1 ? 'is' : 'are'} too large: GitHub refuses release assets of 2 GiB (${MAX_ASSET_BYTES} bytes) or more. ` +
                'Nothing was uploaded.');
        }
        return out;
    }
    catch (error) {
        await closeLocalAssets(out);
        throw error;
    }
}
/** Closes every handle; safe to call twice. */
async function closeLocalAssets(locals) {
    await Promise.all(locals.map((l) => l.handle.close().catch(() => undefined)));
}
/**
 * Fails when the file was written to (size or modification time) since it was opened. The
 * change time is not compared: renaming the path or changing its mode moves it without touching
 * a byte, and the handle keeps reading the same file either way.
 */
async function assertUnchanged(local) {
    const now = await local.handle.stat({ bigint: true });
    if (now.size !== local.opened.size || now.mtimeNs !== local.opened.mtimeNs) {
        const how = now.size !== local.opened.size
            ? `its size went from ${local.opened.size} to ${now.size} bytes`
            : 'it was written to';
        throw new FileChangedError('WRITTEN', `'${local.display}' changed while this run read it (${how}); its bytes are not one known version. ` +
            'Make sure nothing writes to it during the release, and run again.');
    }
}
/** The sha256 of the file's `size` bytes, read through the handle (positional reads). */
async function hashLocal(local) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(Math.min(HASH_CHUNK, Math.max(local.size, 1)));
    let position = 0;
    while (position < local.size) {
        const want = Math.min(buffer.length, local.size - position);
        const { bytesRead } = await local.handle.read(buffer, 0, want, position);
        if (bytesRead === 0)
            throw shrank(local, position);
        hash.update(buffer.subarray(0, bytesRead));
        position += bytesRead;
    }
    await assertUnchanged(local);
    return hash.digest('hex');
}
/** The file's `size` bytes, read whole through the handle (for small files such as an SBOM). */
async function readLocal(local) {
    const buffer = Buffer.alloc(local.size);
    let position = 0;
    while (position < local.size) {
        const { bytesRead } = await local.handle.read(buffer, position, local.size - position, position);
        if (bytesRead === 0)
            throw shrank(local, position);
        position += bytesRead;
    }
    return buffer;
}
function shrank(local, at) {
    return new FileChangedError('SHRANK', `'${local.display}' ended after ${at} of its ${local.size} bytes while this run read it: it changed. ` +
        'Make sure nothing writes to it during the release, and run again.');
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
function sendingBody(local) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let sentBytes = 0;
    let digest;
    let failure;
    let stopped = false;
    let control;
    const ring = [];
    let turn = 0;
    const ended = () => new Error(`the upload body of '${local.display}' was ended: the request is over`);
    const stream = new web_.ReadableStream({
        start(controller) {
            control = controller;
        },
        async pull(controller) {
            if (stopped)
                throw ended();
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
            if (stopped)
                throw ended();
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
    }, { highWaterMark: 0 });
    return {
        stream,
        sent: () => digest,
        failure: () => failure,
        stop: () => {
            if (stopped)
                return;
            stopped = true;
            try {
                control?.error(ended());
            }
            catch {
                // already closed or errored: nothing is waiting for a chunk
            }
        },
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./.build/core/github/refs.js
/*
 * Git references through the REST API: the one `resolveTag` of the project (annotated tags
 * peeled), used by the CI check, the release core and undraft alike.
 */


/**
 * The commit a tag points to, annotated tags peeled, or undefined when the tag does not exist.
 * One request in the usual case: GitHub's commit endpoint resolves `tags/<tag>` (the
 * `refs/tags/` namespace, so a branch of the same name cannot stand in) and peels annotated
 * tags itself. Only when it finds no commit is the ref read, to tell a missing tag (undefined)
 * from a tag that names something other than a commit (an error).
 */
async function resolveTagCommit(client, repo, tag) {
    try {
        const { data } = await client.rest.repos.getCommit({ ...repo, ref: `tags/${tag}`, per_page: 1 });
        if (!/^[0-9a-f]{40}$/i.test(data.sha)) {
            throw new github_client/* GitHubRequestError */.vK('UNEXPECTED_ANSWER', `GitHub resolved tag ${tag} to ${(0,errors/* quote */.hD)(data.sha)}, which is not a commit SHA.`);
        }
        return data.sha;
    }
    catch (error) {
        const status = (0,github_client/* statusOf */.c2)(error);
        if (status !== 404 && status !== 422)
            throw (0,github_client/* explainHttpError */.yH)(error, `Resolving tag ${tag}`, 'contents: read');
    }
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (error) {
        if ((0,github_client/* statusOf */.c2)(error) === 404)
            return undefined;
        throw (0,github_client/* explainHttpError */.yH)(error, `Resolving tag ${tag}`, 'contents: read');
    }
    throw new github_client/* GitHubRequestError */.vK('UNEXPECTED_ANSWER', `Tag ${tag} exists (its ref names ${(0,errors/* quote */.hD)(object.type)} ${(0,errors/* quote */.hD)(object.sha)}) but GitHub resolves it to no commit.`);
}
/**
 * The commit a commit-ish names: a full SHA is taken as it is (lower-cased); a branch, tag or
 * short SHA is resolved by GitHub. Undefined when it names no commit.
 */
async function resolveCommitish(client, repo, commitish) {
    if (/^[0-9a-f]{40}$/i.test(commitish))
        return commitish.toLowerCase();
    try {
        const { data } = await client.rest.repos.getCommit({ ...repo, ref: commitish });
        return data.sha.toLowerCase();
    }
    catch (error) {
        const status = (0,github_client/* statusOf */.c2)(error);
        if (status === 404 || status === 422)
            return undefined;
        throw (0,github_client/* explainHttpError */.yH)(error, `Resolving '${commitish}' to a commit`, 'contents: read');
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./.build/core/github/release-list.js
/*
 * Releases as GitHub lists them: the release object, the whole list read to find a tag's
 * releases (drafts are invisible to the by-tag endpoint), one release re-read, and the error a
 * release's state raises. Apart from the draft's lifecycle (releases.ts) because every action
 * that only reads releases (undraft, byte-identity's release source) needs this part alone.
 */



/** A release-state problem (published release, two drafts…): a failed check, not a crash. */
class ReleaseStateError extends errors/* BaseError */.Cf {
    constructor(code, message) {
        super(code, message);
        this.name = 'ReleaseStateError';
    }
}
function releaseLabel(r) {
    return `${r.draft ? 'draft' : 'published release'} ${r.id} (${r.html_url}, created ${r.created_at})`;
}
/**
 * The repository's releases, newest first as GitHub lists them, page by page until `until`
 * says stop or the list ends; any page that fails fails the whole read, explained as `doing`
 * "did not finish". The one read of the release list (a whole listing, or a re-read of the
 * newest pages).
 */
async function paginateReleases(client, repo, doing, until) {
    try {
        return await (0,github_client/* paginateAll */.Ti)(client, 'GET /repos/{owner}/{repo}/releases', { ...repo }, { what: `releases of ${repo.owner}/${repo.repo}`, until });
    }
    catch (error) {
        throw (0,github_client/* explainHttpError */.yH)(error, `${doing} did not finish`, 'contents: write');
    }
}
/**
 * Reads the whole release list once. The by-tag endpoint cannot see drafts, so every page is
 * read; an error on any page is an error (a partial list could hide a second draft or a
 * published release). One listing serves the published check and the draft lookup of a run.
 */
async function release_list_readReleaseListing(client, repo, tag) {
    const all = await paginateReleases(client, repo, `Listing the releases of ${repo.owner}/${repo.repo} (needed to find drafts)`);
    return { tag, releases: forTag(all, tag), seen: new Set(all.map((r) => r.id)) };
}
function forTag(all, tag) {
    return all.filter((r) => r.tag_name === tag).sort((a, b) => a.id - b.id);
}
/**
 * Every release of the repository whose tag is `tag`, drafts included, the whole list read
 * (see {@link readReleaseListing}).
 */
async function listReleasesForTag(client, repo, tag) {
    return (await release_list_readReleaseListing(client, repo, tag)).releases;
}
/**
 * Whether a tag names a prerelease, from its SemVer version (`v1.2.3-rc.1` → true). A tag that
 * is not SemVer cannot answer, so that is a configuration error rather than a guess.
 */
function prereleaseFromTag(tag) {
    const version = semver.parse(tag.replace(/^[^0-9]*/, ''));
    if (!version) {
        throw new errors/* ConfigurationError */.j1(`Tag '${tag}' is not SemVer, so 'prerelease: auto' cannot tell whether it is a prerelease: set input 'prerelease' to true or false.`);
    }
    return version.prerelease.length > 0;
}
/**
 * The release as GitHub holds it now, or undefined when it no longer exists (404). Any other
 * failure is an error naming `what` and the permission it needs.
 */
async function readRelease(client, repo, id, what = `Re-reading release ${id}`) {
    try {
        const { data } = await client.rest.repos.getRelease({ ...repo, release_id: id });
        return data;
    }
    catch (error) {
        if ((0,github_client/* statusOf */.c2)(error) === 404)
            return undefined;
        throw (0,github_client/* explainHttpError */.yH)(error, what, 'contents: write');
    }
}

;// CONCATENATED MODULE: ./.build/core/github/releases.js
/*
 * Releases: find (or create) the one draft release for a tag. Drafts are invisible to the
 * by-tag endpoint, so the whole release list is paginated, and every decision fails closed: a
 * list that could not be read to the end, a published release, two drafts, each stops the run
 * with a message, because a release pipeline that guesses is how wrong bytes get shipped.
 */





// The reading half is re-exported: most importers of releases name this module.

/**
 * The tag's releases created since `before` was read, with whatever of the known ones shares
 * their pages. GitHub lists releases newest first, so a release created after that listing
 * (this run's draft, or a concurrent run's made seconds ago) is on a page before any release the
 * listing saw: pages are read until one holds a known release, or the list ends. In the usual
 * case that is page 1, whatever the size of the repository; when more than a page of releases
 * appeared meanwhile, the next pages are read too, so nothing new is skipped. Only the new
 * releases matter here: one that was there before was in `before` already, and the caller
 * created a draft only because `before` held none for the tag.
 */
async function rereadNewest(client, repo, before) {
    const newest = await paginateReleases(client, repo, `Re-reading the releases of ${repo.owner}/${repo.repo} (needed to find concurrent drafts)`, (page) => page.some((r) => before.seen.has(r.id)));
    return forTag(newest, before.tag);
}
/**
 * The one draft for the listing's tag, or undefined when there is none. A published release
 * for the tag is an error (these actions never modify one), and so are two drafts (which one
 * holds the real assets is not knowable). Two drafts can also be a race in flight: runs that
 * each created a draft keep the earliest and delete their own within two requests (see
 * {@link ensureDraft}), so the list is read again for up to `concurrentWaitMs` before two
 * drafts are an error. Returns the listing that decided.
 */
async function settleDraft(client, repo, listing, wait) {
    const deadline = Date.now() + (wait.concurrentWaitMs ?? 30_000);
    for (;;) {
        const { tag, releases } = listing;
        const published = releases.filter((r) => !r.draft);
        if (published.length > 0) {
            throw new ReleaseStateError('PUBLISHED', `tag ${tag} already has a ${published.map(releaseLabel).join(' and a ')}; a published release is never modified. ` +
                'Publish under a new tag instead.');
        }
        if (releases.length <= 1)
            return { draft: releases[0], listing };
        if (Date.now() >= deadline) {
            throw new ReleaseStateError('AMBIGUOUS', `tag ${tag} has ${releases.length} draft releases: ${releases.map(releaseLabel).join('; ')}. ` +
                'Delete the ones that should not be published and run again.');
        }
        wait.log?.(`Tag ${tag} has ${releases.length} drafts (${releases.map((r) => r.id).join(', ')}): waiting for a concurrent run to remove its duplicate.`);
        await (0,promises_.setTimeout)(wait.pollMs ?? 1000);
        listing = await release_list_readReleaseListing(client, repo, tag);
    }
}
/**
 * The one draft for `tag`, or undefined when there is none: a published release for the tag
 * and two drafts (after waiting for a race to settle) are errors. Reads the release list unless
 * a listing this run already read is given.
 */
async function findDraft(client, repo, tag, options = {}) {
    const listing = options.listing ?? (await readReleaseListing(client, repo, tag));
    return (await settleDraft(client, repo, listing, options)).draft;
}
/**
 * Finds the draft for the tag or creates it. Creation is race-safe: after creating, the newest
 * releases are read again; when two runs each created a draft, every run keeps the lowest id
 * (the earliest created) and a run whose own draft is not that one deletes it (it holds no
 * assets yet). Release ids grow with creation order, so all runs agree on the survivor. The
 * release list is read once for the whole run: pass the listing the published check used.
 */
async function ensureDraft(client, repo, spec, options = {}) {
    // An existing draft is used whatever the tag's state: a draft may exist before its tag does
    // (GitHub creates the tag when the release is published).
    const settled = await settleDraft(client, repo, options.listing ?? (await release_list_readReleaseListing(client, repo, spec.tag)), options);
    const existing = settled.draft;
    const before = settled.listing;
    if (existing && !spec.checkTarget) {
        return {
            release: existing,
            created: false,
            target: existing.target_commitish,
            prerelease: existing.prerelease,
        };
    }
    // The tag's commit is read on every run, not only when creating: with an existing draft the
    // same inputs must be refused as on the run that would have created it, or a later run could
    // attach bytes built from another commit to the tag's release.
    const tagCommit = await tagCommitHoldingTarget(client, repo, spec.tag, spec.target);
    /** A draft this run did not create, while the tag is missing, must target `target`. */
    const checkDraft = async (draft) => {
        if (spec.checkTarget && !tagCommit)
            await assertDraftTarget(client, repo, draft, spec.target);
    };
    if (existing) {
        await checkDraft(existing);
        return {
            release: existing,
            created: false,
            target: tagCommit ?? existing.target_commitish,
            prerelease: existing.prerelease,
        };
    }
    const target = tagCommit ?? spec.target;
    if (!target) {
        throw new errors/* ConfigurationError */.j1(`Tag ${spec.tag} does not exist in ${repo.owner}/${repo.repo} and input 'target' is not set: ` +
            'push the tag first, or give the commit to release as target.');
    }
    const prerelease = typeof spec.prerelease === 'function' ? spec.prerelease() : spec.prerelease;
    const create = async () => {
        try {
            const { data } = await client.rest.repos.createRelease({
                ...repo,
                tag_name: spec.tag,
                target_commitish: target,
                name: spec.name ?? spec.tag,
                body: spec.body ?? '',
                draft: true,
                prerelease,
                // Creating is not idempotent: no automatic retry; the list is read before any retry.
                request: { retries: 0 },
            });
            return data;
        }
        catch (error) {
            const status = (0,github_client/* statusOf */.c2)(error);
            if (status !== undefined && status < 500) {
                throw (0,github_client/* explainHttpError */.yH)(error, `Creating the draft release for ${spec.tag}`, 'contents: write');
            }
            // A 5xx or a broken connection: the draft may or may not exist now.
            return undefined;
        }
    };
    let mine = await create();
    if (!mine && (await rereadNewest(client, repo, before)).length === 0) {
        // The failed request left nothing behind (the list says so): one more attempt is safe.
        mine = await create();
    }
    // The race re-read. Only what is new since the first listing can be a concurrent run's draft
    // (that listing held none for the tag, or this run would not have created one), and GitHub
    // lists newest first, so this is one page in the usual case (rereadNewest says why).
    const after = await rereadNewest(client, repo, before);
    const published = after.filter((r) => !r.draft);
    if (published.length > 0) {
        // Someone published the tag while we created a draft: leave the published one alone and
        // remove our draft, then refuse.
        if (mine)
            await deleteRelease(client, repo, mine.id);
        throw new ReleaseStateError('PUBLISHED', `tag ${spec.tag} was published while this run created a draft (${published.map(releaseLabel).join(', ')}); ` +
            'the new draft was removed and nothing was uploaded.');
    }
    if (!mine) {
        // Our create request failed without an answer; whatever draft is there now (ours that
        // landed, or a concurrent run's) is the one, the earliest if several.
        if (after.length === 0)
            throw new ReleaseStateError('NOT_CREATED', `Creating the draft release for ${spec.tag} failed, and no draft exists.`);
        const first = after[0];
        await checkDraft(first);
        return { release: first, created: false, target, prerelease: first.prerelease };
    }
    const created = mine;
    if (!after.some((r) => r.id === created.id)) {
        throw new ReleaseStateError('AMBIGUOUS', `the draft this run created (${mine.id}) is not in the release list; not knowing which draft is the real one, nothing is uploaded.`);
    }
    const survivor = after[0];
    if (survivor.id === mine.id)
        return { release: mine, created: true, target, prerelease };
    await deleteRelease(client, repo, mine.id);
    await checkDraft(survivor);
    return {
        release: survivor,
        created: false,
        yieldedTo: survivor.id,
        target,
        prerelease: survivor.prerelease,
    };
}
/**
 * The tag's commit (annotated tags peeled), or undefined when the tag does not exist. When it
 * exists it is the truth: a `target` that differs from it is refused, whatever release state
 * the caller found (draft, none, or published).
 */
async function tagCommitHoldingTarget(client, repo, tag, target) {
    const tagCommit = await resolveTagCommit(client, repo, tag);
    if (target && tagCommit && target.toLowerCase() !== tagCommit.toLowerCase()) {
        throw new errors/* ConfigurationError */.j1(`Input 'target' is ${target}, but tag ${tag} already points to ${tagCommit}: ` +
            "GitHub would release the tag's commit. Drop the input or fix the tag.");
    }
    return tagCommit;
}
/**
 * While the tag does not exist, the draft's `target_commitish` decides which commit GitHub tags
 * on publishing. It may be a branch name or a SHA: it is resolved to a commit and compared with
 * `target` as whole SHAs. Without `target` there is nothing to hold the draft to, so that is
 * refused as on creation.
 */
async function assertDraftTarget(client, repo, draft, target) {
    const commitish = draft.target_commitish;
    if (!target) {
        throw new errors/* ConfigurationError */.j1(`Tag ${draft.tag_name} does not exist in ${repo.owner}/${repo.repo} and input 'target' is not set, so draft ` +
            `${draft.id} (target_commitish '${commitish}') cannot be checked against the commit these files were built from: ` +
            'push the tag first, or give the commit to release as target.');
    }
    const resolved = await resolveCommitish(client, repo, commitish);
    if (resolved === undefined) {
        throw new ReleaseStateError('WRONG_TARGET', `draft ${draft.id} for ${draft.tag_name} targets '${commitish}', which resolves to no commit of ${repo.owner}/${repo.repo}; ` +
            `it cannot be shown to be ${target}, so nothing is uploaded`);
    }
    if (resolved !== target.toLowerCase()) {
        throw new ReleaseStateError('WRONG_TARGET', `draft ${draft.id} for ${draft.tag_name} targets '${commitish}'` +
            (resolved === commitish.toLowerCase() ? '' : ` (commit ${resolved})`) +
            `, but input 'target' is ${target}: these files would be released from another commit. ` +
            "Fix the draft's target or the input, and run again.");
    }
}
async function deleteRelease(client, repo, id) {
    try {
        await client.rest.repos.deleteRelease({ ...repo, release_id: id });
    }
    catch (error) {
        if ((0,github_client/* statusOf */.c2)(error) === 404)
            return;
        throw (0,github_client/* explainHttpError */.yH)(error, `Deleting duplicate draft release ${id}`, 'contents: write');
    }
}

// EXTERNAL MODULE: ./.build/core/env.js
var env = __webpack_require__(61439);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(44118);
;// CONCATENATED MODULE: ./.build/core/action/log.js


/*
 * Log lines for actions and the core they compose, so that only core/action speaks the runner's
 * protocol (workflow-commands.ts). Every line is redacted: a message built from an error can carry a secret.
 */
/** A plain log line. */
function info(message) {
    workflow_commands/* info */.pq((0,secrets/* redact */.E$)(message));
}
/** A `::warning::` annotation: something the user should know, which does not fail the run. */
function warning(message) {
    workflow_commands/* warning */.$e((0,secrets/* redact */.E$)(message));
}

;// CONCATENATED MODULE: ./.build/core/github/asset-names.js
/*
 * Release asset names as GitHub will store them. GitHub renames uploaded assets whose names
 * hold "special characters, non-alphanumeric characters, and leading or trailing periods"
 * (REST docs, upload a release asset) without saying how. Observed behaviour, collected from
 * users' reports: every character outside [A-Za-z0-9._+-] becomes '.', a run of such characters
 * (and the periods next to it) becomes a single '.', accented letters lose their accents
 * (ż → z, ð → d, æ → ae), and a leading period turns into `default.` (`.config` →
 * `default.config`).
 *
 * The prediction is used to find an asset already on the release before uploading and to catch
 * two local files that would collide. The name GitHub actually returns after an upload is what
 * the outputs report, so a wrong prediction can never leak into them.
 */


// Kept alike on purpose (docs/ARCHITECTURE.md): the emulator has its own copy, so a mistake here is not shared by the fake that tests it.
/** Letters a plain accent strip (NFKD) does not reduce to ASCII. */
const TRANSLITERATE = {
    ð: 'd',
    Ð: 'D',
    đ: 'd',
    Đ: 'D',
    æ: 'ae',
    Æ: 'AE',
    œ: 'oe',
    Œ: 'OE',
    ø: 'o',
    Ø: 'O',
    ł: 'l',
    Ł: 'L',
    ß: 'ss',
    þ: 'th',
    Þ: 'TH',
    ŋ: 'ng',
    Ŋ: 'NG',
    ı: 'i',
};
const KEPT = /[A-Za-z0-9_+-]/;
/** The name GitHub is expected to give an asset uploaded as `name`. */
function githubAssetName(name) {
    let ascii = '';
    for (const ch of name.normalize('NFKD')) {
        if (/\p{M}/u.test(ch))
            continue; // combining accents left by NFKD
        ascii += TRANSLITERATE[ch] ?? ch;
    }
    let out = '';
    let pendingDot = false;
    for (const ch of ascii) {
        if (KEPT.test(ch)) {
            if (pendingDot)
                out += '.';
            pendingDot = false;
            out += ch;
        }
        else {
            // A literal period and any replaced character collapse into one period.
            pendingDot = true;
        }
    }
    if (pendingDot)
        out += '.';
    if (out.startsWith('.'))
        out = `default${out}`;
    out = out.replace(/\.+$/, '');
    return out === '' || out === 'default' ? 'default' : out;
}
/**
 * Whether two asset names are one name on a release. What GitHub does with `App.tar.gz` beside
 * `app.tar.gz` is not documented (the REST docs on uploading a release asset only describe
 * renaming), and its clients do not settle it: the GitHub CLI matches existing assets exactly,
 * client side (cli/cli pkg/cmd/release/upload/upload.go). Unknown is treated as the unsafe
 * answer: names that differ only in case are one name here, so two such files are a clash
 * before anything is uploaded, and an upload GitHub refuses for such a name is a conflict
 * reported as one (stage-asset), never a silent second asset. Names are ASCII once GitHub has
 * renamed them ({@link githubAssetName}), so lower-casing is the whole comparison.
 */
function sameAssetName(a, b) {
    return assetNameKey(a) === assetNameKey(b);
}
/** The key under which {@link sameAssetName} names are one. */
function assetNameKey(name) {
    return name.toLowerCase();
}
/**
 * Assigns each local file its asset name and refuses two files that would end up under one
 * name (GitHub keeps one asset per name, compared without regard to case: see {@link sameAssetName}):
 * uploading both would make the second a clobber attempt or a silent skip of a different file.
 */
function planAssetNames(input, files) {
    const byName = new Map();
    const planned = files.map((f) => {
        const requestedName = f.requestedName ?? external_node_path_.basename(f.file);
        const name = githubAssetName(requestedName);
        const key = assetNameKey(name);
        byName.set(key, [...(byName.get(key) ?? []), { display: f.display, requestedName }]);
        return { file: f.file, requestedName, name };
    });
    const clashes = [...byName.entries()].filter(([, list]) => list.length > 1);
    if (clashes.length > 0) {
        const lines = clashes.map(([key, list]) => `${list.map((l) => `'${l.display}'`).join(' and ')} would all become the asset '${planned.find((p) => assetNameKey(p.name) === key).name}'`);
        throw new errors/* ConfigurationError */.j1(`Input '${input}': two or more files map to one release asset name: ${lines.join('; ')}. Rename them or narrow the patterns.`);
    }
    return planned;
}

;// CONCATENATED MODULE: ./.build/core/release/published.js




/**
 * The tag's published release compared with the local files, reading only (nothing is ever
 * written to a published release). Undefined when the tag has no published release, so the
 * draft rules apply. Two published releases for one tag is a release-state error. `releases`
 * is the tag's releases as this run already listed them (the list is read once per run);
 * without it the list is read here.
 */
async function compareWithPublished(client, repo, tag, locals, releases) {
    const published = (releases ?? (await listReleasesForTag(client, repo, tag))).filter((r) => !r.draft);
    if (published.length === 0)
        return undefined;
    if (published.length > 1) {
        throw new ReleaseStateError('AMBIGUOUS', `tag ${tag} has ${published.length} published releases; which one is the release is not knowable`);
    }
    const [release] = published;
    const assets = await listAssets(client, repo, release.id);
    const outcomes = [];
    for (const local of locals) {
        // By name only, as on a draft (stage-asset.ts findAsset): a label proves nothing.
        const asset = assets.find((a) => a.name === local.requestedName) ?? assets.find((a) => a.name === local.name);
        let sha256 = '';
        const refuse = (detail) => ({
            local,
            action: 'failed',
            detail,
            asset,
            sha256,
            uploads: 0,
        });
        if (!asset) {
            outcomes.push(refuse(`release ${tag} is published without '${local.name}'; a published release is never modified`));
            continue;
        }
        if (asset.state !== 'uploaded') {
            outcomes.push(refuse(`asset '${asset.name}' of published release ${tag} is in state ${(0,errors/* quote */.hD)(asset.state)}`));
            continue;
        }
        try {
            // Through the file's one open handle, as every other read of it.
            sha256 = await hashLocal(local);
            const remote = await remoteSha256(client, repo, asset);
            const via = remote.how === 'download' ? ' (no digest reported: downloaded and hashed)' : '';
            outcomes.push(remote.sha256 === sha256
                ? {
                    local,
                    action: 'skipped',
                    detail: `already published, identical: sha256:${sha256}${via}`,
                    asset,
                    sha256,
                    uploads: 0,
                }
                : refuse(`published asset '${asset.name}' has sha256:${remote.sha256}${via}, but '${local.display}' has sha256:${sha256}; a published release is never modified`));
        }
        catch (error) {
            outcomes.push(refuse((0,errors/* messageWithFix */.vW)(error)));
        }
    }
    const identical = outcomes.every((o) => o.action === 'skipped');
    return {
        release,
        outcomes,
        detail: identical
            ? `the published release ${release.id} for ${tag} (${release.html_url}) already holds every file, byte-identical; nothing was written`
            : `the published release ${release.id} for ${tag} (${release.html_url}) differs from the local files, and a published release is never modified`,
    };
}
/**
 * Adds the comparison to a report (a `published release` row, then a row per file) and to
 * the outcomes; returns the release's id and URL for the outputs.
 */
function recordPublished(report, comparison, outcomes) {
    const identical = comparison.outcomes.every((o) => o.action === 'skipped');
    report.add({ check: 'published release', ok: identical, detail: comparison.detail });
    for (const o of comparison.outcomes) {
        outcomes.push(o);
        report.add({
            check: `asset ${o.asset?.name ?? o.local.name}`,
            ok: o.action !== 'failed',
            detail: o.detail,
        });
    }
    return { releaseId: String(comparison.release.id), releaseUrl: comparison.release.html_url };
}

;// CONCATENATED MODULE: ./.build/core/github/asset-upload.js
/*
 * The upload of one file and the checks around it, for the never-replace state machine
 * (stage-asset.ts): the streamed POST, the post-upload digest check, the deletion of this run's
 * own bad upload, and the draft's re-read after the last upload. Apart from the state machine
 * because these are single requests with their own proofs, while the state machine decides which
 * of them to make.
 */




function asset_upload_short(hex) {
    return `sha256:${hex}`;
}
/** Deletes an asset; a 404 means it is already gone, which is what was wanted. */
async function deleteAsset(client, repo, asset, what) {
    try {
        await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
    }
    catch (error) {
        if ((0,github_client/* statusOf */.c2)(error) !== 404)
            throw (0,github_client/* explainHttpError */.yH)(error, what, 'contents: write');
    }
}
/**
 * Refuses to upload once the release has been published (by a person or a parallel job) since
 * this run found it: uploading then would change a published release. The window left between
 * this read and the upload is one request long.
 */
async function assertStillDraft(client, repo, release) {
    const current = await readRelease(client, repo, release.id);
    if (!current) {
        throw new ReleaseStateError('DRAFT_GONE', `draft release ${release.id} for ${release.tag_name} no longer exists; nothing more is uploaded`);
    }
    if (!current.draft) {
        throw new ReleaseStateError('PUBLISHED', `release ${release.id} for ${release.tag_name} was published during this run; a published release is never modified, so nothing more is uploaded`);
    }
}
/**
 * The check after the last upload of a run, which stands in for a re-read of the release before
 * every upload. Two things are proved with one request (the release object, which embeds its
 * assets):
 * - the release is still a draft. A published release is never modified; before the first
 *   upload the run had just read the list showing a draft, and GitHub itself refuses uploads to a
 *   published immutable release (422 "Cannot upload assets to an immutable release"), but a
 *   mutable one accepts them, so a release published in the middle of the run (by hand, or by a
 *   parallel job) is caught here: the step fails and names every asset this run finished
 *   uploading at or after the publication (by GitHub's timestamps, second-grained, so a tie
 *   counts as after). A read before each upload only narrowed that window to one request; it
 *   never closed it, and it cost a request per file;
 * - every asset this run uploaded and verified is still there, same id and digest: a concurrent
 *   run that waited out a long upload of the same name could have taken it for a broken one and
 *   deleted it (the post-upload check no longer re-reads each asset). When an asset is missing
 *   from the embedded list, the asset list is read in full before it is called gone.
 * Nothing is requested when this run uploaded nothing (a re-run that changes nothing). Returns
 * the problems, empty when there are none.
 */
async function confirmStillDraft(client, repo, release, outcomes) {
    if (!outcomes.some((o) => o.uploads > 0))
        return [];
    const ours = outcomes.filter((o) => (o.action === 'uploaded' || o.action === 'repaired') && o.asset !== undefined);
    const current = await readRelease(client, repo, release.id, `Re-reading release ${release.id} after the uploads`);
    if (!current) {
        return [
            `draft release ${release.id} for ${release.tag_name} was deleted during this run, with whatever this run uploaded to it; run again`,
        ];
    }
    const names = (list) => list.length === 0 ? 'none' : list.map((o) => `'${o.asset.name}'`).join(', ');
    if (!current.draft) {
        const at = current.published_at ? Date.parse(current.published_at) : Number.NaN;
        // Unknown publication time: every upload of the run may have come after it.
        const after = ours.filter((o) => Number.isNaN(at) || !(Date.parse(o.asset.updated_at ?? o.asset.created_at ?? '') < at));
        return [
            `release ${release.id} for ${release.tag_name} was published during this run` +
                (current.published_at ? ` (at ${current.published_at})` : '') +
                `; a published release is never modified, yet this run finished uploading ${names(after)} at or after that ` +
                `(all it uploaded: ${names(ours)}). Check the published release by hand: it was not published by undraft's checks.`,
        ];
    }
    const same = (a, b) => 
    // A digest GitHub fills in later is no difference; one that changes is.
    a !== undefined && a.id === b.id && a.state === 'uploaded' && (!b.digest || a.digest === b.digest);
    let present = assetsByName(current.assets ?? []);
    if (ours.some((o) => !same(present.get(o.asset.name), o.asset))) {
        // The embedded list is GitHub's summary of the release; a miss there is read again in full.
        present = assetsByName(await listAssets(client, repo, release.id));
    }
    return ours
        .filter((o) => !same(present.get(o.asset.name), o.asset))
        .map((o) => `asset '${o.asset.name}' (${o.asset.id}) that this run uploaded and verified is no longer on draft ${release.id} as it was ` +
        '(a concurrent run may have taken it for a broken upload); run again');
}
/**
 * The post-upload check. The asset this run uploaded must be in state `uploaded` and its digest
 * must equal the sha256 of the bytes this run sent. GitHub's answer to the upload is the asset
 * object itself, digest included, so when that answer says `uploaded` with a sha256 digest it is
 * compared as it is, without another request: it is GitHub's own account of what it stored, the
 * same field a re-read would return. Only an answer without a digest or in another state is read
 * again (a missing digest is then filled in by downloading the asset). A digest that differs
 * means GitHub holds other bytes than were sent: the asset is this run's own, so it is deleted at
 * once (a re-run then starts clean instead of failing on it forever), and the outcome fails
 * naming both digests. Undefined when the asset no longer exists (found by the re-read; that it
 * is still there after the last upload is checked once for all files by
 * {@link confirmStillDraft}).
 */
async function verifyUploaded(client, repo, local, uploaded, sent, action, uploads) {
    let asset = uploaded;
    if (uploaded.state !== 'uploaded' || sha256OfDigest(uploaded.digest) === undefined) {
        try {
            const { data } = await client.rest.repos.getReleaseAsset({ ...repo, asset_id: uploaded.id });
            asset = data;
        }
        catch (error) {
            if ((0,github_client/* statusOf */.c2)(error) === 404)
                return undefined;
            throw (0,github_client/* explainHttpError */.yH)(error, `Re-reading uploaded asset '${uploaded.name}'`, 'contents: write');
        }
    }
    const renamed = asset.name !== local.requestedName
        ? ` (GitHub named it '${asset.name}', asked for '${local.requestedName}')`
        : '';
    if (asset.state !== 'uploaded') {
        return {
            local,
            action: 'failed',
            detail: `after upload, asset '${asset.name}' is in state ${(0,errors/* quote */.hD)(asset.state)}, not "uploaded"`,
            asset,
            sha256: sent,
            uploads,
        };
    }
    const remote = await remoteSha256(client, repo, asset);
    if (remote.sha256 !== sent) {
        let removal = 'the asset this run uploaded was deleted; run again';
        try {
            await deleteAsset(client, repo, asset, `Deleting asset '${asset.name}' with a wrong digest`);
        }
        catch (error) {
            removal = `deleting the asset this run uploaded failed too (${(0,errors/* messageOf */.bD)(error)}): delete it by hand`;
        }
        return {
            local,
            action: 'failed',
            detail: `post-upload digest check: GitHub reports ${asset_upload_short(remote.sha256)} for '${asset.name}', ` +
                `but this run sent ${asset_upload_short(sent)}; ${removal}`,
            sha256: sent,
            uploads,
        };
    }
    const verb = action === 'repaired' ? 'replaced a broken upload and verified' : 'uploaded and verified';
    const via = remote.how === 'download' ? ' (by download: no digest reported)' : '';
    return { local, action, detail: `${verb}, ${asset_upload_short(sent)}${via}${renamed}`, asset, sha256: sent, uploads };
}
/**
 * POSTs the file to the release's upload URL as a stream with its exact Content-Length (the
 * file is never read whole into memory: the body is a pull stream over a fixed ring of buffers,
 * see sendingBody, which @octokit/request hands to fetch as it is, with `duplex: 'half'`; and
 * redirects are refused so fetch does not tee the body). Retries are switched off for this
 * request: a retry would resend a consumed stream, and the caller re-reads the state instead.
 * The body is ended when the request is over, so nothing is read or counted as sent after it.
 */
async function uploadStream(client, release, local, body) {
    const base = release.upload_url.replace(/\{[^}]*\}$/, '');
    // When GitHub may rename the file, the original name goes in the label, so the release page
    // shows it. A label is only for people: findAsset never identifies an asset by it.
    const label = local.name !== local.requestedName ? `&label=${encodeURIComponent(local.requestedName)}` : '';
    const url = `${base}?name=${encodeURIComponent(local.requestedName)}${label}`;
    try {
        const { data } = await client.request({
            method: 'POST',
            url,
            data: body.stream,
            headers: { 'content-type': local.contentType, 'content-length': local.size },
            // redirect 'error' is what keeps memory bounded: with any other mode undici's fetch clones
            // the request (fetch spec, HTTP-network-or-cache fetch), which tees the body stream, and
            // the unread branch buffers the whole file (measured: RSS grew with the file's size).
            // An upload endpoint never redirects, so refusing redirects costs nothing.
            request: { retries: 0, redirect: 'error' },
        });
        return data;
    }
    finally {
        body.stop();
    }
}

;// CONCATENATED MODULE: ./.build/core/github/stage-asset.js
/*
 * The never-replace state machine shared by stage-release and sbom-attach: attach one local
 * file to the draft without ever replacing an asset, and prove afterwards that GitHub holds
 * exactly the local bytes.
 */







/**
 * An asset already on the release holds the name this run would upload under, written with other
 * capitals (`App.tar.gz` there, `app.tar.gz` here). GitHub keeps one asset per name regardless
 * of case ({@link sameAssetName}), so the upload could only be refused or land on that asset:
 * it is refused here, before any byte is sent, naming the asset that is there.
 */
class AssetNameConflictError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('CASE_ONLY', message);
        this.name = 'AssetNameConflictError';
    }
}
/** The conflict with `clash`, an asset whose name is `local`'s but for case. */
function caseConflict(clash, local) {
    return new AssetNameConflictError(`asset ${(0,errors/* quote */.hD)(clash.name)} (${clash.id}) is already on the release, and ${(0,errors/* quote */.hD)(local.requestedName)} differs from it ` +
        'only in case: GitHub keeps one asset per name regardless of case, so it is not uploaded beside it. ' +
        'Rename the file, or delete the asset by hand if it is the wrong one.');
}
/**
 * The asset whose name is `local`'s but for case, when none has its exact name (an exact name is
 * {@link findAsset}'s, and the never-replace rules decide about it).
 */
function caseOnlyMatch(assets, local) {
    if (findAsset(assets, local))
        return undefined;
    for (const asset of assets.values()) {
        if (sameAssetName(asset.name, local.name) || sameAssetName(asset.name, local.requestedName))
            return asset;
    }
    return undefined;
}
/**
 * The asset that holds `local`: the one named as requested, or the one named as this run
 * predicts GitHub renames it. Nothing else counts, and the label least of all: anyone who can
 * upload to the draft can label an unrelated asset with our name, and a label match would then
 * pass it off as "already staged" (or delete it as "broken") while the expected name is never
 * uploaded. A name is unique on a release, so a name match is the asset GitHub would refuse a
 * second upload for.
 */
function findAsset(assets, local) {
    return assets.get(local.requestedName) ?? assets.get(local.name);
}
/**
 * Attaches one local file to the draft without ever replacing an asset:
 * - same name, same sha256 → skipped;
 * - same name, different sha256 → failed, naming both digests, the asset untouched;
 * - same name in a non-`uploaded` state (a broken earlier upload) → deleted and uploaded again;
 * - otherwise uploaded, streamed from the file's one open handle and hashed as it is sent, then
 *   re-read: state `uploaded` and digest equal to the digest of the bytes sent, or the asset
 *   this run uploaded is deleted at once and it is a failure naming both digests.
 * The local digest is computed before the upload only when an asset of the name is already
 * there (to compare); otherwise the one read that sends the file also hashes it.
 * An upload is not idempotent, so after any error the asset list is read again before the next
 * attempt (it may have landed, or a concurrent run may have uploaded the same name).
 * Whether the release is still a draft is not read before each upload (see
 * {@link confirmStillDraft}, which the caller runs once after the last); a retry re-reads it.
 */
async function stageAsset(client, repo, release, local, options = {}) {
    const attempts = options.attempts ?? 3;
    const log = options.log ?? (() => undefined);
    const known = options.assets;
    /** Reads the release's assets, refreshing the shared map. */
    let lastListing = known ?? new Map();
    const relist = async () => {
        const listed = assetsByName(await listAssets(client, repo, release.id));
        lastListing = listed;
        if (known) {
            known.clear();
            for (const [name, asset] of listed)
                known.set(name, asset);
        }
        return listed;
    };
    /** Reads the release's assets (refreshing the shared map) and picks ours. */
    const reread = async () => findAsset(await relist(), local);
    const forget = (asset) => {
        if (known?.get(asset.name)?.id === asset.id)
            known.delete(asset.name);
    };
    let uploads = 0;
    let repaired = false;
    let hashed;
    // Read through the same handle as any upload; computed once, only when there is something
    // to compare with.
    const localSha256 = async () => (hashed ??= await hashLocal(local));
    const compare = async (existing, why) => {
        const remote = await remoteSha256(client, repo, existing);
        const mine = await localSha256();
        const via = remote.how === 'download' ? ' (no digest reported: downloaded and hashed)' : '';
        if (remote.sha256 === mine) {
            return {
                local,
                action: 'skipped',
                detail: `${why}: identical asset '${existing.name}' already there, ${asset_upload_short(mine)}${via}`,
                asset: existing,
                sha256: mine,
                uploads,
            };
        }
        return {
            local,
            action: 'failed',
            detail: `asset '${existing.name}' already on the release has ${asset_upload_short(remote.sha256)}${via}, ` +
                `but '${local.display}' has ${asset_upload_short(mine)}; an asset is never replaced (delete it by hand if it is wrong)`,
            asset: existing,
            sha256: mine,
            uploads,
        };
    };
    /** Deletes a broken leftover; a 404 means someone else already removed it. */
    const removeBroken = async (asset) => {
        log(`Asset '${asset.name}' is in state ${(0,errors/* quote */.hD)(asset.state)} (a broken upload): deleting it to upload again.`);
        await deleteAsset(client, repo, asset, `Deleting broken asset '${asset.name}'`);
        forget(asset);
        repaired = true;
    };
    /**
     * Waits while the asset of our name is in a non-`uploaded` state: it may be a concurrent
     * run's upload in flight rather than a leftover. Returns what is there at the end.
     */
    const settle = async (found) => {
        const deadline = Date.now() + (options.concurrentWaitMs ?? 30_000);
        while (found && found.state !== 'uploaded' && Date.now() < deadline) {
            await (0,promises_.setTimeout)(options.pollMs ?? 1000);
            found = await reread();
        }
        return found;
    };
    // The first look: the map the run keeps (listed once, or known empty for a draft this run
    // created), or a listing of its own.
    const first = known ?? (await relist());
    const clash = caseOnlyMatch(first, local);
    if (clash)
        throw caseConflict(clash, local);
    const existing = await settle(findAsset(first, local));
    if (existing) {
        if (existing.state === 'uploaded')
            return compare(existing, 'already staged');
        await removeBroken(existing);
    }
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let uploaded;
        // A retry follows a failure, after which nothing about the release is assumed: re-read.
        if (attempt > 1)
            await assertStillDraft(client, repo, release);
        const body = sendingBody(local);
        try {
            uploads++;
            uploaded = await uploadStream(client, release, local, body);
        }
        catch (error) {
            const changed = body.failure();
            if (changed) {
                // The file ended early while it was sent: no retry can send one known version. A
                // leftover of this broken upload is removed so the next run starts clean.
                const left = await reread();
                if (left && left.state !== 'uploaded')
                    await removeBroken(left);
                throw changed;
            }
            const status = (0,github_client/* statusOf */.c2)(error);
            lastError = (0,errors/* messageOf */.bD)(error);
            if (status === 401 || status === 403 || status === 404) {
                throw (0,github_client/* explainHttpError */.yH)(error, `Uploading '${local.name}' to release ${release.id}`, 'contents: write');
            }
            // Never retry blindly: find out what the failed request left behind.
            log(`Upload of '${local.name}' failed (${status ?? 'no status'}: ${lastError}); re-reading the release.`);
            let found = await reread();
            // On a 422 a concurrent run is probably uploading this very name: give it time to finish.
            if (status === 422)
                found = await settle(found);
            if (found && found.state === 'uploaded') {
                // Landed although the request failed. Only when this run handed over every byte is it
                // known to be ours with a known digest; otherwise it is compared like any other asset.
                if (status === 422 || body.sent() === undefined) {
                    return compare(found, 'uploaded meanwhile by a concurrent run');
                }
                uploaded = found;
            }
            else {
                if (found)
                    await removeBroken(found);
                if (status === 422 && !found) {
                    // A concurrent run may have uploaded the name with other capitals meanwhile.
                    const late = caseOnlyMatch(lastListing, local);
                    if (late)
                        throw caseConflict(late, local);
                    // GitHub refuses uploads to a published immutable release with a 422: say that rather
                    // than a bare refusal when it is the reason.
                    await assertStillDraft(client, repo, release);
                    // A refusal that is not explained by an asset we can see (validation, or a name
                    // GitHub derived differently from ours): retrying cannot help, and guessing could.
                    throw new github_client/* GitHubRequestError */.vK('UPLOAD_FAILED', `GitHub refused the upload of '${local.requestedName}' (${lastError}) and no asset named ` +
                        `'${local.name}' is on the release; not retrying`, error);
                }
                continue;
            }
        }
        const sent = body.sent();
        if (sent === undefined) {
            // GitHub answered before the whole body was read: what it stored is not what was meant.
            await deleteAsset(client, repo, uploaded, `Deleting incomplete upload '${uploaded.name}'`);
            throw new github_client/* GitHubRequestError */.vK('UPLOAD_FAILED', `GitHub answered the upload of '${local.name}' before the whole file was sent; the asset was deleted`);
        }
        try {
            await assertUnchanged(local);
        }
        catch (error) {
            // Written to while it was sent: the asset holds a mix of versions. It is this run's own
            // upload, so it is removed at once rather than left to fail every re-run.
            await deleteAsset(client, repo, uploaded, `Deleting asset '${uploaded.name}' uploaded from a changing file`);
            const code = error instanceof FileChangedError ? error.code : 'WRITTEN';
            throw new FileChangedError(code, `${(0,errors/* messageOf */.bD)(error)} The asset this run uploaded was deleted.`);
        }
        const verified = await verifyUploaded(client, repo, local, uploaded, sent, repaired ? 'repaired' : 'uploaded', uploads);
        if (verified) {
            // The map follows what is on the release now: the asset as verified (or as it stands
            // when its state is wrong), nothing when the wrong-digest check deleted it.
            if (verified.asset)
                known?.set(verified.asset.name, verified.asset);
            else
                forget(uploaded);
            return verified;
        }
        // Our asset vanished between upload and re-read: a concurrent run took it for a broken
        // upload and deleted it. What is there now decides.
        log(`Asset '${local.name}' (${uploaded.id}) is gone after its upload; re-reading the release.`);
        forget(uploaded);
        const now = await settle(await reread());
        if (now?.state === 'uploaded')
            return compare(now, 'uploaded meanwhile by a concurrent run');
        if (now)
            await removeBroken(now);
        lastError = `asset ${uploaded.id} disappeared after its upload`;
    }
    throw new github_client/* GitHubRequestError */.vK('UPLOAD_FAILED', `Uploading '${local.name}' failed ${attempts} times; last error: ${lastError}`);
}

;// CONCATENATED MODULE: ./.build/core/release/pipeline.js
/*
 * The staging pipeline shared by stage-release and sbom-attach: plan the asset names, open the
 * local files (local half: nothing is requested), then find or create the draft and stage each
 * file on it under the never-replace rules (remote half), one summary row per step.
 */












/**
 * The local half: assigns asset names (refusing two files that would share one) and opens and
 * size-checks every file. Throws a ConfigurationError before anything is requested. The caller
 * closes the returned handles ({@link closeLocalAssets}) when staging is over.
 */
async function openForStaging(input, files, contentTypeOf, root) {
    const byFile = new Map(files.map((f) => [f.file, f.display]));
    const planned = planAssetNames(input, files).map((p) => ({ ...p, display: byFile.get(p.file) ?? p.file }));
    return prepareLocalAssets(input, planned, contentTypeOf, root);
}
/**
 * The remote half. A tag whose release is already published (a re-run of a whole workflow after
 * undraft) is compared with the local files, reading only: every file there byte-identical is
 * success with nothing written, anything else is refused naming the difference. Otherwise the
 * draft is found or created and each local file staged on it. Rows: `published release` or
 * `draft release`, then one `asset <name>` per file, then `draft release after the uploads` when
 * something was uploaded. Nothing here throws for a release-state problem, a denied request or a
 * failed asset: each becomes a failed row, so the summary is always written and lists every
 * problem.
 *
 * Requests, for A new files: the release list (its pages, read once for the published check and
 * the draft lookup), the tag's commit, then either the draft's assets (one listing for all files)
 * or, for a draft this run creates, the creation and one re-read of the newest releases (a new
 * draft has no assets to list); then one upload per file, verified from GitHub's answer, and one
 * read of the release after the last upload.
 */
async function stageOnDraft(report, client, repo, spec, locals) {
    let draft;
    const options = stageOptionsFromEnv(info);
    let assets;
    try {
        const listing = await release_list_readReleaseListing(client, repo, spec.tag);
        const published = await compareWithPublished(client, repo, spec.tag, locals, listing.releases);
        if (published) {
            // Published means the tag exists: its commit is the truth here too, on every run.
            if (spec.checkTarget)
                await tagCommitHoldingTarget(client, repo, spec.tag, spec.target);
            const outcomes = [];
            recordPublished(report, published, outcomes);
            return { release: published.release, outcomes };
        }
        draft = await ensureDraft(client, repo, spec, { ...options, listing });
        // A draft this run created and kept holds nothing yet; any other is listed once, and the map
        // is kept up to date as this run's uploads land.
        assets = draft.created ? new Map() : assetsByName(await listAssets(client, repo, draft.release.id));
    }
    catch (error) {
        // A published release, two drafts, a target that is not the release's commit, a missing
        // tag or a denied request: the failed row of the summary.
        report.fail('draft release', (0,errors/* messageWithFix */.vW)(error));
        return { outcomes: [] };
    }
    report.pass('draft release', describeDraft(spec.tag, draft));
    const outcomes = [];
    for (const local of locals) {
        if (local.name !== local.requestedName) {
            warning(`'${local.display}': GitHub renames '${local.requestedName}' to '${local.name}'.`);
        }
        let outcome;
        try {
            outcome = await stageAsset(client, repo, draft.release, local, { ...options, assets });
        }
        catch (error) {
            outcome = { local, action: 'failed', detail: (0,errors/* messageWithFix */.vW)(error), sha256: '', uploads: 0 };
        }
        outcomes.push(outcome);
        const renamed = outcome.asset && outcome.asset.name !== local.requestedName
            ? ` [renamed from '${local.requestedName}']`
            : '';
        report.add({
            check: `asset ${outcome.asset?.name ?? local.name}`,
            ok: outcome.action !== 'failed',
            detail: outcome.detail + renamed,
        });
    }
    try {
        const problems = await confirmStillDraft(client, repo, draft.release, outcomes);
        for (const problem of problems)
            report.fail('draft release after the uploads', problem);
    }
    catch (error) {
        report.fail('draft release after the uploads', (0,errors/* messageWithFix */.vW)(error));
    }
    return { release: draft.release, outcomes };
}
function describeDraft(tag, draft) {
    if (draft.created) {
        return `created draft ${draft.release.id} for ${tag} at ${draft.target} (prerelease: ${draft.prerelease})`;
    }
    if (draft.yieldedTo) {
        return `a concurrent run created draft ${draft.yieldedTo} first; using it (this run's duplicate was deleted)`;
    }
    return `found draft ${draft.release.id} for ${tag}; left its title, notes and flags as they are`;
}
/** The outcomes' counts for the outputs: repaired broken uploads count as uploaded. */
function countOutcomes(outcomes) {
    return {
        uploaded: outcomes.filter((o) => o.action === 'uploaded' || o.action === 'repaired').length,
        skipped: outcomes.filter((o) => o.action === 'skipped').length,
    };
}
/**
 * Waiting and retry settings for the asset core. The defaults suit GitHub; the
 * `SEALED_RELEASE_POLL_MS` / `SEALED_RELEASE_CONCURRENT_WAIT_MS` variables shorten them for the
 * loopback tests and the rehearsal.
 */
function stageOptionsFromEnv(log) {
    return {
        pollMs: (0,env/* envNumber */.d)('SEALED_RELEASE_POLL_MS'),
        concurrentWaitMs: (0,env/* envNumber */.d)('SEALED_RELEASE_CONCURRENT_WAIT_MS'),
        log,
    };
}
/** The `assets` output: one object per local file, in input order. */
function assetsJson(outcomes) {
    return JSON.stringify(outcomes.map((o) => ({
        file: o.local.display,
        'requested-name': o.local.requestedName,
        name: o.asset?.name ?? o.local.name,
        result: o.action,
        id: o.asset?.id ?? null,
        url: o.asset?.browser_download_url ?? null,
        size: o.local.size,
        sha256: o.sha256,
        'content-type': o.local.contentType,
        detail: o.detail,
    })));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(60878);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.2.SNAPSHOT.schema.json
var bom_1_2_SNAPSHOT_schema = __webpack_require__(70733);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.3.SNAPSHOT.schema.json
var bom_1_3_SNAPSHOT_schema = __webpack_require__(72806);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.4.SNAPSHOT.schema.json
var bom_1_4_SNAPSHOT_schema = __webpack_require__(63119);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.5.SNAPSHOT.schema.json
var bom_1_5_SNAPSHOT_schema = __webpack_require__(44072);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json
var bom_1_6_SNAPSHOT_schema = __webpack_require__(14113);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.7.SNAPSHOT.schema.json
var bom_1_7_SNAPSHOT_schema = __webpack_require__(85674);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json
var spdx_SNAPSHOT_schema = __webpack_require__(52094);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json
var jsf_0_82_SNAPSHOT_schema = __webpack_require__(96115);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/res/schema/cryptography-defs.SNAPSHOT.schema.json
var cryptography_defs_SNAPSHOT_schema = __webpack_require__(1480);
;// CONCATENATED MODULE: ./.build/core/sbom/schemas/spdx-2.2.json
const spdx_2_2_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://spdx.org/rdf/terms","title":"SPDX 2.2","type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"comment":{"type":"string"},"creationInfo":{"type":"object","properties":{"comment":{"type":"string"},"created":{"description":"Identify when the SPDX file was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard. This field is distinct from the fields in section 8, which involves the addition of information during a subsequent review.","type":"string"},"creators":{"description":"Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person\'s name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","minItems":1,"type":"array","items":{"description":"Identify who (or what, in the case of a tool) created the SPDX file. If the SPDX file was created by an individual, indicate the person\'s name. If the SPDX file was created on behalf of a company or organization, indicate the entity name. If the SPDX file was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","type":"string"}},"licenseListVersion":{"description":"An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.","type":"string"}},"required":["created","creators"],"additionalProperties":false,"description":"One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools."},"dataLicense":{"description":"License expression for dataLicense.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\\"SPDX-Metadata\\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \\"database rights\\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \\"as-is\\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.","type":"string"},"externalDocumentRefs":{"description":"Identify any external SPDX documents referenced within this SPDX document.","type":"array","items":{"type":"object","properties":{"checksum":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."},"externalDocumentId":{"description":"externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.","type":"string"},"spdxDocument":{"description":"SPDX ID for SpdxDocument.  A property containing an SPDX document.","type":"string"}},"required":["checksum","externalDocumentId","spdxDocument"],"additionalProperties":false,"description":"Information about an external SPDX document reference including the checksum. This allows for verification of the external references."}},"hasExtractedLicensingInfos":{"description":"Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"crossRefs":{"description":"Cross Reference Detail for a license SeeAlso URL","type":"array","items":{"type":"object","properties":{"isLive":{"description":"Indicate a URL is still a live accessible location on the public internet","type":"boolean"},"isValid":{"description":"True if the URL is a valid well formed URL","type":"boolean"},"isWayBackLink":{"description":"True if the License SeeAlso URL points to a Wayback archive","type":"boolean"},"match":{"description":"Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.","type":"string"},"order":{"description":"The ordinal order of this element within a list","type":"integer"},"timestamp":{"description":"Timestamp","type":"string"},"url":{"description":"URL Reference","type":"string"}},"required":["url"],"additionalProperties":false,"description":"Cross reference details for the a URL reference"}},"extractedText":{"description":"Verbatim license or licensing notice text that was discovered.","type":"string"},"licenseId":{"description":"A human readable short form license identifier for a license. The license ID is either on the standard license list or the form \\"LicenseRef-\\"[idString] where [idString] is a unique string containing letters, numbers, \\".\\", \\"-\\" or \\"+\\".","type":"string"},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"seeAlsos":{"type":"array","items":{"type":"string"}}},"required":["extractedText","licenseId"],"additionalProperties":false,"description":"An ExtractedLicensingInfo represents a license or licensing notice that was found in a package, file or snippet. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo."}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"revieweds":{"description":"Reviewed","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"reviewDate":{"description":"The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have \'Z\' as its timezone indicator.","type":"string"},"reviewer":{"description":"The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.","type":"string"}},"required":["reviewDate"],"additionalProperties":false}},"spdxVersion":{"description":"Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.","type":"string"},"documentNamespace":{"type":"string","description":"The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document."},"documentDescribes":{"description":"Packages, files and/or Snippets described by this SPDX document","type":"array","items":{"type":"string","description":"SPDX ID for each Package, File, or Snippet."}},"packages":{"description":"Packages referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"description":{"description":"Provides a detailed description of the package.","type":"string"},"downloadLocation":{"description":"The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.","type":"string"},"externalRefs":{"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"referenceCategory":{"description":"Category for the external reference","type":"string","enum":["OTHER","PERSISTENT-ID","PERSISTENT_ID","SECURITY","PACKAGE-MANAGER","PACKAGE_MANAGER"]},"referenceLocator":{"description":"The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.","type":"string"},"referenceType":{"description":"Type of the external reference. These are definined in an appendix in the SPDX specification.","type":"string"}},"required":["referenceCategory","referenceLocator","referenceType"],"additionalProperties":false,"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package."}},"filesAnalyzed":{"description":"Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.","type":"boolean"},"hasFiles":{"description":"Indicates that a particular file belongs to a package.","type":"array","items":{"description":"SPDX ID for File.  Indicates that a particular file belongs to a package.","type":"string"}},"homepage":{"type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"licenseDeclared":{"description":"License expression for licenseDeclared.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.","type":"string"},"licenseInfoFromFiles":{"description":"The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.","type":"array","items":{"description":"License expression for licenseInfoFromFiles.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"originator":{"description":"The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.","type":"string"},"packageFileName":{"description":"The base name of the package file name. For example, zlib-1.2.5.tar.gz.","type":"string"},"packageVerificationCode":{"type":"object","properties":{"packageVerificationCodeExcludedFiles":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"array","items":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"string"}},"packageVerificationCodeValue":{"description":"The actual package verification code as a hex encoded value.","type":"string"}},"required":["packageVerificationCodeValue"],"additionalProperties":false,"description":"A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item."},"sourceInfo":{"description":"Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.","type":"string"},"summary":{"description":"Provides a short description of the package.","type":"string"},"supplier":{"description":"The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.","type":"string"},"versionInfo":{"description":"Provides an indication of the version of the package that is described by this SpdxDocument.","type":"string"}},"required":["SPDXID","copyrightText","downloadLocation","licenseConcluded","licenseDeclared","name"],"additionalProperties":false}},"files":{"description":"Files referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"artifactOfs":{"description":"Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.","type":"array","items":{"type":"object"}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","minItems":1,"type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA256","SHA1","SHA384","MD2","MD4","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"fileContributors":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"array","items":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"string"}},"fileDependencies":{"type":"array","items":{"description":"SPDX ID for File","type":"string"}},"fileName":{"description":"The name of the file relative to the root of the package.","type":"string"},"fileTypes":{"description":"The type of the file.","type":"array","items":{"description":"The type of the file.","type":"string","enum":["OTHER","DOCUMENTATION","IMAGE","VIDEO","ARCHIVE","SPDX","APPLICATION","SOURCE","BINARY","TEXT","AUDIO"]}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"licenseInfoInFiles":{"description":"Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.","minItems":1,"type":"array","items":{"description":"License expression for licenseInfoInFile.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.","type":"string"}},"noticeText":{"description":"This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.","type":"string"}},"required":["SPDXID","checksums","copyrightText","fileName","licenseConcluded","licenseInfoInFiles"],"additionalProperties":false}},"snippets":{"description":"Snippets referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the Package or File.","type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the package.","type":"string"},"licenseInfoInSnippets":{"description":"Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.","type":"array","items":{"description":"License expression for licenseInfoInSnippet.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"ranges":{"description":"This field defines the byte range in the original host file (in X.2) that the snippet information applies to","minItems":1,"type":"array","items":{"type":"object","properties":{"endPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false},"startPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false}},"required":["endPointer","startPointer"],"additionalProperties":false}},"snippetFromFile":{"description":"SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).","type":"string"}},"required":["SPDXID","copyrightText","licenseConcluded","ranges","snippetFromFile"],"additionalProperties":false}},"relationships":{"description":"Relationships referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"spdxElementId":{"type":"string","description":"Id to which the SPDX element is related"},"comment":{"type":"string"},"relatedSpdxElement":{"description":"SPDX ID for SpdxElement.  A related SpdxElement.","type":"string"},"relationshipType":{"description":"Describes the type of relationship between two SPDX elements.","type":"string","enum":["VARIANT_OF","COPY_OF","PATCH_FOR","TEST_DEPENDENCY_OF","CONTAINED_BY","DATA_FILE_OF","OPTIONAL_COMPONENT_OF","ANCESTOR_OF","GENERATES","CONTAINS","OPTIONAL_DEPENDENCY_OF","FILE_ADDED","DEV_DEPENDENCY_OF","DEPENDENCY_OF","BUILD_DEPENDENCY_OF","DESCRIBES","PREREQUISITE_FOR","HAS_PREREQUISITE","PROVIDED_DEPENDENCY_OF","DYNAMIC_LINK","DESCRIBED_BY","METAFILE_OF","DEPENDENCY_MANIFEST_OF","PATCH_APPLIED","RUNTIME_DEPENDENCY_OF","TEST_OF","TEST_TOOL_OF","DEPENDS_ON","FILE_MODIFIED","DISTRIBUTION_ARTIFACT","AMENDS","DOCUMENTATION_OF","GENERATED_FROM","STATIC_LINK","OTHER","BUILD_TOOL_OF","TEST_CASE_OF","PACKAGE_OF","DESCENDANT_OF","FILE_DELETED","EXPANDED_FROM_ARCHIVE","DEV_TOOL_OF","EXAMPLE_OF"]}},"required":["spdxElementId","relatedSpdxElement","relationshipType"],"additionalProperties":false}}},"required":["SPDXID","creationInfo","dataLicense","name","spdxVersion","documentNamespace"],"additionalProperties":false}');
;// CONCATENATED MODULE: ./.build/core/sbom/schemas/spdx-2.3.json
const spdx_2_3_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2019-09/schema#","$id":"http://spdx.org/rdf/terms/2.3","title":"SPDX 2.3","type":"object","properties":{"$schema":{"type":"string","description":"Reference the SPDX 2.3 JSON schema."},"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"comment":{"type":"string"},"creationInfo":{"type":"object","properties":{"comment":{"type":"string"},"created":{"description":"Identify when the SPDX document was originally created. The date is to be specified according to combined date and time in UTC format as specified in ISO 8601 standard.","type":"string"},"creators":{"description":"Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person\'s name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","minItems":1,"type":"array","items":{"description":"Identify who (or what, in the case of a tool) created the SPDX document. If the SPDX document was created by an individual, indicate the person\'s name. If the SPDX document was created on behalf of a company or organization, indicate the entity name. If the SPDX document was created using a software tool, indicate the name and version for that tool. If multiple participants or tools were involved, use multiple instances of this field. Person name or organization name may be designated as “anonymous” if appropriate.","type":"string"}},"licenseListVersion":{"description":"An optional field for creators of the SPDX file to provide the version of the SPDX License List used when the SPDX file was created.","type":"string"}},"required":["created","creators"],"additionalProperties":false,"description":"One instance is required for each SPDX file produced. It provides the necessary information for forward and backward compatibility for processing tools."},"dataLicense":{"description":"License expression for dataLicense. See SPDX Annex D for the license expression syntax.  Compliance with the SPDX specification includes populating the SPDX fields therein with data related to such fields (\\"SPDX-Metadata\\"). The SPDX specification contains numerous fields where an SPDX document creator may provide relevant explanatory text in SPDX-Metadata. Without opining on the lawfulness of \\"database rights\\" (in jurisdictions where applicable), such explanatory text is copyrightable subject matter in most Berne Convention countries. By using the SPDX specification, or any portion hereof, you hereby agree that any copyright rights (as determined by your jurisdiction) in any SPDX-Metadata, including without limitation explanatory text, shall be subject to the terms of the Creative Commons CC0 1.0 Universal license. For SPDX-Metadata not containing any copyright rights, you hereby agree and acknowledge that the SPDX-Metadata is provided to you \\"as-is\\" and without any representations or warranties of any kind concerning the SPDX-Metadata, express, implied, statutory or otherwise, including without limitation warranties of title, merchantability, fitness for a particular purpose, non-infringement, or the absence of latent or other defects, accuracy, or the presence or absence of errors, whether or not discoverable, all to the greatest extent permissible under applicable law.","type":"string"},"externalDocumentRefs":{"description":"Identify any external SPDX documents referenced within this SPDX document.","type":"array","items":{"type":"object","properties":{"checksum":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."},"externalDocumentId":{"description":"externalDocumentId is a string containing letters, numbers, ., - and/or + which uniquely identifies an external document within this document.","type":"string"},"spdxDocument":{"description":"SPDX ID for SpdxDocument.  A property containing an SPDX document.","type":"string"}},"required":["checksum","externalDocumentId","spdxDocument"],"additionalProperties":false,"description":"Information about an external SPDX document reference including the checksum. This allows for verification of the external references."}},"hasExtractedLicensingInfos":{"description":"Indicates that a particular ExtractedLicensingInfo was defined in the subject SpdxDocument.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"crossRefs":{"description":"Cross Reference Detail for a license SeeAlso URL","type":"array","items":{"type":"object","properties":{"isLive":{"description":"Indicate a URL is still a live accessible location on the public internet","type":"boolean"},"isValid":{"description":"True if the URL is a valid well formed URL","type":"boolean"},"isWayBackLink":{"description":"True if the License SeeAlso URL points to a Wayback archive","type":"boolean"},"match":{"description":"Status of a License List SeeAlso URL reference if it refers to a website that matches the license text.","type":"string"},"order":{"description":"The ordinal order of this element within a list","type":"integer"},"timestamp":{"description":"Timestamp","type":"string"},"url":{"description":"URL Reference","type":"string"}},"required":["url"],"additionalProperties":false,"description":"Cross reference details for the a URL reference"}},"extractedText":{"description":"Provide a copy of the actual text of the license reference extracted from the package, file or snippet that is associated with the License Identifier to aid in future analysis.","type":"string"},"licenseId":{"description":"A human readable short form license identifier for a license. The license ID is either on the standard license list or the form \\"LicenseRef-[idString]\\" where [idString] is a unique string containing letters, numbers, \\".\\" or \\"-\\".  When used within a license expression, the license ID can optionally include a reference to an external document in the form \\"DocumentRef-[docrefIdString]:LicenseRef-[idString]\\" where docRefIdString is an ID for an external document reference.","type":"string"},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"seeAlsos":{"type":"array","items":{"type":"string"}}},"required":["extractedText","licenseId"],"additionalProperties":false,"description":"An ExtractedLicensingInfo represents a license or licensing notice that was found in a package, file or snippet. Any license text that is recognized as a license may be represented as a License rather than an ExtractedLicensingInfo."}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"revieweds":{"description":"Reviewed","deprecated":true,"type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"reviewDate":{"description":"The date and time at which the SpdxDocument was reviewed. This value must be in UTC and have \'Z\' as its timezone indicator.","type":"string"},"reviewer":{"description":"The name and, optionally, contact information of the person who performed the review. Values of this property must conform to the agent and tool syntax.  The reviewer property is deprecated in favor of Annotation with an annotationType review.","type":"string"}},"required":["reviewDate"],"additionalProperties":false,"description":"This class has been deprecated in favor of an Annotation with an Annotation type of review."}},"spdxVersion":{"description":"Provide a reference number that can be used to understand how to parse and interpret the rest of the file. It will enable both future changes to the specification and to support backward compatibility. The version number consists of a major and minor version indicator. The major field will be incremented when incompatible changes between versions are made (one or more sections are created, modified or deleted). The minor field will be incremented when backwards compatible changes are made.","type":"string"},"documentNamespace":{"type":"string","description":"The URI provides an unambiguous mechanism for other SPDX documents to reference SPDX elements within this SPDX document."},"documentDescribes":{"description":"DEPRECATED: use relationships instead of this field. Packages, files and/or Snippets described by this SPDX document","deprecated":true,"$comment":"This field has been deprecated as it is a duplicate of using the SPDXRef-DOCUMENT DESCRIBES relationship","type":"array","items":{"type":"string","description":"SPDX ID for each Package, File, or Snippet."}},"packages":{"description":"Packages referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"builtDate":{"description":"This field provides a place for recording the actual date the package was built.","type":"string"},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"description":{"description":"Provides a detailed description of the package.","type":"string"},"downloadLocation":{"description":"The URI at which this package is available for download. Private (i.e., not publicly reachable) URIs are acceptable as values of this property. The values http://spdx.org/rdf/terms#none and http://spdx.org/rdf/terms#noassertion may be used to specify that the package is not downloadable or that no attempt was made to determine its download location, respectively.","type":"string"},"externalRefs":{"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package.","type":"array","items":{"type":"object","properties":{"comment":{"type":"string"},"referenceCategory":{"description":"Category for the external reference","type":"string","enum":["OTHER","PERSISTENT-ID","PERSISTENT_ID","SECURITY","PACKAGE-MANAGER","PACKAGE_MANAGER"]},"referenceLocator":{"description":"The unique string with no spaces necessary to access the package-specific information, metadata, or content within the target location. The format of the locator is subject to constraints defined by the <type>.","type":"string"},"referenceType":{"description":"Type of the external reference. These are defined in an appendix in the SPDX specification.","type":"string"}},"required":["referenceCategory","referenceLocator","referenceType"],"additionalProperties":false,"description":"An External Reference allows a Package to reference an external source of additional information, metadata, enumerations, asset identifiers, or downloadable content believed to be relevant to the Package."}},"filesAnalyzed":{"description":"Indicates whether the file content of this package has been available for or subjected to analysis when creating the SPDX document. If false indicates packages that represent metadata or URI references to a project, product, artifact, distribution or a component. If set to false, the package must not contain any files.","type":"boolean"},"hasFiles":{"description":"DEPRECATED: use relationships instead of this field. Indicates that a particular file belongs to a package.","deprecated":true,"$comment":"This field has been deprecated as it is a duplicate of using CONTAINS relationships from a package to files","type":"array","items":{"description":"SPDX ID for File.  Indicates that a particular file belongs to a package.","type":"string"}},"homepage":{"type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseDeclared":{"description":"License expression for licenseDeclared. See SPDX Annex D for the license expression syntax.  The licensing that the creators of the software in the package, or the packager, have declared. Declarations by the original software creator should be preferred, if they exist.","type":"string"},"licenseInfoFromFiles":{"description":"The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\\n\\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same package is true or omitted, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoFromFiles. See SPDX Annex D for the license expression syntax.  The licensing information that was discovered directly within the package. There will be an instance of this property for each distinct value of alllicenseInfoInFile properties of all files contained in the package.\\n\\nIf the licenseInfoFromFiles field is not present for a package and filesAnalyzed property for that same package is true or omitted, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"originator":{"description":"The name and, optionally, contact information of the person or organization that originally created the package. Values of this property must conform to the agent and tool syntax.","type":"string"},"packageFileName":{"description":"The base name of the package file name. For example, zlib-1.2.5.tar.gz.","type":"string"},"packageVerificationCode":{"type":"object","properties":{"packageVerificationCodeExcludedFiles":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"array","items":{"description":"A file that was excluded when calculating the package verification code. This is usually a file containing SPDX data regarding the package. If a package contains more than one SPDX file all SPDX files must be excluded from the package verification code. If this is not done it would be impossible to correctly calculate the verification codes in both files.","type":"string"}},"packageVerificationCodeValue":{"description":"The actual package verification code as a hex encoded value.","type":"string"}},"required":["packageVerificationCodeValue"],"additionalProperties":false,"description":"A manifest based verification code (the algorithm is defined in section 4.7 of the full specification) of the SPDX Item. This allows consumers of this data and/or database to determine if an SPDX item they have in hand is identical to the SPDX item from which the data was produced. This algorithm works even if the SPDX document is included in the SPDX item."},"primaryPackagePurpose":{"description":"This field provides information about the primary purpose of the identified package. Package Purpose is intrinsic to how the package is being used rather than the content of the package.","type":"string","enum":["OTHER","INSTALL","ARCHIVE","FIRMWARE","APPLICATION","FRAMEWORK","LIBRARY","CONTAINER","SOURCE","DEVICE","OPERATING_SYSTEM","FILE"]},"releaseDate":{"description":"This field provides a place for recording the date the package was released.","type":"string"},"sourceInfo":{"description":"Allows the producer(s) of the SPDX document to describe how the package was acquired and/or changed from the original source.","type":"string"},"summary":{"description":"Provides a short description of the package.","type":"string"},"supplier":{"description":"The name and, optionally, contact information of the person or organization who was the immediate supplier of this package to the recipient. The supplier may be different than originator when the software has been repackaged. Values of this property must conform to the agent and tool syntax.","type":"string"},"validUntilDate":{"description":"This field provides a place for recording the end of the support period for a package from the supplier.","type":"string"},"versionInfo":{"description":"Provides an indication of the version of the package that is described by this SpdxDocument.","type":"string"}},"required":["SPDXID","downloadLocation","name"],"additionalProperties":false}},"files":{"description":"Files referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"artifactOfs":{"description":"Indicates the project in which the SpdxElement originated. Tools must preserve doap:homepage and doap:name properties and the URI (if one is known) of doap:Project resources that are values of this property. All other properties of doap:Projects are not directly supported by SPDX and may be dropped when translating to or from some SPDX formats.","type":"array","items":{"type":"object"}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"checksums":{"description":"The checksum property provides a mechanism that can be used to verify that the contents of a File or Package have not changed.","minItems":1,"type":"array","items":{"type":"object","properties":{"algorithm":{"description":"Identifies the algorithm used to produce the subject Checksum. Currently, SHA-1 is the only supported algorithm. It is anticipated that other algorithms will be supported at a later time.","type":"string","enum":["SHA1","BLAKE3","SHA3-384","SHA256","SHA384","BLAKE2b-512","BLAKE2b-256","SHA3-512","MD2","ADLER32","MD4","SHA3-256","BLAKE2b-384","SHA512","MD6","MD5","SHA224"]},"checksumValue":{"description":"The checksumValue property provides a lower case hexidecimal encoded digest value produced using a specific algorithm.","type":"string"}},"required":["algorithm","checksumValue"],"additionalProperties":false,"description":"A Checksum is value that allows the contents of a file to be authenticated. Even small changes to the content of the file will change its checksum. This class allows the results of a variety of checksum and cryptographic message digest algorithms to be represented."}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"fileContributors":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"array","items":{"description":"This field provides a place for the SPDX file creator to record file contributors. Contributors could include names of copyright holders and/or authors who may not be copyright holders yet contributed to the file content.","type":"string"}},"fileDependencies":{"description":"This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.","deprecated":true,"type":"array","items":{"description":"SPDX ID for File.  This field is deprecated since SPDX 2.0 in favor of using Section 7 which provides more granularity about relationships.","type":"string"}},"fileName":{"description":"The name of the file relative to the root of the package.","type":"string"},"fileTypes":{"description":"The type of the file.","type":"array","items":{"description":"The type of the file.","type":"string","enum":["OTHER","DOCUMENTATION","IMAGE","VIDEO","ARCHIVE","SPDX","APPLICATION","SOURCE","BINARY","TEXT","AUDIO"]}},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseInfoInFiles":{"description":"Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\\n\\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoInFile. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject file. This is also considered a declared license for the file.\\n\\nIf the licenseInfoInFile field is not present for a file, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"noticeText":{"description":"This field provides a place for the SPDX file creator to record potential legal notices found in the file. This may or may not include copyright statements.","type":"string"}},"required":["SPDXID","checksums","fileName"],"additionalProperties":false}},"snippets":{"description":"Snippets referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"SPDXID":{"type":"string","description":"Uniquely identify any element in an SPDX document which may be referenced by other elements."},"annotations":{"description":"Provide additional information about an SpdxElement.","type":"array","items":{"type":"object","properties":{"annotationDate":{"description":"Identify when the comment was made. This is to be specified according to the combined date and time in the UTC format, as specified in the ISO 8601 standard.","type":"string"},"annotationType":{"description":"Type of the annotation.","type":"string","enum":["OTHER","REVIEW"]},"annotator":{"description":"This field identifies the person, organization, or tool that has commented on a file, package, snippet, or the entire document.","type":"string"},"comment":{"type":"string"}},"required":["annotationDate","annotationType","annotator","comment"],"additionalProperties":false,"description":"An Annotation is a comment on an SpdxItem by an agent."}},"attributionTexts":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"array","items":{"description":"This field provides a place for the SPDX data creator to record acknowledgements that may be required to be communicated in some contexts. This is not meant to include the actual complete license text (see licenseConculded and licenseDeclared), and may or may not include copyright notices (see also copyrightText). The SPDX data creator may use this field to record other acknowledgements, such as particular clauses from license texts, which may be necessary or desirable to reproduce.","type":"string"}},"comment":{"type":"string"},"copyrightText":{"description":"The text of copyright declarations recited in the package, file or snippet.\\n\\nIf the copyrightText field is not present, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseComments":{"description":"The licenseComments property allows the preparer of the SPDX document to describe why the licensing in spdx:licenseConcluded was chosen.","type":"string"},"licenseConcluded":{"description":"License expression for licenseConcluded. See SPDX Annex D for the license expression syntax.  The licensing that the preparer of this SPDX document has concluded, based on the evidence, actually applies to the SPDX Item.\\n\\nIf the licenseConcluded field is not present for an SPDX Item, it implies an equivalent meaning to NOASSERTION.","type":"string"},"licenseInfoInSnippets":{"description":"Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\\n\\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.","type":"array","items":{"description":"License expression for licenseInfoInSnippet. See SPDX Annex D for the license expression syntax.  Licensing information that was discovered directly in the subject snippet. This is also considered a declared license for the snippet.\\n\\nIf the licenseInfoInSnippet field is not present for a snippet, it implies an equivalent meaning to NOASSERTION.","type":"string"}},"name":{"description":"Identify name of this SpdxElement.","type":"string"},"ranges":{"description":"This field defines the byte range in the original host file (in X.2) that the snippet information applies to","minItems":1,"type":"array","items":{"type":"object","properties":{"endPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false},"startPointer":{"type":"object","properties":{"reference":{"description":"SPDX ID for File","type":"string"},"offset":{"type":"integer","description":"Byte offset in the file"},"lineNumber":{"type":"integer","description":"line number offset in the file"}},"required":["reference"],"additionalProperties":false}},"required":["endPointer","startPointer"],"additionalProperties":false}},"snippetFromFile":{"description":"SPDX ID for File.  File containing the SPDX element (e.g. the file contaning a snippet).","type":"string"}},"required":["SPDXID","name","ranges","snippetFromFile"],"additionalProperties":false}},"relationships":{"description":"Relationships referenced in the SPDX document","type":"array","items":{"type":"object","properties":{"spdxElementId":{"type":"string","description":"Id to which the SPDX element is related"},"comment":{"type":"string"},"relatedSpdxElement":{"description":"SPDX ID for SpdxElement.  A related SpdxElement.","type":"string"},"relationshipType":{"description":"Describes the type of relationship between two SPDX elements.","type":"string","enum":["VARIANT_OF","COPY_OF","PATCH_FOR","TEST_DEPENDENCY_OF","CONTAINED_BY","DATA_FILE_OF","OPTIONAL_COMPONENT_OF","ANCESTOR_OF","GENERATES","CONTAINS","OPTIONAL_DEPENDENCY_OF","FILE_ADDED","REQUIREMENT_DESCRIPTION_FOR","DEV_DEPENDENCY_OF","DEPENDENCY_OF","BUILD_DEPENDENCY_OF","DESCRIBES","PREREQUISITE_FOR","HAS_PREREQUISITE","PROVIDED_DEPENDENCY_OF","DYNAMIC_LINK","DESCRIBED_BY","METAFILE_OF","DEPENDENCY_MANIFEST_OF","PATCH_APPLIED","RUNTIME_DEPENDENCY_OF","TEST_OF","TEST_TOOL_OF","DEPENDS_ON","SPECIFICATION_FOR","FILE_MODIFIED","DISTRIBUTION_ARTIFACT","AMENDS","DOCUMENTATION_OF","GENERATED_FROM","STATIC_LINK","OTHER","BUILD_TOOL_OF","TEST_CASE_OF","PACKAGE_OF","DESCENDANT_OF","FILE_DELETED","EXPANDED_FROM_ARCHIVE","DEV_TOOL_OF","EXAMPLE_OF"]}},"required":["spdxElementId","relatedSpdxElement","relationshipType"],"additionalProperties":false}}},"required":["SPDXID","creationInfo","dataLicense","name","spdxVersion","documentNamespace"],"additionalProperties":false}');
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
;// CONCATENATED MODULE: ./.build/core/sbom/schemas.js
/*
 * The official schemas an SBOM is validated against, compiled lazily (only the version a
 * document declares is compiled, so a run pays for one schema, not six).
 *
 * CycloneDX schemas come from @cyclonedx/cyclonedx-library's `res/schema/`. The package's
 * `exports` map does not expose that folder, so they are imported by relative path; ncc inlines
 * them into the bundle. SPDX schemas are vendored under ./schemas (see its README).
 */















// ajv and ajv-formats are CommonJS with a `default` property; under NodeNext the default
// import is the module object, so take `.default` when it is there.
const Ajv = (ajv["default"] ??
    ajv);
const Ajv2019 = (_2019["default"] ??
    _2019);
const addFormats = (dist["default"] ??
    dist);
const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];
const BOM = {
    '1.2': bom_1_2_SNAPSHOT_schema,
    '1.3': bom_1_3_SNAPSHOT_schema,
    '1.4': bom_1_4_SNAPSHOT_schema,
    '1.5': bom_1_5_SNAPSHOT_schema,
    '1.6': bom_1_6_SNAPSHOT_schema,
    '1.7': bom_1_7_SNAPSHOT_schema,
};
/** The bom schemas `$ref` their helpers as `<name>.SNAPSHOT.schema.json`, relative to their own `$id`. */
const CDX_BASE = 'http://cyclonedx.org/schema/';
const CDX_HELPERS = [
    ['spdx.SNAPSHOT.schema.json', spdx_SNAPSHOT_schema],
    ['jsf-0.82.SNAPSHOT.schema.json', jsf_0_82_SNAPSHOT_schema],
    ['cryptography-defs.SNAPSHOT.schema.json', cryptography_defs_SNAPSHOT_schema],
];
/*
 * Formats the CycloneDX schemas use that ajv-formats does not define. Both are checked
 * loosely (RFC 3987 references and internationalised addresses are broad): a malformed value
 * is one with whitespace or control characters, which no tool emits on purpose.
 */
function hasSpaceOrControl(value) {
    for (const ch of value) {
        const code = ch.codePointAt(0);
        if (code <= 0x20 || code === 0x7f || /\s/.test(ch))
            return true;
    }
    return false;
}
function addLooseFormats(ajv) {
    ajv.addFormat('iri-reference', (value) => !hasSpaceOrControl(value));
    ajv.addFormat('iri', (value) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && !hasSpaceOrControl(value));
    ajv.addFormat('idn-email', (value) => /^[^\s@]+@[^\s@]+$/.test(value));
}
function newAjv(Ctor) {
    // strict: false because the official schemas use keywords ajv's strict mode rejects
    // (`deprecated`, `meta:enum`, unknown formats in older drafts); allErrors so a report can
    // list several problems at once.
    const ajv = new Ctor({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    addLooseFormats(ajv);
    return ajv;
}
const cache = new Map();
/** The compiled validator of one CycloneDX specVersion. */
function cycloneDxValidator(version) {
    const key = `cdx-${version}`;
    let validate = cache.get(key);
    if (!validate) {
        const ajv = newAjv(Ajv);
        for (const [name, schema] of CDX_HELPERS)
            ajv.addSchema({ ...schema, $id: CDX_BASE + name });
        validate = ajv.compile(BOM[version]);
        cache.set(key, validate);
    }
    return validate;
}
/** The compiled validator of one SPDX version (2.2 is draft-07, 2.3 is draft 2019-09). */
function spdxValidator(version) {
    const key = `spdx-${version}`;
    let validate = cache.get(key);
    if (!validate) {
        validate =
            version === 'SPDX-2.2' ? newAjv(Ajv).compile(spdx_2_2_namespaceObject) : newAjv(Ajv2019).compile(spdx_2_3_namespaceObject);
        cache.set(key, validate);
    }
    return validate;
}
/** One schema error as `<JSON path>: <message>`, the path in JSON Pointer form (`/` = the document). */
function formatSchemaError(error) {
    // The path and a stray property name are the document's own keys: shown as they are when
    // plain and short, quoted and cut otherwise, never raw.
    const path = error.instancePath === '' ? '/' : error.instancePath;
    const where = /^[\x20-\x7e]{1,120}$/.test(path) ? path : (0,quote/* quote */.h)(path);
    const params = error.params;
    let extra = '';
    if (typeof params.additionalProperty === 'string')
        extra = ` (${(0,quote/* quote */.h)(params.additionalProperty)})`;
    else if (Array.isArray(params.allowedValues))
        extra = ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
    return `${where}: ${error.message ?? error.keyword}${extra}`;
}

;// CONCATENATED MODULE: ./.build/core/sbom/sbom.js
/*
 * SBOM detection, validation and content checks for sbom-attach. Everything here is pure over
 * the document's text except `readSbomFile`, which refuses oversized files before reading them.
 */




/**
 * The largest SBOM accepted: 64 MiB. A parsed JSON document takes several times its size in
 * memory (the text, the object graph, the validator's walk), so a bound keeps the action inside
 * a runner's memory whatever it is handed. Real SBOMs of large container images stay well
 * below it; a bigger file is far more likely a wrong path than a real SBOM.
 */
const MAX_SBOM_BYTES = 64 * 1024 * 1024;
/** How many schema errors a failure quotes. */
const MAX_SCHEMA_ERRORS = 5;
const sbom_CONTENT_TYPES = {
    cyclonedx: 'application/vnd.cyclonedx+json',
    spdx: 'application/spdx+json',
};
/** An SBOM that cannot be accepted; `problems` lists each reason (schema errors one per line). */
class SbomError extends errors/* BaseError */.Cf {
    problems;
    constructor(message, problems = [message]) {
        super('INVALID_SBOM', message);
        this.problems = problems;
        this.name = 'SbomError';
    }
}
/**
 * Reads an SBOM, refusing it before reading a byte when it exceeds {@link MAX_SBOM_BYTES}.
 * sbom-attach reads it through the same open handle it uploads from, so the bytes validated
 * are the bytes attached.
 */
async function readSbom(source, limit = MAX_SBOM_BYTES) {
    if (source.size > limit) {
        throw new SbomError(`the file is ${formatBytes(source.size)}, over the ${formatBytes(limit)} limit for an SBOM; refusing to read it`);
    }
    if (source.size === 0)
        throw new SbomError('the file is empty');
    return (await source.read()).toString('utf8');
}
/** Reads an SBOM file by path (see {@link readSbom}). */
async function readSbomFile(file, limit = MAX_SBOM_BYTES) {
    const { size } = await fs.promises.stat(file);
    return readSbom({ size, read: () => fs.promises.readFile(file) }, limit);
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${bytes} bytes)`;
    return `${bytes} bytes`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Detects the format, validates the document against the official schema of its declared
 * version and extracts its components. Throws {@link SbomError} listing every reason it cannot
 * be accepted.
 */
function analyzeSbom(text) {
    let doc;
    try {
        doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        const trimmed = text.trimStart();
        if (trimmed.startsWith('<')) {
            throw new SbomError('the file is XML, not JSON: only CycloneDX JSON and SPDX JSON are supported');
        }
        if (trimmed.startsWith('SPDXVersion:')) {
            throw new SbomError('the file is SPDX tag-value, not JSON: only CycloneDX JSON and SPDX JSON are supported');
        }
        // The parser's message quotes the text it stopped at: shown quoted and cut short.
        throw new SbomError(`the file is not valid JSON (${(0,quote/* quote */.h)(error.message)})`);
    }
    if (!isObject(doc))
        throw new SbomError('the file is JSON but not an object, so neither CycloneDX nor SPDX');
    if (doc.bomFormat === 'CycloneDX')
        return analyzeCycloneDx(doc);
    if (typeof doc.spdxVersion === 'string' || doc.SPDXID === 'SPDXRef-DOCUMENT')
        return analyzeSpdx(doc);
    const context = JSON.stringify(doc['@context'] ?? '');
    if (/spdx\.org\/rdf\/3/.test(context)) {
        throw new SbomError('the file is SPDX 3 (JSON-LD): only SPDX 2.2 and 2.3 JSON are supported');
    }
    throw new SbomError('the JSON is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion")');
}
function schemaFailure(label, errors) {
    const list = (errors ?? []);
    const shown = list.slice(0, MAX_SCHEMA_ERRORS).map(formatSchemaError);
    const more = list.length > shown.length ? ` (and ${list.length - shown.length} more)` : '';
    return new SbomError(`the document does not match the ${label} schema: ${shown.join('; ')}${more}`, [
        ...shown.map((s) => `${label} schema: ${s}`),
        ...(more ? [`${label} schema:${more}`] : []),
    ]);
}
function analyzeCycloneDx(doc) {
    const version = doc.specVersion;
    if (typeof version !== 'string' || !CYCLONEDX_VERSIONS.includes(version)) {
        throw new SbomError(`unsupported CycloneDX specVersion ${(0,quote/* quote */.h)(version)}: supported are ${CYCLONEDX_VERSIONS.join(', ')}`);
    }
    const validate = cycloneDxValidator(version);
    if (!validate(doc))
        throw schemaFailure(`CycloneDX ${version}`, validate.errors);
    // Nested components (a component's own `components`) count: they are shipped too. The
    // document's own subject (`metadata.component`) does not, even where a generator repeats it
    // in `components`: an SBOM that lists only what it describes documents no dependency.
    const metadata = isObject(doc.metadata) ? doc.metadata : {};
    const isSubject = subjectMatcher(isObject(metadata.component) ? metadata.component : undefined);
    const components = [];
    const walk = (list) => {
        if (!Array.isArray(list))
            return;
        for (const item of list) {
            if (!isObject(item))
                continue;
            if (isSubject(item)) {
                walk(item.components);
                continue;
            }
            const name = String(item.name ?? '');
            const group = typeof item.group === 'string' && item.group !== '' ? item.group : undefined;
            components.push({
                name,
                qualifiedName: group ? `${group}/${name}` : undefined,
                version: typeof item.version === 'string' ? item.version : undefined,
                purls: typeof item.purl === 'string' ? [item.purl] : [],
            });
            walk(item.components);
        }
    };
    walk(doc.components);
    return { format: 'cyclonedx', specVersion: version, components };
}
/**
 * Whether a CycloneDX component is the document's subject (`metadata.component`) repeated: the
 * same `bom-ref` when both carry one (the spec's identifier within a BOM), else the same purl,
 * else the same group, name and version. Without a subject nothing matches.
 */
function subjectMatcher(subject) {
    if (!subject)
        return () => false;
    const text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
    const ref = text(subject['bom-ref']);
    const purl = text(subject.purl);
    const key = (c) => JSON.stringify([text(c.group) ?? '', text(c.name) ?? '', text(c.version) ?? '']);
    return (item) => {
        const itemRef = text(item['bom-ref']);
        if (ref !== undefined && itemRef !== undefined)
            return itemRef === ref;
        const itemPurl = text(item.purl);
        if (purl !== undefined && itemPurl !== undefined)
            return decodePurl(itemPurl) === decodePurl(purl);
        return key(item) === key(subject);
    };
}
function analyzeSpdx(doc) {
    const version = doc.spdxVersion;
    // The schema types spdxVersion as any string, so the version is checked here.
    if (typeof version !== 'string' || !SPDX_VERSIONS.includes(version)) {
        throw new SbomError(`unsupported spdxVersion ${(0,quote/* quote */.h)(version)}: supported are ${SPDX_VERSIONS.join(', ')}`);
    }
    const validate = spdxValidator(version);
    if (!validate(doc))
        throw schemaFailure(version, validate.errors);
    // The document's own subject (what it DESCRIBES) is not one of its components.
    const roots = new Set();
    for (const id of Array.isArray(doc.documentDescribes) ? doc.documentDescribes : [])
        roots.add(String(id));
    const documentId = String(doc.SPDXID);
    for (const rel of Array.isArray(doc.relationships) ? doc.relationships : []) {
        if (!isObject(rel))
            continue;
        if (rel.relationshipType === 'DESCRIBES' && rel.spdxElementId === documentId)
            roots.add(String(rel.relatedSpdxElement));
        if (rel.relationshipType === 'DESCRIBED_BY' && rel.relatedSpdxElement === documentId)
            roots.add(String(rel.spdxElementId));
    }
    const components = [];
    for (const pkg of Array.isArray(doc.packages) ? doc.packages : []) {
        if (!isObject(pkg) || roots.has(String(pkg.SPDXID)))
            continue;
        const refs = Array.isArray(pkg.externalRefs) ? pkg.externalRefs : [];
        components.push({
            name: String(pkg.name ?? ''),
            version: typeof pkg.versionInfo === 'string' ? pkg.versionInfo : undefined,
            purls: refs
                .filter((r) => isObject(r) && r.referenceType === 'purl')
                .map((r) => String(r.referenceLocator)),
        });
    }
    return { format: 'spdx', specVersion: version, components };
}
/** sbom-attach's default `min-components`: an SBOM documents at least one thing besides its subject. */
const DEFAULT_MIN_COMPONENTS = 1;
/**
 * Why `count` components are not enough for `minComponents`, or undefined when they are. An SBOM
 * with no component besides its subject is refused whatever the minimum.
 */
function componentShortfall(count, minComponents) {
    if (count === 0)
        return 'the SBOM lists no component besides its own subject: an empty SBOM documents nothing';
    if (count < minComponents) {
        return `${count} component${count === 1 ? '' : 's'}, fewer than min-components (${minComponents})`;
    }
    return undefined;
}
/**
 * sbom-attach's verdict on a document with its default inputs (what undraft counts as an SBOM):
 * the analysis, or an SbomError saying why it would be refused.
 */
function judgeSbom(text, minComponents = DEFAULT_MIN_COMPONENTS) {
    const analysis = analyzeSbom(text);
    const shortfall = componentShortfall(analysis.components.length, minComponents);
    if (shortfall)
        throw new SbomError(shortfall);
    return analysis;
}
/** A purl with its percent-encoding undone, for comparison (`%40scope` and `@scope` are one name). */
function decodePurl(purl) {
    try {
        return decodeURIComponent(purl.trim());
    }
    catch {
        return purl.trim();
    }
}
/** A purl without version, qualifiers and subpath: `pkg:type/namespace/name`. */
function purlBase(purl) {
    const decoded = decodePurl(purl).replace(/[?#].*$/, '');
    // The version separator is the last '@' after the final '/'; an '@' in a namespace (npm scope) stays.
    const slash = decoded.lastIndexOf('/');
    const at = decoded.indexOf('@', slash + 1);
    return at < 0 ? decoded : decoded.slice(0, at);
}
/**
 * Whether a `require-components` entry is present. An entry starting with `pkg:` is a purl: it
 * matches a component's purl exactly, or, when it has no version, any version of that package.
 * Any other entry is a name: it matches a component's name or its `group/name`.
 */
function hasComponent(components, entry) {
    const wanted = entry.trim();
    if (wanted.startsWith('pkg:')) {
        const decoded = decodePurl(wanted);
        const versionless = purlBase(wanted) === decoded.replace(/[?#].*$/, '');
        return components.some((c) => c.purls.some((p) => decodePurl(p) === decoded || (versionless && purlBase(p) === purlBase(wanted))));
    }
    return components.some((c) => c.name === wanted || c.qualifiedName === wanted);
}

// EXTERNAL MODULE: ./.build/actions/sbom-attach/inputs.js + 2 modules
var sbom_attach_inputs = __webpack_require__(65483);
;// CONCATENATED MODULE: ./.build/actions/sbom-attach/main.js












const FORMAT_LABEL = { cyclonedx: 'CycloneDX', spdx: 'SPDX' };
/**
 * Validates one SBOM and attaches it to the tag's draft release under the asset rules of
 * stage-release. Nothing is uploaded unless every SBOM check passed, and the bytes validated
 * are the bytes attached: both are read through one open handle.
 */
async function main_run(inputs) {
    let opened;
    let thrown;
    try {
        // One ending, as stage-release's: the local half runs inside the check, so a refused file is
        // a `configuration` row of this summary (runChecks), and nothing is requested.
        // sbom-attach's contract has no ok/reason: its outputs describe the SBOM and the asset.
        await runChecks('sbom-attach', [
            async (report) => {
                try {
                    opened = await openSbom(inputs, (0,paths/* workspaceRoot */.oS)());
                }
                catch (error) {
                    // Every declared output on every ending: a refused file reports nothing attached.
                    (0,action_outputs/* setOutputs */.n)((0,sbom_attach_inputs/* notAttachedOutputs */.iC)());
                    throw error;
                }
                try {
                    return await attach(report, inputs, opened);
                }
                catch (error) {
                    // A bug: a failed row (the run can never pass) and the outputs of nothing attached.
                    thrown = error;
                    report.fail('sbom-attach', `stopped by an unexpected error: ${(0,errors/* messageOf */.bD)(error)}`);
                    return { outputs: (0,sbom_attach_inputs/* notAttachedOutputs */.iC)(), hardFailures: 1 };
                }
            },
        ], { onReject: 'fail', verdictOutputs: false }).catch((error) => {
            throw thrown ?? error;
        });
    }
    finally {
        if (opened)
            await closeLocalAssets([opened]);
    }
}
/** Checks the SBOM, then (only when every check passed) stages it on the draft. */
async function attach(report, inputs, opened) {
    const outputs = (0,sbom_attach_inputs/* notAttachedOutputs */.iC)();
    // The bytes validated are hashed for the `sha256` output; the upload re-reads the same
    // handle and fails if the file changed since it was opened.
    let validated = '';
    let text = '';
    const analysis = await checkSbom(report, inputs, opened.display, async () => {
        text = await readSbom({
            size: opened.size,
            read: async () => {
                const bytes = await readLocal(opened);
                validated = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
                return bytes;
            },
        });
        return text;
    });
    if (analysis) {
        outputs.sha256 = validated;
        outputs.format = analysis.format;
        outputs['spec-version'] = analysis.specVersion;
        outputs.components = analysis.components.length;
    }
    if (report.ok && analysis && (inputs.image || inputs.attestSubjects.length > 0)) {
        // The SBOM as validated, attested to the image and to the files it describes (before the
        // release: a failure here leaves the draft untouched). Their rows are this report's.
        const { attestSbom } = await Promise.all(/* import() */[__webpack_require__.e(389), __webpack_require__.e(648), __webpack_require__.e(940), __webpack_require__.e(532)]).then(__webpack_require__.bind(__webpack_require__, 46532));
        const { imageBundlesOutput } = await Promise.all(/* import() */[__webpack_require__.e(389), __webpack_require__.e(940)]).then(__webpack_require__.bind(__webpack_require__, 49940));
        const { storeAttestation } = await __webpack_require__.e(/* import() */ 211).then(__webpack_require__.bind(__webpack_require__, 40211));
        const server = (0,github_client/* serverUrl */.Vd)();
        const github = inputs.attestSubjects.length > 0 ? (0,github_client/* createClient */.UU)(inputs.token) : undefined;
        const done = await attestSbom({
            image: inputs.image,
            subjects: inputs.attestSubjects,
            root: (0,paths/* workspaceRoot */.oS)(),
            store: github && ((bundle) => storeAttestation(github, inputs.repository, bundle, server)),
            analysis,
            text,
            signing: inputs.signing,
            registry: inputs.registry,
            githubToken: inputs.token || undefined,
            env: process.env,
        }, report);
        outputs['image-bundles'] = JSON.stringify(imageBundlesOutput(done.images));
        outputs['attestation-ids'] = done.attestations.map((a) => a.id).join('\n');
        outputs['attestation-urls'] = done.attestations.map((a) => a.url).join('\n');
    }
    if (report.ok && analysis && inputs.release) {
        // Local checks passed: only now is GitHub contacted.
        const local = { ...opened, contentType: sbom_CONTENT_TYPES[analysis.format] };
        const { outcomes } = await stageOnDraft(report, (0,github_client/* createClient */.UU)(inputs.token), inputs.repository, { tag: inputs.tag, prerelease: () => prereleaseFromTag(inputs.tag) }, [local]);
        const [outcome] = outcomes;
        if (outcome) {
            if (outcome.asset && outcome.action !== 'failed') {
                outputs['asset-id'] = outcome.asset.id;
                outputs['asset-url'] = outcome.asset.browser_download_url;
            }
            outputs.uploaded = outcome.action === 'uploaded' || outcome.action === 'repaired';
        }
    }
    const sha256 = String(outputs.sha256);
    const summary = analysis
        ? [
            [
                '| format | version | components | sha256 |',
                '| --- | --- | --- | --- |',
                `| ${FORMAT_LABEL[analysis.format]} | ${analysis.specVersion} | ${analysis.components.length} | ${sha256 ? `\`${sha256}\`` : '(not computed)'} |`,
            ].join('\n'),
        ]
        : [];
    return { outputs, hardFailures: 0, summary };
}
/**
 * The local half: the one file the globs match, opened and size-checked under its asset name.
 * Throws a ConfigurationError before any request.
 */
async function openSbom(inputs, root) {
    const files = await (0,core_files/* expandFiles */.C)('sbom', inputs.sbom, root);
    if (files.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`Input 'sbom' must match exactly one file (one SBOM per step, so the outputs describe it), but it matches ${files.length}: ` +
            files.map((f) => (0,paths/* displayPath */.Gt)(f, root)).join(', '));
    }
    // The content type depends on the format, known only once the SBOM is read.
    const file = { file: files[0], display: (0,paths/* displayPath */.Gt)(files[0], root), requestedName: inputs.assetName };
    const [opened] = await openForStaging('sbom', [file], () => 'application/json', root);
    return opened;
}
/** The SBOM checks: format and schema, component count, required components; one row each. */
async function checkSbom(report, inputs, display, read) {
    let analysis;
    try {
        analysis = analyzeSbom(await read());
    }
    catch (error) {
        if (!(error instanceof SbomError))
            throw error;
        for (const problem of error.problems)
            report.fail('sbom', `${display}: ${problem}`, { file: display });
        return undefined;
    }
    report.pass('format', `${FORMAT_LABEL[analysis.format]} ${analysis.specVersion} JSON, valid against the official schema`);
    const count = analysis.components.length;
    const shortfall = componentShortfall(count, inputs.minComponents);
    if (shortfall === undefined) {
        report.pass('components', `${count} component${count === 1 ? '' : 's'} besides its subject (at least ${inputs.minComponents} required)`);
    }
    else
        report.fail('components', shortfall);
    for (const entry of inputs.requireComponents) {
        if (hasComponent(analysis.components, entry))
            report.pass(`requires ${entry}`, 'present');
        else
            report.fail(`requires ${entry}`, `not among the SBOM's ${count} components (matched by name, group/name or purl)`);
    }
    return analysis;
}


/***/ }),

/***/ 34002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony exports digester, hashFileSync, hashFilesSync, parseSha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);


/**
 * 512 KiB. Each chunk is copied from the page cache into the buffer and then read again by every
 * hash: a chunk that fits in the CPU's L2 cache is hashed from cache, one of 8 MiB (the earlier
 * size) from memory. Measured on this machine (Node 24, 1 GiB, alternating with openssl in one
 * run): 8 MiB chunks 0.30-0.85x `openssl dgst -sha256`, 512 KiB 0.95-1.19x, 64 KiB 0.72-0.88x
 * (syscall cost). `npm run bench` keeps measuring it against openssl.
 */
const CHUNK = 512 * 1024;
/**
 * One pass for several digests: every chunk given to `update` feeds each algorithm's hash (an
 * algorithm asked for twice is hashed once). Every reader of bytes that needs digests (a file
 * read, a copy, a download) uses it, so each reads its bytes once whatever the digests.
 */
function digester(algorithms) {
    const hashes = [...new Set(algorithms)].map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a)]);
    let size = 0;
    return {
        update(chunk) {
            size += chunk.length;
            for (const [, h] of hashes)
                h.update(chunk);
        },
        result() {
            const out = { size };
            for (const [a, h] of hashes)
                out[a] = h.digest('hex');
            return out;
        },
    };
}
/**
 * Hashes a file by reading it into one reused buffer, so memory stays bounded whatever the
 * file's size. Returns hex digests keyed by algorithm, and the byte count.
 */
async function hashFile(file, algorithms) {
    const digests = digester(algorithms);
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(file, 'r');
    const buffer = Buffer.allocUnsafe(CHUNK);
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            digests.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return digests.result();
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
    const digests = digester(algorithms);
    sharedBuffer ??= Buffer.allocUnsafe(CHUNK);
    const buffer = sharedBuffer;
    const fd = fs.openSync(file, 'r');
    try {
        for (;;) {
            const bytesRead = fs.readSync(fd, buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            digests.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        fs.closeSync(fd);
    }
    return digests.result();
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
/*
 * Digests written as text. Kept here, beside the hashing, and not in the Sigstore verifier: an
 * action that only compares digests must not load @sigstore/verify to read one.
 */
/**
 * The hex of a sha256 digest written `sha256:` + 64 hex characters (either case), lower-cased;
 * undefined for anything else (another algorithm, a short or long value, surrounding spaces).
 */
function sha256Hex(value) {
    const match = /^sha256:([0-9a-fA-F]{64})$/.exec(value);
    return match ? match[1].toLowerCase() : undefined;
}
/** A sha256 digest given as `sha256:` + 64 hex characters, as its 32 bytes; or undefined. */
function parseSha256Digest(value) {
    const hex = sha256Hex(value);
    return hex === undefined ? undefined : Buffer.from(hex, 'hex');
}


/***/ }),

/***/ 61439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ envNumber)
/* harmony export */ });
/**
 * A whole number of milliseconds or seconds from a `SEALED_RELEASE_*` variable, by which the
 * loopback tests and the rehearsal shorten waits. Anything but plain digits (unset, empty,
 * negative, a fraction, a unit) is ignored and the caller keeps its default: these variables
 * only ever shorten a wait under test, so a typo must not change what a real run does.
 */
function envNumber(name, env = process.env) {
    const raw = env[name];
    return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}


/***/ }),

/***/ 59952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ expandFiles)
});

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/core/paths.js
var paths = __webpack_require__(22720);
;// CONCATENATED MODULE: ./.build/core/glob.js
/*
 * Globbing, in one place: the file patterns of the inputs (`files`, `sbom`: one a line, `!`
 * excludes, expanded inside the workspace with Node's own fs.glob) and the globs over asset
 * names (undraft's `expected-assets`). Every action that takes file patterns and every check
 * that matches names against globs goes through here, so a pattern means the same everywhere.
 */




/**
 * The files the patterns select (`!pattern` lines exclude), absolute, sorted and de-duplicated,
 * with every problem: each include pattern that matches no regular file, and each that reaches
 * outside the workspace (checked on the pattern's literal prefix as well as on every match, so
 * a symbolic link out is caught too). Each pattern is checked on its own so that all of them
 * are reported at once. A caller decides what zero includes mean.
 */
function selectFiles(input, patterns, root) {
    const excluded = new Set();
    for (const pattern of patterns.filter((p) => p.startsWith('!'))) {
        for (const hit of external_node_fs_.globSync(pattern.slice(1), { cwd: root }))
            excluded.add(external_node_path_.resolve(root, hit));
    }
    const found = new Set();
    const problems = [];
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        try {
            const hits = matchPattern(input, pattern, excluded, root);
            if (hits.length === 0) {
                problems.push(new errors/* ConfigurationError */.j1(`Input '${input}': pattern '${pattern}' matches no file.`, {
                    code: 'NO_MATCHING_FILE',
                }));
            }
            for (const hit of hits)
                found.add(hit);
        }
        catch (error) {
            problems.push(error instanceof errors/* ConfigurationError */.j1
                ? error
                : new errors/* ConfigurationError */.j1((0,errors/* messageOf */.bD)(error), { cause: error }));
        }
    }
    return { files: [...found].sort(), problems };
}
/** Regular files inside `root` that `pattern` matches, less the excluded ones (absolute paths). */
function matchPattern(input, pattern, excluded, root) {
    if (external_node_path_.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
        (0,paths/* resolveInWorkspace */.z1)(input, pattern.replace(/[*?[{].*$/, '') || '.', { root, mustExist: false });
    }
    const out = [];
    for (const hit of external_node_fs_.globSync(pattern, { cwd: root })) {
        const absolute = external_node_path_.resolve(root, hit);
        if (excluded.has(absolute))
            continue;
        const real = (0,paths/* resolveInWorkspace */.z1)(input, absolute, { root });
        if (external_node_fs_.statSync(real).isFile())
            out.push(absolute);
    }
    return out;
}
/**
 * A glob over one asset name as a whole-name RegExp: `*` any run of characters, `?` one,
 * `[abc]`/`[a-z]`/`[!a]` a class; everything else literal. Anchored at both ends, so `app.tgz`
 * never matches `app.tgz.sig`. (An asset name has no folders, so `*` crosses everything.)
 */
function globToRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                out += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            if (negated)
                body = body.slice(1);
            out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = end;
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^(?:${out})$`, 's');
}
/**
 * Whether a name pattern is a glob (it has `*`, `?` or a `[..]` class, as {@link globToRegExp}
 * reads them) rather than one exact name.
 */
function isGlob(pattern) {
    return /[*?]|\[.+\]/.test(pattern);
}

;// CONCATENATED MODULE: ./.build/core/files.js



/**
 * Expands glob patterns (one a line, `!pattern` excludes) to regular files inside the
 * workspace, sorted and de-duplicated (core/glob.ts's {@link selectFiles}). A pattern that matches no file is an error: a release
 * that silently ships fewer files than the workflow named is the failure this project exists
 * to prevent.
 */
async function expandFiles(input, patterns, root = (0,paths/* workspaceRoot */.oS)()) {
    if (!patterns.some((p) => !p.startsWith('!')))
        throw new errors/* ConfigurationError */.j1(`Input '${input}' names no file pattern.`, { code: 'MISSING_INPUT' });
    const { files, problems } = selectFiles(input, patterns, root);
    // One problem keeps its own code; several are reported together, every one at once.
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new errors/* ConfigurationError */.j1(problems.flatMap((p) => p.problems), { code: problems.every((p) => p.code === 'NO_MATCHING_FILE') ? 'NO_MATCHING_FILE' : 'INVALID_INPUT' });
    return files;
}


/***/ }),

/***/ 60344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vK: () => (/* reexport */ GitHubRequestError),
  UU: () => (/* binding */ createClient),
  yH: () => (/* reexport */ explainHttpError),
  Ti: () => (/* binding */ paginateAll),
  Vd: () => (/* binding */ serverUrl),
  c2: () => (/* reexport */ statusOf)
});

// UNUSED EXPORTS: PaginationError, TransientError, apiBaseUrl, explainNetworkFailure, parseRepository, retryReason, retryWithRecheck

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(44118);
// EXTERNAL MODULE: ./.build/core/env.js
var env = __webpack_require__(61439);
// EXTERNAL MODULE: ./.build/core/http/retry.js
var retry = __webpack_require__(60767);
// EXTERNAL MODULE: ./.build/core/known-failures.js
var known_failures = __webpack_require__(57971);
;// CONCATENATED MODULE: ./.build/core/github/errors.js


/**
 * An answer that did not arrive whole, or not in time: the request may or may not have taken
 * effect. Other errors without a status (a bug, a bad parameter) are never retried.
 */
class TransientError extends errors/* BaseError */.Cf {
    status = undefined;
    /** `host[:port]` the request went to, when known. */
    host;
    constructor(message, options = {}) {
        super(options.code ?? 'INCOMPLETE_RESPONSE', message, { cause: options.cause });
        this.name = 'TransientError';
        this.host = options.host;
    }
}
/** A listing that could not be completed; never treat what arrived as the whole. */
class PaginationError extends errors/* BaseError */.Cf {
    /** The HTTP status that stopped the listing, so 403/404 can still name a permission. */
    status;
    /**
     * Pages that arrived before the listing stopped: 0 means the very first request failed, so a
     * 404 then says the listed thing does not exist, not that a later page went missing.
     */
    pages;
    constructor(message, cause, pages) {
        super('INCOMPLETE_LISTING', message, { cause });
        this.name = 'PaginationError';
        this.status = statusOf(cause);
        this.pages = pages;
    }
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * A failed GitHub request, with what was being done in its message. It has no `status` of its
 * own on purpose: it is an explanation, never something to retry (the cause keeps the status).
 */
class GitHubRequestError extends errors/* BaseError */.Cf {
    constructor(code, message, cause) {
        super(code, message, { cause });
        this.name = 'GitHubRequestError';
    }
}
/**
 * Turns a 403/404 into a message that names the permission the job probably lacks: GitHub
 * answers 404 rather than 403 for many resources a token may not see. GitHub's 403 "Resource not
 * accessible by integration" to a write is certain, and known: it becomes the typed failure of
 * that permission, with its fix (`permissionFailure`, src/core/known-failures.ts).
 */
function explainHttpError(error, what, permission) {
    const status = statusOf(error);
    const e = error;
    const known = (0,known_failures/* permissionFailure */.Iv)(what, permission, { status, message: (0,errors/* messageOf */.bD)(error), accepted: e?.response?.headers?.['x-accepted-github-permissions'] }, error);
    if (known)
        return known;
    if (status === 403 || status === 404) {
        return new GitHubRequestError('NOT_PERMITTED', `${what}: GitHub answered ${status}. The token may lack the '${permission}' permission ` +
            `(add 'permissions: ${permission}' to the job), or the resource does not exist.`, error);
    }
    return new GitHubRequestError('REQUEST_FAILED', `${what}: ${(0,errors/* messageOf */.bD)(error)}`, error);
}

// EXTERNAL MODULE: ./.build/core/github/repository.js
var repository = __webpack_require__(6756);
;// CONCATENATED MODULE: ./.build/core/github/client.js









/** The REST base URL, read at call time (GHES and the emulator set GITHUB_API_URL). */
function apiBaseUrl() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The web base URL, read at call time. */
function serverUrl() {
    return (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}
// Kept importable from here, where the code that makes requests has always found them.


function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null || Array.isArray(value);
}
/**
 * Why a failed request may be tried again: `rate-limit` (GitHub did not process it, so any
 * method may be repeated after the wait), `transient` (5xx or a broken connection: the request
 * may or may not have taken effect, so only idempotent methods are repeated), or undefined.
 */
function retryReason(error) {
    const e = error;
    const status = e?.status;
    const headers = e?.response?.headers ?? {};
    if (status === 429)
        return 'rate-limit';
    if (status === 403) {
        // GitHub marks a secondary rate limit only in the words of its answer (no header, no code
        // field): this is GitHub's message, not ours, and the one way to tell it from a refusal.
        if (/secondary rate limit/i.test(e.message ?? '') || headers['x-ratelimit-remaining'] === '0') {
            return 'rate-limit';
        }
        return undefined;
    }
    if (error instanceof TransientError)
        return 'transient';
    // Octokit reports a network failure (reset, refused, aborted) as a RequestError with status 500.
    if (status !== undefined && status >= 500 && status <= 599)
        return 'transient';
    return undefined;
}
/** `host[:port]` of a request: the URL octokit sent it to, else the route's base URL. */
function hostOf(error, requestOptions) {
    const sent = error?.request?.url;
    for (const candidate of [sent, requestOptions.url, requestOptions.baseUrl]) {
        if (typeof candidate !== 'string' || !/^https?:\/\//i.test(candidate))
            continue;
        try {
            return new URL(candidate).host;
        }
        catch {
            // not a URL after all: try the next one
        }
    }
    return undefined;
}
/**
 * A network failure (octokit reports one as a RequestError with status 500 and no response,
 * with fetch's error as its cause) becomes a TransientError `UNREACHABLE` whose message is
 * "could not reach <host>: <reason>": a bare "fetch failed" or "Internal error" tells the user
 * nothing, while the host and the cause say where to look. Any other error is returned as is.
 */
function explainNetworkFailure(error, requestOptions = {}) {
    if (error instanceof TransientError || error?.response !== undefined)
        return error;
    const failure = (0,errors/* networkFailure */.rd)(error);
    if (!failure)
        return error;
    const host = hostOf(error, requestOptions) ?? failure.host;
    return new TransientError((0,errors/* unreachableMessage */.Ep)(host, failure.reason), {
        code: 'UNREACHABLE',
        host,
        cause: error,
    });
}
/**
 * The wait GitHub asked for, in ms: Retry-After (read by the one parser, http/retry.ts), or the
 * primary limit's reset time (`x-ratelimit-reset`, epoch seconds, GitHub's own header: "wait
 * until the time specified by x-ratelimit-reset", REST docs, rate limits). `unitMs` scales
 * seconds for tests.
 */
function requestedWaitMs(error, now, unitMs) {
    const headers = error?.response?.headers ?? {};
    const asked = (0,retry/* parseRetryAfter */.mu)(headers['retry-after'], () => now, unitMs);
    if (asked !== undefined)
        return asked;
    const reset = headers['x-ratelimit-reset'];
    if (headers['x-ratelimit-remaining'] === '0' && reset && /^\d+$/.test(reset)) {
        return (Math.max(0, Number(reset) - Math.floor(now / 1000)) + 1) * unitMs;
    }
    return undefined;
}
/**
 * A response whose body did not arrive whole: octokit hands a cut JSON body back as a string
 * and a cut binary body as an empty buffer, with status 200. Passing such data on would be a
 * pass on partial data, so it is turned into a transient error.
 */
function checkComplete(response) {
    const type = response.headers['content-type'] ?? '';
    const length = response.headers['content-length'];
    if (/json/i.test(type) && typeof response.data === 'string' && response.data !== '') {
        throw new TransientError('GitHub sent an incomplete or invalid JSON body', {
            code: 'INCOMPLETE_RESPONSE',
        });
    }
    if (response.data instanceof ArrayBuffer &&
        length !== undefined &&
        Number(length) !== response.data.byteLength) {
        throw new TransientError(`GitHub sent ${response.data.byteLength} of ${length} bytes before the connection ended`, { code: 'INCOMPLETE_RESPONSE' });
    }
}
/**
 * An Octokit from @actions/github with the retry and throttling plugins really loaded (a
 * `throttle` option without the plugin does nothing). The token is registered as a secret
 * before any request is made, so it is masked everywhere.
 *
 * Retries follow the one policy (http/retry.ts: RETRY_POLICY, withRetries, parseRetryAfter),
 * run from a request hook, because neither plugin does what a
 * release needs: plugin-retry waits its own backoff whatever Retry-After says and repeats POSTs
 * (an upload or a publish) after a 5xx that may have taken effect; plugin-throttling ignores
 * Retry-After on a plain 429. So both plugins' retrying is switched off (plugin-throttling still
 * spaces and limits concurrent requests) and the hook:
 * - on 429, a secondary rate limit, or an exhausted primary limit, waits what GitHub asked for
 *   (Retry-After, or until x-ratelimit-reset) and repeats any method: GitHub did not process it;
 * - on 5xx, a reset connection or a cut body, repeats only idempotent methods, with backoff;
 *   a POST/PATCH is never repeated blindly (see {@link retryWithRecheck});
 * - a request's own `request: { retries: 0 }` turns retries off for it.
 */
function createClient(token, options = {}) {
    if (!token)
        throw new errors/* ConfigurationError */.j1(`Input 'github-token' is required.`, { code: 'MISSING_INPUT' });
    if (options.maskToken !== false)
        (0,secrets/* registerSecret */.cl)(token);
    const retries = options.retries ?? retry/* RETRY_POLICY */.yE.attempts - 1;
    const backoffMs = options.backoffMs ?? (0,env/* envNumber */.d)('SEALED_RELEASE_RETRY_MS') ?? retry/* RETRY_POLICY */.yE.backoffMs;
    const unitMs = options.retryAfterUnitMs ?? 1000;
    const maxWaitMs = options.maxWaitMs ?? 5 * 60_000;
    const sleep = options.sleep ?? promises_.setTimeout;
    // SEALED_RELEASE_REQUEST_TIMEOUT_MS shortens the timeout for the loopback reliability matrix
    // (its `slow` fault); 0 is ignored, so a stray value can never turn the timeout off.
    const requestTimeoutMs = options.requestTimeoutMs || (0,env/* envNumber */.d)('SEALED_RELEASE_REQUEST_TIMEOUT_MS') || 120_000;
    const octokit = github/* getOctokit */.Q(token, {
        baseUrl: options.baseUrl ?? apiBaseUrl(),
        throttle: {
            enabled: options.throttle ?? process.env.SEALED_RELEASE_THROTTLE !== 'false',
            onRateLimit: () => false,
            onSecondaryRateLimit: () => false,
        },
        retry: { enabled: false },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const method = String(requestOptions.method ?? 'GET').toUpperCase();
        const own = requestOptions.request?.retries;
        const limit = own ?? retries;
        const accept = String(requestOptions.headers?.accept ?? '');
        const data = requestOptions.data;
        const streaming = accept.includes('application/octet-stream') ||
            (data !== undefined && data !== null && typeof data === 'object' && !isPlainObject(data)) ||
            typeof data === 'string';
        const requestSettings = (requestOptions.request ?? {});
        // The shared loop (http/retry.ts): a failure it may repeat is handed to it as a
        // TransientFailure carrying the error; anything else ends the request as it is.
        const tryOnce = async () => {
            try {
                // A hung connection must not hang the job: each attempt of a JSON request gets a deadline.
                let response;
                if (streaming || requestSettings.signal) {
                    response = await request(requestOptions);
                }
                else {
                    // The abort closes the connection; the race makes the deadline hold even where a
                    // fetch from another realm does not honour the signal (seen under Jest's VM modules).
                    const controller = new AbortController();
                    let timer;
                    const deadline = new Promise((_resolve, reject) => {
                        timer = setTimeout(() => {
                            const host = hostOf(undefined, requestOptions);
                            const error = new TransientError((0,errors/* unreachableMessage */.Ep)(host, `no answer within ${requestTimeoutMs} ms`), {
                                code: 'TIMEOUT',
                                host,
                            });
                            controller.abort(error);
                            reject(error);
                        }, requestTimeoutMs);
                    });
                    try {
                        response = await Promise.race([
                            request({ ...requestOptions, request: { ...requestSettings, signal: controller.signal } }),
                            deadline,
                        ]);
                    }
                    finally {
                        clearTimeout(timer);
                    }
                }
                checkComplete(response);
                return response;
            }
            catch (thrown) {
                const error = explainNetworkFailure(thrown, requestOptions);
                const reason = retryReason(error);
                if (!reason || (reason === 'transient' && !(0,retry/* isIdempotent */.ky)(method)))
                    throw error;
                // Only a rate limit's wait is GitHub's to set; a 5xx waits the policy's backoff.
                const afterMs = reason === 'rate-limit' ? requestedWaitMs(error, Date.now(), unitMs) : undefined;
                throw new retry/* TransientFailure */.$r((0,errors/* messageOf */.bD)(error), afterMs, { cause: error });
            }
        };
        return (0,retry/* withRetries */.LH)({ attempts: limit + 1, backoffMs, maxWaitMs, sleep }, tryOnce, {
            // Every ending is the request's own last error, as octokit raised it.
            exhausted: (_attempts, _last, failure) => failure.cause,
            waitTooLong: (_last, _asked, _max, failure) => failure.cause,
        });
    });
    return octokit;
}
/**
 * For requests that are not idempotent (an upload, a publish): try once; when the outcome is
 * unknown (5xx, broken connection), re-read the state with `recheck` before trying again, so a
 * request that did take effect is never repeated. `recheck` returns the result when the
 * operation had taken effect, or undefined to try again.
 */
async function retryWithRecheck(operation, recheck, options = {}) {
    const attempts = options.attempts ?? 3;
    const sleep = options.sleep ?? defaultSleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            if (retryReason(error) === undefined || attempt >= attempts)
                throw error;
            await sleep(backoffDelayMs(options.backoffMs ?? RETRY_POLICY.backoffMs, attempt));
            const done = await recheck();
            if (done !== undefined)
                return done;
        }
    }
}
/**
 * Every item of a paginated list, or an error: a page that cannot be fetched (after the
 * client's retries) fails the whole listing, and so does a listing that ends with fewer items
 * than the `total_count` GitHub announced. A check must never pass on part of the data.
 */
async function paginateAll(client, route, parameters, options = {}) {
    const maxPages = options.maxPages ?? 1000;
    const items = [];
    let pages = 0;
    let announced;
    try {
        for await (const response of client.paginate.iterator(route, { per_page: 100, ...parameters })) {
            pages++;
            if (pages > maxPages) {
                throw new GitHubRequestError('TOO_MANY_PAGES', `more than ${maxPages} pages; refusing to go on`);
            }
            const data = response.data;
            if (!Array.isArray(data))
                throw new GitHubRequestError('UNEXPECTED_ANSWER', 'a page was not a list');
            if (announced === undefined && typeof data.total_count === 'number')
                announced = data.total_count;
            items.push(...data);
            if (options.until?.(data))
                break;
        }
    }
    catch (error) {
        throw new PaginationError(`${options.what ?? route}: the listing could not be completed after ${pages} page(s): ${(0,errors/* messageOf */.bD)(error)}`, error, pages);
    }
    // Items added while listing (newest first) shift older ones onto the next page, where they
    // arrive twice: keep the first copy. Items removed while listing leave a gap, caught below.
    const seen = new Set();
    const unique = items.filter((item) => {
        const id = item?.id;
        if (id === undefined)
            return true;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
    if (announced !== undefined && unique.length < announced) {
        throw new PaginationError(`${options.what ?? route}: GitHub announced ${announced} item(s) but only ${unique.length} arrived`);
    }
    return unique;
}


/***/ }),

/***/ 60767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ TransientFailure),
/* harmony export */   Fd: () => (/* binding */ retryableStatus),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   ky: () => (/* binding */ isIdempotent),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yE: () => (/* binding */ RETRY_POLICY)
/* harmony export */ });
/* unused harmony export backoffDelayMs */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8005);
/*
 * The retry policy of every HTTP request the core makes outside the GitHub client (the
 * contract: "idempotent HTTP requests retry with backoff on 5xx, 429 (honour Retry-After) and
 * secondary rate limits; non-idempotent ones re-read the state before trying again"). The
 * loop knows nothing of HTTP: a try throws a TransientFailure for what another try may cure,
 * and anything else ends the request as it is.
 */


/**
 * The one backoff policy of the project, for every retry loop ({@link withRetries}, the GitHub
 * client's request hook, `retryWithRecheck`): five tries in all, the first wait 1 s, doubled
 * after each failed try (1, 2, 4, 8 s: about 15 s before giving up, long enough to ride out a
 * service's brief 5xx, short enough that a job fails while its log is still being read).
 */
const RETRY_POLICY = { attempts: 5, backoffMs: 1000 };
/** The wait after the `failed`-th failed try (1-based): `firstMs` doubled each time. */
function backoffDelayMs(firstMs, failed) {
    return firstMs * 2 ** (failed - 1);
}
/**
 * A try that another try may cure; `afterMs` when the server said how long to wait
 * (Retry-After). Never leaves {@link withRetries}: it becomes the caller's `exhausted` error.
 */
class TransientFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .BaseError */ .Cf {
    afterMs;
    constructor(message, afterMs, options) {
        super('TRANSIENT', message, options);
        this.afterMs = afterMs;
    }
}
/**
 * Up to `attempts` tries, waiting `backoffMs` doubled after each failed one, or what a
 * Retry-After asked for (more than `maxWaitMs` fails at once: a job that sleeps an hour is worse
 * than a clear failure). `tryOnce` throws a TransientFailure for what another try may cure;
 * anything else it throws ends the request as it is.
 */
async function withRetries(options, tryOnce, failures) {
    const attempts = options.attempts ?? RETRY_POLICY.attempts;
    const backoffMs = options.backoffMs ?? RETRY_POLICY.backoffMs;
    const maxWaitMs = options.maxWaitMs ?? 60_000;
    const sleep = options.sleep ?? node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout;
    for (let attempt = 1;; attempt++) {
        let wait = backoffDelayMs(backoffMs, attempt);
        let failure;
        try {
            return await tryOnce();
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            failure = error;
            if (error.afterMs !== undefined) {
                if (error.afterMs > maxWaitMs)
                    throw failures.waitTooLong(error.message, error.afterMs, maxWaitMs, error);
                wait = error.afterMs;
            }
        }
        if (attempt >= attempts)
            throw failures.exhausted(attempts, failure.message, failure);
        await sleep(wait);
    }
}
/** Whether a status is worth another try: the server's trouble or a rate limit, not an answer. */
function retryableStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}
/**
 * The methods RFC 9110 §9.2.2 defines as idempotent: sending one twice has the effect of
 * sending it once, so a try whose answer was lost may simply be sent again. POST and PATCH are
 * not: a lost answer may hide a request that took effect.
 */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);
/** Whether `method` may be sent again without re-reading the state first. */
function isIdempotent(method) {
    return IDEMPOTENT.has(method.toUpperCase());
}
/**
 * The wait a Retry-After value asks for, in ms, or undefined when there is none or it is neither
 * form RFC 9110 §10.2.3 allows: delay-seconds, or an HTTP-date (a date in the past asks for no
 * wait). The one parser of the header, for fetch-based requests ({@link retryAfterMs}) and the
 * GitHub client's hook alike. `unitMs` scales delay-seconds only (tests shorten a second).
 */
function parseRetryAfter(header, now = Date.now, unitMs = 1000) {
    const value = header?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * unitMs;
    // IMF-fixdate is the form servers send ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse reads it.
    if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value))
        return undefined;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}
/** The wait a response's Retry-After header asks for, in ms (see {@link parseRetryAfter}). */
function retryAfterMs(response, now = Date.now) {
    return parseRetryAfter(response.headers.get('retry-after'), now);
}


/***/ }),

/***/ 57971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ KnownFailure),
/* harmony export */   Am: () => (/* binding */ tufFailure),
/* harmony export */   Iv: () => (/* binding */ permissionFailure),
/* harmony export */   Kr: () => (/* binding */ registryAuthFailure)
/* harmony export */ });
/* unused harmony exports KNOWN_FAILURES, NOT_ACCESSIBLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);

/** The one table: what each known failure means and what the user does about it. */
const KNOWN_FAILURES = {
    ID_TOKEN_PERMISSION: {
        means: 'the job may not request an OIDC identity token',
        fix: 'Add `permissions: id-token: write` to the job (a `permissions:` block grants only what it names), or give a token as `identity-token`.',
    },
    CONTENTS_WRITE_PERMISSION: {
        means: "the job's token may not change releases, assets or tags",
        fix: 'Add `permissions: contents: write` to the job.',
    },
    ATTESTATIONS_WRITE_PERMISSION: {
        means: "the job's token may not store attestations",
        fix: 'Add `permissions: attestations: write` (and `id-token: write` to sign them) to the job.',
    },
    PACKAGES_WRITE_PERMISSION: {
        means: "the job's token may not push packages",
        fix: 'Add `permissions: packages: write` to the job.',
    },
    TUF_UNREACHABLE: {
        means: "Sigstore's trusted root could not be read from its TUF repository",
        fix: 'Let the job reach the TUF repository, or give the trusted root yourself: the `trusted-root` input (a trusted_root.json), or `--trusted-root FILE` on the command line.',
    },
    REGISTRY_AUTH: {
        means: 'the registry refused the credentials',
        fix: 'Check the credential inputs: the token must exist, be unexpired and be allowed to read (and, to publish, write) this package.',
    },
};
/**
 * A known external failure: `code` from the table, the message says what happened (and where),
 * `fix` the table's line, or a more precise one (the credential inputs of this action).
 */
class KnownFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(code, message, options = {}) {
        super(code, message, { cause: options.cause, fix: options.fix ?? KNOWN_FAILURES[code].fix });
        this.name = 'KnownFailure';
    }
}
/** The known failures that name a permission of the job's token, by the permission they need. */
const WRITE_PERMISSIONS = {
    'contents: write': 'CONTENTS_WRITE_PERMISSION',
    'attestations: write': 'ATTESTATIONS_WRITE_PERMISSION',
    'packages: write': 'PACKAGES_WRITE_PERMISSION',
    'id-token: write': 'ID_TOKEN_PERMISSION',
};
/**
 * GitHub's 403 to a token without the permission: the body's message is "Resource not accessible
 * by integration" (GitHub's words, the same for every endpoint; seen in the logs of every client
 * and in GitHub's own troubleshooting page for the error). A 403 for another reason (a secondary
 * rate limit, a blocked user, a ruleset) says something else, and is not mapped.
 */
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
/**
 * A GitHub write answered 403 "Resource not accessible by integration" as the known failure of
 * the permission it needs, or undefined when the answer is something else or the permission
 * has no entry in the table. `accepted` is GitHub's `X-Accepted-GitHub-Permissions` header
 * when it sent one (sets of `name=level`, `;` between alternatives, as GitHub's changelog of
 * 2023-08-10 describes it); it is quoted in the message, as GitHub's own word on what is needed.
 */
function permissionFailure(what, permission, answer, cause) {
    if (answer.status !== 403 || !answer.message.includes(NOT_ACCESSIBLE))
        return undefined;
    const code = WRITE_PERMISSIONS[permission];
    if (code === undefined)
        return undefined;
    const accepted = answer.accepted ? ` (GitHub accepts: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(answer.accepted)})` : '';
    return new KnownFailure(code, `${what}: GitHub answered 403 "${NOT_ACCESSIBLE}": ${KNOWN_FAILURES[code].means}${accepted}.`, { cause });
}
/**
 * A registry's 401/403 as the known failure `REGISTRY_AUTH`, whose fix names the inputs that
 * hold the credentials (`['github-token']`, `['npm-token']`…). A registry read without
 * credentials (byte-identity's package-registry reads send none) passes `[]` and the inputs that
 * chose the registry (`urlInputs`, e.g. `['npm-registry']`): the fix is then to point those at
 * a registry that serves the package to anonymous reads, since no token would be sent anyway.
 */
function registryAuthFailure(what, status, credentialInputs, cause, options = {}) {
    const named = (names) => names.map((name) => `\`${name}\``).join(', ');
    const urlInputs = options.urlInputs ?? [];
    const anonymous = credentialInputs.length === 0 && urlInputs.length > 0;
    let fix;
    if (credentialInputs.length > 0) {
        fix = `Check the credential input${credentialInputs.length === 1 ? '' : 's'} ${named(credentialInputs)}: the token must exist, be unexpired and be allowed to read (and, to publish, write) this package.`;
    }
    else if (anonymous) {
        fix = `No credentials are sent to this registry: point input${urlInputs.length === 1 ? '' : 's'} ${named(urlInputs)} at a registry (the public one, or a mirror) that serves this package to anonymous reads.`;
    }
    return new KnownFailure('REGISTRY_AUTH', `${what}: the registry answered ${status}: ` +
        (anonymous ? 'it refuses anonymous reads.' : `${KNOWN_FAILURES.REGISTRY_AUTH.means}.`), { cause, fix });
}
/**
 * A failure to load Sigstore's trusted root through TUF (no `trusted-root` was given) as the
 * known failure `TUF_UNREACHABLE` when the repository could not be reached: a connection that
 * failed below HTTP anywhere in the cause chain (the TUF client wraps fetch's error: "error
 * refreshing TUF metadata" ← "fetch failed" ← ENOTFOUND, as seen offline here), or an HTTP 5xx.
 * Anything else (metadata that does not verify) is not "unreachable", and undefined is returned:
 * naming a trusted root would be the wrong advice for a tampered repository.
 */
function tufFailure(error) {
    const network = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFailure */ .rd)(error);
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .causeChain */ .DD)(error)
        .map((link) => link ?? {})
        .map((link) => link.statusCode ?? link.status)
        .find((s) => typeof s === 'number');
    if (network === undefined && !(status !== undefined && status >= 500))
        return undefined;
    const why = network ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .unreachableMessage */ .Ep)(network.host, network.reason) : `HTTP ${status}`;
    return new KnownFailure('TUF_UNREACHABLE', `cannot load the public-good Sigstore trusted root: its TUF repository could not be reached (${why})`, { cause: error });
}


/***/ }),

/***/ 22720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8005);



/** The workspace root: `GITHUB_WORKSPACE`, else the current directory. */
function workspaceRoot() {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, candidate);
    // Only a whole `..` segment leaves the root: a file named `..notes.md` is inside it.
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/**
 * Resolves a user-given path inside the workspace. Refuses `..` escapes, absolute paths
 * outside it and symlinks that lead out of it (checked on the real path), because a release
 * step must only ever read files the workflow put in its own workspace.
 * A path that does not exist is returned unresolved when `mustExist` is false.
 */
function resolveInWorkspace(input, given, options = {}) {
    const root = options.root ?? workspaceRoot();
    if (given.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' contains a NUL byte.`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, given);
    if (!isInside(root, resolved)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' is outside the workspace (${root}).`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(resolved);
    }
    catch {
        if (options.mustExist === false)
            return resolved;
        // Coded, so callers that treat a missing file their own way (a version file) need not
        // recognise it by these words.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': file '${given}' does not exist.`, {
            code: 'FILE_NOT_FOUND',
        });
    }
    if (!isInside(root, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': path '${given}' leads outside the workspace through a symbolic link (to ${real}).`, { code: 'OUTSIDE_WORKSPACE' });
    }
    return real;
}
/** A path relative to the workspace, with forward slashes, for messages and annotations. */
function displayPath(absolute, root = workspaceRoot()) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, absolute);
    return isInside(root, absolute) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : absolute;
}


/***/ })

};
