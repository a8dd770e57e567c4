export const id = 211;
export const ids = [211];
export const modules = {

/***/ 40211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   storeAttestation: () => (/* binding */ storeAttestation)
/* harmony export */ });
/* unused harmony export AttestationStoreError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60344);


/** `NO_ID`: GitHub answered the POST without an attestation id (not what its API documents). */
class AttestationStoreError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
}
/**
 * Stores one bundle. A 403 "Resource not accessible by integration" is the known failure
 * `ATTESTATIONS_WRITE_PERMISSION` with its fix (through explainHttpError); any other 403/404
 * names the `attestations: write` permission too. The POST is not retried on an unknown outcome:
 * a second attestation of the same statement would be harmless but is not what was asked.
 */
async function storeAttestation(client, repo, bundle, serverUrl) {
    let data;
    try {
        ({ data } = await client.request('POST /repos/{owner}/{repo}/attestations', {
            owner: repo.owner,
            repo: repo.repo,
            bundle: bundle,
        }));
    }
    catch (error) {
        throw (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainHttpError */ .yH)(error, `storing the attestation in ${repo.owner}/${repo.repo}`, 'attestations: write');
    }
    const id = data?.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
        throw new AttestationStoreError('NO_ID', `GitHub stored the attestation but answered no id (got ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(id ?? null)}).`);
    }
    return {
        id: String(id),
        url: `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/attestations/${id}`,
    };
}


/***/ })

};
