export const id = 934;
export const ids = [934];
export const modules = {

/***/ 3934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveCommitish: () => (/* binding */ resolveCommitish),
/* harmony export */   resolveTagCommit: () => (/* binding */ resolveTagCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91563);
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
            throw new _client_js__WEBPACK_IMPORTED_MODULE_1__.GitHubRequestError('UNEXPECTED_ANSWER', `GitHub resolved tag ${tag} to ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(data.sha)}, which is not a commit SHA.`);
        }
        return data.sha;
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error);
        if (status !== 404 && status !== 422)
            throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.explainHttpError)(error, `Resolving tag ${tag}`, 'contents: read');
    }
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error) === 404)
            return undefined;
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.explainHttpError)(error, `Resolving tag ${tag}`, 'contents: read');
    }
    throw new _client_js__WEBPACK_IMPORTED_MODULE_1__.GitHubRequestError('UNEXPECTED_ANSWER', `Tag ${tag} exists (its ref names ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(object.type)} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(object.sha)}) but GitHub resolves it to no commit.`);
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
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error);
        if (status === 404 || status === 422)
            return undefined;
        throw (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.explainHttpError)(error, `Resolving '${commitish}' to a commit`, 'contents: read');
    }
}


/***/ })

};
