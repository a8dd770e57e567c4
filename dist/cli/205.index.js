export const id = 205;
export const ids = [205];
export const modules = {

/***/ 12205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AttestationListError: () => (/* binding */ AttestationListError),
/* harmony export */   listAttestations: () => (/* binding */ listAttestations)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91563);
/*
 * Listing the attestations GitHub holds for a subject digest, every page of them: the list is
 * `{"attestations": [...]}` without a `total_count`, paged by cursors in the `Link` header (GitHub
 * REST docs, "List attestations": `before`/`after`), which are followed until there is no `next`.
 * A page that cannot be read fails the listing: part of the list is never judged as the whole.
 * The repository's list (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`) or, for
 * `--owner`, the organization's (`GET /orgs/{org}/attestations/{subject_digest}`).
 */


/** A listing of attestations that cannot be read whole (`INCOMPLETE_LISTING`). */
class AttestationListError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(message) {
        super('INCOMPLETE_LISTING', message);
        this.name = 'AttestationListError';
    }
}
/** The `rel="next"` URL of a Link header, if any. */
function nextLink(link) {
    if (typeof link !== 'string')
        return undefined;
    return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}
/** More pages than any subject's attestations fill: a listing that long is refused. */
const MAX_PAGES = 100;
/**
 * Every attestation's bundle GitHub lists for `subjectDigest` (`sha256:<hex>`, `sha1:<commit>`),
 * filtered by `predicateType` when given; an empty list when GitHub has none (a 404 on the first
 * page). An entry without a bundle is kept as `{unreadable: why}`, so it is judged (and fails)
 * rather than silently dropped. `what` names the list in messages ("the release attestations of
 * commit …").
 */
async function listAttestations(client, scope, subjectDigest, options) {
    const out = [];
    let next;
    for (let page = 1;; page++) {
        let response;
        const query = {
            subject_digest: subjectDigest,
            ...(options.predicateType === undefined ? {} : { predicate_type: options.predicateType }),
            per_page: 100,
        };
        try {
            response = (next !== undefined
                ? await client.request({ method: 'GET', url: next })
                : scope.repo === undefined
                    ? await client.request('GET /orgs/{org}/attestations/{subject_digest}', {
                        org: scope.owner,
                        ...query,
                    })
                    : await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
                        owner: scope.owner,
                        repo: scope.repo,
                        ...query,
                    }));
        }
        catch (error) {
            // GitHub answers 404 while a subject has no attestation yet (on the first page: a later
            // page that goes missing is an incomplete listing).
            if (page === 1 && (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error) === 404)
                return [];
            throw (0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__.explainHttpError)(error, `Listing ${options.what} (page ${page})`, 'attestations: read');
        }
        const list = response.data?.attestations;
        if (!Array.isArray(list)) {
            throw new AttestationListError(`page ${page} of ${options.what} holds no list`);
        }
        for (const a of list) {
            out.push(a?.bundle ?? { unreadable: a?.bundle_url ? 'only a bundle_url was given' : 'no bundle' });
        }
        next = nextLink(response.headers?.link);
        if (next === undefined)
            return out;
        if (page >= MAX_PAGES) {
            throw new AttestationListError(`${options.what} go on past ${MAX_PAGES} pages`);
        }
    }
}


/***/ })

};
