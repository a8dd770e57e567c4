export const id = 723;
export const ids = [723];
export const modules = {

/***/ 57723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DockerConfigError: () => (/* binding */ DockerConfigError),
/* harmony export */   dockerConfigCredentials: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   dockerConfigPath: () => (/* binding */ dockerConfigPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8005);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65688);
/*
 * Registry credentials from the docker client's config file, for the CLI's `verify-image` (a
 * person about to `docker pull` has logged in with `docker login`): `$DOCKER_CONFIG/config.json`,
 * else `~/.docker/config.json`; under `auths`, the registry's entry, whose `auth` is base64 of
 * `user:password` (docker/cli `cli/config/configfile/file.go`, `decodeAuth`; `docker login`
 * writes the key as the bare host, and as `https://index.docker.io/v1/` for Docker Hub; older
 * clients wrote `https://host`). Credential helpers (`credsStore`, `credHelpers`) are programs
 * to run: they are not run here, and a registry they hold is reported so the user can set
 * REGISTRY_USERNAME / REGISTRY_PASSWORD instead of being silently anonymous.
 */





/**
 * Why the docker config cannot give credentials it should:
 * - `UNREADABLE`: the file exists but cannot be read, or is not a JSON object;
 * - `BAD_AUTH`: the registry's `auth` is not base64 of `user:password`;
 * - `HELPER_ONLY`: only a credential helper holds the registry's credentials.
 */
class DockerConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BaseError */ .Cf {
}
/** The config file the docker client reads. */
function dockerConfigPath(env = process.env) {
    return env.DOCKER_CONFIG
        ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.DOCKER_CONFIG, 'config.json')
        : node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker', 'config.json');
}
/** The `auths` key of a registry as `docker login` may have written it, normalised to the registry's name. */
function registryOfKey(key) {
    const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
/**
 * The credentials the docker config holds for `registry` (as references name it: `ghcr.io`,
 * `docker.io`, `127.0.0.1:5000`), or undefined when there is no config file or no entry for it.
 */
function dockerConfigCredentials(registry, file = dockerConfigPath()) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new DockerConfigError('UNREADABLE', `cannot read the docker config ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new DockerConfigError('UNREADABLE', `the docker config ${file} is not JSON`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        throw new DockerConfigError('UNREADABLE', `the docker config ${file} is not a JSON object`);
    const config = json;
    const auths = config.auths && typeof config.auths === 'object' ? config.auths : {};
    const key = Object.keys(auths).find((k) => registryOfKey(k) === registry);
    const entry = key === undefined ? undefined : auths[key];
    if (typeof entry?.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0 || colon === decoded.length - 1)
            throw new DockerConfigError('BAD_AUTH', `the docker config ${file}: auths[${(0,_quote_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(key)}].auth is not base64 of user:password`);
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    const helpers = config.credHelpers && typeof config.credHelpers === 'object' ? config.credHelpers : {};
    const helper = Object.keys(helpers).some((k) => registryOfKey(k) === registry);
    if (helper || (key !== undefined && typeof config.credsStore === 'string'))
        throw new DockerConfigError('HELPER_ONLY', `the docker config ${file} keeps the credentials of ${registry} in a credential helper, which is not run: set REGISTRY_USERNAME and REGISTRY_PASSWORD`);
    return undefined;
}


/***/ })

};
