export const id = 749;
export const ids = [749];
export const modules = {

/***/ 49749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ASSET_BYTES: () => (/* binding */ MAX_ASSET_BYTES),
/* harmony export */   assetsByName: () => (/* binding */ assetsByName),
/* harmony export */   contentTypeFor: () => (/* binding */ contentTypeFor),
/* harmony export */   downloadAssetSha256: () => (/* binding */ downloadAssetSha256),
/* harmony export */   listAssets: () => (/* binding */ listAssets),
/* harmony export */   remoteSha256: () => (/* binding */ remoteSha256),
/* harmony export */   reportedSha256: () => (/* binding */ reportedSha256),
/* harmony export */   sha256OfDigest: () => (/* binding */ sha256OfDigest),
/* harmony export */   streamAsset: () => (/* binding */ streamAsset)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34002);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8005);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91563);
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
        return await (0,_client_js__WEBPACK_IMPORTED_MODULE_4__.paginateAll)(client, 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...repo, release_id: releaseId }, { what: `assets of release ${releaseId}` });
    }
    catch (error) {
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_4__.explainHttpError)(error, `Listing the assets of release ${releaseId}`, 'contents: write');
    }
}
/** A release's assets by name (a name is unique on a release), the map stageAsset keeps. */
function assetsByName(assets) {
    return new Map(assets.map((a) => [a.name, a]));
}
/** `sha256:<hex>` → `<hex>`; anything else (another algorithm, malformed) → undefined. */
function sha256OfDigest(digest) {
    return digest ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(digest.trim()) : undefined;
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
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_4__.explainHttpError)(error, what, 'contents: read');
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const out = dest === undefined ? undefined : node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream(dest, { flags: 'wx' });
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
        throw new _client_js__WEBPACK_IMPORTED_MODULE_4__.GitHubRequestError('INCOMPLETE_DOWNLOAD', `${what} broke off after ${received} bytes: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`, error);
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
        throw new _client_js__WEBPACK_IMPORTED_MODULE_4__.GitHubRequestError('INCOMPLETE_DOWNLOAD', `Downloading asset ${assetId} to hash it gave ${received} bytes, but GitHub lists it with ${expectedSize}; its digest is unknown`);
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
    throw new _client_js__WEBPACK_IMPORTED_MODULE_4__.GitHubRequestError('UNEXPECTED_ANSWER', `asset ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(asset.name)} reports a digest GitHub does not document (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(asset.digest)})`);
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


/***/ })

};
