#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 64842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   X$: () => (/* binding */ readFlagFile),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   c0: () => (/* binding */ mediaTypeOf),
/* harmony export */   pK: () => (/* binding */ envUrl)
/* harmony export */ });
/* unused harmony exports flagValue, VERIFY_SWITCHES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8005);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(82296);
/*
 * Reading the command line and the files and variables it names, with messages that say which
 * flag or variable, which file, and what was expected.
 */



/**
 * The value of `--name` at `args[i]`: `--name=value`, or the next argument. A next argument that
 * is itself an option (`--bundle --key k`) is not taken as the value: the flag is then missing
 * its value, which is what the user needs to hear, rather than "expected one FILE, got 2" once
 * the option's own value has been pushed out as a positional. A value that starts with `--` is
 * given as `--name=--value`.
 */
function flagValue(name, args, i, inline) {
    const value = inline ?? args[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} needs a value`);
    }
    return value;
}
/**
 * The switches (flags without a value) every verify command takes. A command that declares
 * `--trusted-root` verifies, and so also takes `--offline` (the embedded roots, no network;
 * see trust.ts), without declaring it: a new verify command gets it by parsing its arguments here.
 */
const VERIFY_SWITCHES = ['offline'];
/**
 * Parses `--flag value` pairs and `--switch`es (each at most once; a switch is read as
 * `'true'`) and exactly one positional argument. `switches` are the command's own flags without a
 * value; {@link VERIFY_SWITCHES} are added where `allowed` holds `trusted-root`.
 */
function parseArgs(args, allowed, switches = []) {
    const { flags, positional } = parseFlags(args, allowed, switches);
    if (positional.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`expected exactly one FILE argument, got ${positional.length}`);
    return { flags, positional: positional[0] };
}
/** {@link parseArgs} for a command that takes any number of positional arguments (`--` ends the flags). */
function parseFlags(args, allowed, switches = []) {
    const allSwitches = allowed.includes('trusted-root') ? [...switches, ...VERIFY_SWITCHES] : switches;
    const flags = new Map();
    const positional = [];
    // Asked for help or the version, a command only answers that, whatever else was given.
    for (const arg of args) {
        if (arg === '--')
            break;
        if (arg === '--help' || arg === '-h')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfoRequest */ .C$('help');
        if (arg === '--version')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfoRequest */ .C$('version');
    }
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            positional.push(...args.slice(i + 1));
            break;
        }
        if (arg.startsWith('--')) {
            const [name, inline] = arg.includes('=')
                ? [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
                : [arg.slice(2), undefined];
            if (!allowed.includes(name) && !allSwitches.includes(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown option --${name}`);
            if (flags.has(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} given twice`);
            if (allSwitches.includes(name)) {
                if (inline !== undefined)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--${name} takes no value`);
                flags.set(name, 'true');
                continue;
            }
            flags.set(name, flagValue(name, args, i, inline));
            if (inline === undefined)
                i++;
        }
        else {
            positional.push(arg);
        }
    }
    return { flags, positional };
}
/** A file a flag names, as text; `what` says what it should be ("bundle", "trusted root"). */
function readFlagFile(what, file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CliError */ .z1('UNREADABLE_FILE', `cannot read ${what} ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, {
            cause: error,
        });
    }
}
/**
 * A JSON file a flag names, as its text and its value. A parse error names the file; the
 * parser's own words quote the file's bytes, so they are quoted and cut here.
 */
function readJsonFile(what, file) {
    const text = readFlagFile(what, file);
    try {
        return { text, json: JSON.parse(text) };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CliError */ .z1('NOT_JSON', `${what} ${file} is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error))}`);
    }
}
/** The `mediaType` of parsed JSON, or undefined when it has none (or is no object). */
function mediaTypeOf(json) {
    return typeof json === 'object' && json !== null && !Array.isArray(json)
        ? json.mediaType
        : undefined;
}
/**
 * An http(s) URL from an environment variable (`GITHUB_API_URL`), else `fallback`, without a
 * trailing slash. Anything else is a usage error naming the variable and its value, rather than
 * the URL parser's bare "Invalid URL" from deep inside a request.
 */
function envUrl(name, fallback, env = process.env) {
    const value = env[name] || fallback;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}, which is not an http(s) URL (such as ${fallback})`);
    }
    return value.replace(/\/+$/, '');
}


/***/ }),

/***/ 82296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ InfoRequest),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hD: () => (/* reexport safe */ _core_quote_js__WEBPACK_IMPORTED_MODULE_1__.h),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   z1: () => (/* binding */ CliError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(65688);
/*
 * The command-line program's errors. A usage error exits 2 with the usage; `--help` and
 * `--version` exit 0; a CliError (a file that is not what its flag says, a bundle that does not
 * verify) and anything else exit 1 with its message and its causes.
 */

/** A mistake in the command line: exit 2, with the usage. */
class UsageError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(message) {
        super('USAGE', message);
    }
}
/** `--help` or `--version` given to a command: answered with exit 0, nothing else is done. */
class InfoRequest extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    kind;
    constructor(kind) {
        super(kind === 'help' ? 'HELP' : 'VERSION', kind);
        this.kind = kind;
    }
}
/** A command failed (exit 1); see {@link CliErrorCode}. */
class CliError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
}
/** Text read from a file or the network is quoted in messages by core's one `quote()`. */

/**
 * The message of a failed command: its causes too ("error creating signing certificate" alone
 * hides that Fulcio could not be reached), and for a connection that failed below HTTP, which
 * host and why, in the one wording the actions use.
 */
function failureText(error) {
    const network = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFailure */ .rd)(error);
    if (network !== undefined) {
        const reason = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .unreachableMessage */ .Ep)(network.host, network.reason);
        const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
        return message.includes(reason) ? message : `${message}: ${reason}`;
    }
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageWithCauses */ .OM)(error);
}


/***/ }),

/***/ 31567:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(25741);
/*
 * sealed-release's command-line program. It follows the sigstore-conformance client protocol,
 * so any conformance suite can drive it, and downstream users can verify without Python:
 *
 *   verify-bundle --bundle B --certificate-identity I --certificate-oidc-issuer U [--trusted-root T] FILE_OR_DIGEST
 *   verify-bundle --bundle B --key K [--trusted-root T] FILE_OR_DIGEST
 *   sign-bundle --identity-token T --bundle B [--trusted-root T] [--signing-config S] FILE
 *   COMMAND --help | --version, help [COMMAND], --help, --version
 *
 * sign-bundle's `--trusted-root` names the instance the bundle is for: the new bundle must verify
 * against it, or it is not written.
 *
 * Exit 0 only when verified (or signed); 1 when verification or signing failed (the message
 * gives the causes, and the host that could not be reached); 2 for a usage error, which names
 * the flag or variable and the value (`--help` and `--version` exit 0). Messages go to stderr;
 * the identity token never does, and a token too short to hide (under 4 characters) is refused.
 * The verify-release command is in verify-release.ts.
 */

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 25741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/core/action/secret-length.js
var secret_length = __nccwpck_require__(78436);
// EXTERNAL MODULE: ./.build/core/errors.js
var core_errors = __nccwpck_require__(8005);
// EXTERNAL MODULE: ./.build/core/digest.js
var core_digest = __nccwpck_require__(34002);
// EXTERNAL MODULE: ./.build/core/sigstore/inputs.js
var inputs = __nccwpck_require__(77758);
// EXTERNAL MODULE: ./.build/cli/args.js
var cli_args = __nccwpck_require__(64842);
// EXTERNAL MODULE: ./.build/cli/errors.js
var errors = __nccwpck_require__(82296);
;// CONCATENATED MODULE: ./.build/cli/version.js
/**
 * The program's version, printed by `--version`. A constant rather than a read of package.json:
 * the bundle must answer wherever it is copied. A test keeps it equal to package.json's.
 */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./.build/cli/key.js
/*
 * `--key K`: the public key a key-signed bundle is verified with (sigstore-conformance's managed
 * keys). A file that is not a usable key is a failed verification (exit 1) that says what is
 * wrong with the key, not OpenSSL's "Failed to read asymmetric key".
 */




/** id-ecPublicKey (RFC 5480 §2.1.1), DER-encoded with its OBJECT IDENTIFIER tag and length. */
const ID_EC_PUBLIC_KEY = Buffer.from('06072a8648ce3d0201', 'hex');
/** The named curves of RFC 5480 §2.1.1.1 that Sigstore keys use, DER-encoded. */
const CURVES = [
    ['P-256', Buffer.from('06082a8648ce3d030107', 'hex')],
    ['P-384', Buffer.from('06052b81040022', 'hex')],
    ['P-521', Buffer.from('06052b81040023', 'hex')],
];
/** The DER inside a PEM `PUBLIC KEY` block, or the bytes themselves. */
function derOf(bytes) {
    const pem = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/.exec(bytes.toString('latin1'));
    return pem ? Buffer.from(pem[1].replace(/\s+/g, ''), 'base64') : bytes;
}
/** What is wrong with key bytes Node could not read, as far as their structure shows. */
function whyUnusable(bytes) {
    const der = derOf(bytes);
    if (der.includes(ID_EC_PUBLIC_KEY)) {
        const curve = CURVES.find(([, oid]) => der.includes(oid))?.[0];
        return curve
            ? `it is an EC public key for ${curve} whose point is not on that curve (a corrupted or wrong key): no signature verifies with it`
            : 'it is an EC public key on a curve this verifier does not know (P-256, P-384 or P-521)';
    }
    return 'it is neither a PEM nor a DER (SPKI) public key';
}
/** The public key `--key` names; a file that cannot be read or is not a usable key fails, saying why. */
function readPublicKey(file) {
    let bytes;
    try {
        bytes = external_node_fs_.readFileSync(file);
    }
    catch (error) {
        throw new errors/* CliError */.z1('UNREADABLE_FILE', `cannot read key ${file}: ${(0,core_errors/* messageOf */.bD)(error)}`, { cause: error });
    }
    try {
        return external_node_crypto_.createPublicKey(bytes);
    }
    catch {
        try {
            return external_node_crypto_.createPublicKey({ key: bytes, format: 'der', type: 'spki' });
        }
        catch {
            // OpenSSL's own words ("Failed to read asymmetric key") say nothing the reason above does not.
            throw new errors/* CliError */.z1('NOT_A_KEY', `--key ${file} cannot verify anything: ${whyUnusable(bytes)}`);
        }
    }
}

// EXTERNAL MODULE: ./.build/cli/trust.js
var cli_trust = __nccwpck_require__(84473);
// EXTERNAL MODULE: ./.build/core/github/repository.js
var repository = __nccwpck_require__(6756);
;// CONCATENATED MODULE: ./.build/cli/verify-attestation.js
/*
 * `sealed-release verify-attestation (FILE | sha256:<hex> | oci://REGISTRY/NAME@sha256:<hex>)
 * (--repo O/R | --owner O) …`: what `gh attestation verify` does, with exact identities
 * (core/attestation/provenance.ts holds the checks). The attestations come from `--bundle F` (a
 * bundle, or JSON lines of bundles as `gh attestation download` writes them), else from GitHub's
 * attestations API, every page: the repository's list with `--repo`, the organization's with
 * `--owner`; and for an image (`oci://`), from the registry too: the bundles attached to the
 * digest as referrers (core/attestation/image-bundles.ts, with the image core's finding), as
 * `gh attestation verify oci://… --bundle-from-oci` reads them. Exit 0 only when one attestation
 * passes every check; each attestation's checks are printed as rows (text, or JSON with
 * `--format json`).
 *
 * Reads GITHUB_API_URL and GITHUB_SERVER_URL (default https://github.com, which names the SAN's
 * server and the OIDC issuer) and the token GH_TOKEN or GITHUB_TOKEN (only to read the API; for an
 * image without a token only the registry is read). Registry credentials as verify-image reads
 * them: REGISTRY_USERNAME and REGISTRY_PASSWORD (both or neither), else the docker config, else
 * anonymous. No token or password reaches the output.
 */







const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const FLAGS = [
    'repo',
    'owner',
    'signer-workflow',
    'source-ref',
    'source-digest',
    'predicate-type',
    'bundle',
    'format',
    'trusted-root',
];
const SWITCHES = ['deny-self-hosted-runners'];
/** Every flag's problem at once (a usage error names them all). */
function parseFlags(args) {
    const { flags, positional } = (0,cli_args/* parseArgs */.Zy)(args, FLAGS, SWITCHES);
    const problems = [];
    const repoFlag = flags.get('repo');
    const owner = flags.get('owner');
    if ((repoFlag === undefined) === (owner === undefined))
        problems.push('give exactly one of --repo O/R and --owner O');
    let repo;
    try {
        if (repoFlag !== undefined)
            repo = (0,repository/* parseRepository */.S)('--repo', repoFlag);
    }
    catch {
        problems.push(`--repo is ${(0,errors/* quote */.hD)(repoFlag)}: expected OWNER/REPO`);
    }
    if (owner !== undefined) {
        if (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner))
            repo = { owner };
        else
            problems.push(`--owner is ${(0,errors/* quote */.hD)(owner)}: expected a GitHub user or organization name`);
    }
    const workflow = flags.get('signer-workflow');
    if (workflow !== undefined && !/^[^/@\s]+\/[^/@\s]+\/\.github\/workflows\/[^@\s]+\.ya?ml$/.test(workflow))
        problems.push(`--signer-workflow is ${(0,errors/* quote */.hD)(workflow)}: expected OWNER/REPO/.github/workflows/FILE.yml`);
    const ref = flags.get('source-ref');
    if (ref !== undefined && !/^refs\/(heads|tags|pull)\/\S+$/.test(ref))
        problems.push(`--source-ref is ${(0,errors/* quote */.hD)(ref)}: expected a full ref such as refs/tags/v1.2.3 or refs/heads/main`);
    const digest = flags.get('source-digest');
    if (digest !== undefined && !/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(digest))
        problems.push(`--source-digest is ${(0,errors/* quote */.hD)(digest)}: expected the commit's 40 (or 64) lower-case hex digits`);
    const format = flags.get('format') ?? 'text';
    if (format !== 'text' && format !== 'json')
        problems.push(`--format is ${(0,errors/* quote */.hD)(format)}: expected text or json`);
    if (flags.has('offline') && !flags.has('bundle') && !positional.startsWith('oci://'))
        problems.push('--offline reads nothing from the network: give the attestations with --bundle F');
    const username = process.env.REGISTRY_USERNAME || undefined;
    const password = process.env.REGISTRY_PASSWORD || undefined;
    if (positional.startsWith('oci://') && (username === undefined) !== (password === undefined))
        problems.push('REGISTRY_USERNAME and REGISTRY_PASSWORD go together: set both or neither');
    if (problems.length > 0)
        throw new errors/* UsageError */.eb(problems.join('; '));
    return { flags, positional, scope: repo, format };
}
/** The image of an `oci://` argument, or every problem with it (a tag can move: only a digest is read). */
async function imageOf(value) {
    const { parseReference, REFERENCE_FORM } = await __nccwpck_require__.e(/* import() */ 359).then(__nccwpck_require__.bind(__nccwpck_require__, 76359));
    const text = value.slice('oci://'.length);
    let reference;
    try {
        reference = parseReference(text, 'IMAGE');
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${value}: ${(0,core_errors/* messageOf */.bD)(error)} (expected oci://${REFERENCE_FORM.split(' or ')[1]})`);
    }
    if (reference.digest === undefined || reference.tag !== undefined)
        throw new errors/* UsageError */.eb(`${value} names no digest (or a tag beside it): give oci://REGISTRY/NAME@sha256:<64 hex> (a tag can move between this check and your pull)`);
    return { registry: reference.registry, repository: reference.repository, digest: reference.digest };
}
/** The artifact's sha256: a file's, a `sha256:<hex>` given as such, or an image's digest. */
async function subjectOf(value) {
    if (value.startsWith('oci://')) {
        const image = await imageOf(value);
        return { sha256: image.digest.slice('sha256:'.length), image };
    }
    return { sha256: await fileOrDigest(value) };
}
async function fileOrDigest(value) {
    if (external_node_fs_.existsSync(value)) {
        if (!external_node_fs_.statSync(value).isFile())
            throw new errors/* UsageError */.eb(`${value} is not a regular file`);
        return (0,core_digest/* sha256File */.Q3)(value);
    }
    const digest = (0,core_digest/* parseSha256Digest */.Rf)(value);
    if (digest)
        return digest.toString('hex');
    throw new errors/* UsageError */.eb(`${value} is neither an existing file nor a sha256:<64 hex> digest`);
}
/** The bundles of `--bundle F`: one bundle, or JSON lines of bundles (a blank line is skipped). */
function bundlesOfFile(file) {
    const text = (0,cli_args/* readFlagFile */.X$)('bundle', file).trim();
    try {
        return [JSON.parse(text)];
    }
    catch {
        return text
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line, i) => {
            try {
                return JSON.parse(line);
            }
            catch {
                throw new errors/* CliError */.z1('NOT_JSON', `bundle ${file} is neither JSON nor JSON lines (line ${i + 1} is not JSON)`);
            }
        });
    }
}
/** The bundles the attestations API lists for the digest (every page), and how to name that source. */
async function apiBundles(token, scope, sha256, predicateType) {
    const apiUrl = (0,cli_args/* envUrl */.pK)('GITHUB_API_URL', 'https://api.github.com');
    const [{ createClient }, { listAttestations }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91563)),
        Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(563), __nccwpck_require__.e(205)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12205)),
    ]);
    // Not in a runner: the token must not be echoed as an ::add-mask:: command.
    const client = createClient(token, { retries: 2, maskToken: false, baseUrl: apiUrl });
    const where = scope.repo === undefined ? `organization ${scope.owner}` : `${scope.owner}/${scope.repo}`;
    // Filtered by the predicate type asked for, as gh asks (its --predicate-type, whole URI, goes to
    // `predicate_type`); the filter only saves reading others: each bundle's type is checked again.
    const bundles = await listAttestations(client, scope, `sha256:${sha256}`, {
        what: `the attestations of sha256:${sha256} in ${where}`,
        predicateType,
    });
    return { bundles, source: `the attestations API of ${where}` };
}
/**
 * The bundles attached to the image as referrers, read with the credentials verify-image uses:
 * REGISTRY_USERNAME and REGISTRY_PASSWORD, else the docker config, else anonymous.
 */
async function registryBundles(image, predicateType) {
    const [{ dockerConfigCredentials, dockerConfigPath }, { OciClient }, { imageAttestationBundles }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 723).then(__nccwpck_require__.bind(__nccwpck_require__, 57723)),
        Promise.all(/* import() */[__nccwpck_require__.e(727), __nccwpck_require__.e(103)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96739)),
        Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(589), __nccwpck_require__.e(679), __nccwpck_require__.e(543), __nccwpck_require__.e(727), __nccwpck_require__.e(906), __nccwpck_require__.e(308)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5400)),
    ]);
    const username = process.env.REGISTRY_USERNAME || undefined;
    const password = process.env.REGISTRY_PASSWORD || undefined;
    const credentials = username !== undefined && password !== undefined
        ? { username, password }
        : dockerConfigCredentials(image.registry, dockerConfigPath());
    const client = new OciClient({
        registry: image.registry,
        ...(credentials ? { credentials } : {}),
        credentialInputs: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'],
    });
    return imageAttestationBundles(client, image.repository, image.digest, predicateType);
}
/** The `verify-attestation` command (see the file's comment). */
const verifyAttestationCommand = {
    summary: 'Verify build provenance (or another attestation) of a file or an image, with exact identities.',
    usage: [
        'sealed-release verify-attestation (FILE | sha256:<hex> | oci://REGISTRY/NAME@sha256:<hex>) (--repo O/R | --owner O) [--signer-workflow O/R/.github/workflows/F.yml] [--source-ref REF] [--source-digest SHA] [--predicate-type T] [--bundle F] [--deny-self-hosted-runners] [--format text|json] [--trusted-root T | --offline]',
    ],
    details: [
        'What `gh attestation verify` checks, each in its own row: the signature and timestamps, the',
        "subject's sha256, the predicate type (default https://slsa.dev/provenance/v1), the signer",
        '(the SAN is exactly <server>/<signer-workflow>@<source-ref> when both are given, each compared',
        "whole, never as a pattern; by default a workflow of --repo, or of --owner), the certificate's",
        'source repository, ref and commit, its runner environment (--deny-self-hosted-runners: only',
        "github-hosted), and that SLSA provenance's own workflow, commit and builder are the certificate's.",
        'The attestations come from --bundle F (a bundle, or JSON lines of bundles), else from the',
        "attestations API (the repository's with --repo, the organization's with --owner; every page),",
        'read with GH_TOKEN or GITHUB_TOKEN at GITHUB_API_URL; GITHUB_SERVER_URL names the server.',
        'An image (oci://, by digest only) is also read from the registry: the bundles attached to the',
        'digest as referrers (the referrers API, or the sha256-<hex> tag index), with REGISTRY_USERNAME and',
        'REGISTRY_PASSWORD, else the docker config, else anonymous; without a token, or with --offline',
        '(which then concerns the trust and the API only), only the registry is read.',
        ...cli_trust.TRUST_HELP,
        'Exit 0 only when one attestation passes every check, 1 when none does, 2 for a usage error.',
    ],
    async run(args, io) {
        const { flags, positional, scope, format } = parseFlags(args);
        const { sha256, image } = await subjectOf(positional);
        const serverUrl = (0,cli_args/* envUrl */.pK)('GITHUB_SERVER_URL', 'https://github.com');
        const [{ parseBundle, githubSigned, expectedIssuer }, { judgeBuildAttestation }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(589), __nccwpck_require__.e(694), __nccwpck_require__.e(179), __nccwpck_require__.e(543), __nccwpck_require__.e(587)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16587)),
            Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(589), __nccwpck_require__.e(543), __nccwpck_require__.e(786)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63786)),
        ]);
        const predicateType = flags.get('predicate-type') ?? SLSA_PROVENANCE_V1;
        const bundleFile = flags.get('bundle');
        // Each attestation with where it came from.
        const raw = [];
        const sources = [];
        if (bundleFile !== undefined) {
            raw.push(...bundlesOfFile(bundleFile).map((item) => ({ item, source: bundleFile })));
            sources.push(bundleFile);
        }
        else {
            if (image !== undefined) {
                let found;
                try {
                    found = await registryBundles(image, predicateType);
                }
                catch (error) {
                    // A registry that refused the credentials: the fix names the variables that hold them.
                    if (error instanceof core_errors/* BaseError */.Cf && error.fix) {
                        io.err(`error: ${(0,core_errors/* messageWithFix */.vW)(error)}`);
                        return 1;
                    }
                    throw error;
                }
                const source = found.via;
                raw.push(...found.bundles.map((item) => ({ item, source })));
                sources.push(source);
                if (found.skipped > 0)
                    io.err(`note: ${found.skipped} referrer(s) of ${image.digest} annotated with another predicate type than ${predicateType} were not read`);
            }
            const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
            if (!token && image === undefined)
                throw new errors/* UsageError */.eb('set GH_TOKEN or GITHUB_TOKEN (a token that can read attestations), or give --bundle F');
            // An image's attestations are also in GitHub's API, where attest-provenance stores them;
            // offline, or without a token, only the registry is read.
            if (token && !flags.has('offline')) {
                const listed = await apiBundles(token, scope, sha256, predicateType);
                raw.push(...listed.bundles.map((item) => ({ item, source: listed.source })));
                sources.push(listed.source);
            }
            else if (image !== undefined) {
                io.err(`note: the attestations API was not read (${flags.has('offline') ? '--offline' : 'no GH_TOKEN or GITHUB_TOKEN'}): only the registry's referrers`);
            }
        }
        const source = sources.join(' and ');
        // Each trust is loaded once, when a bundle first needs it.
        let publicGood;
        let github;
        const trustFor = (bundle) => {
            if (!githubSigned(bundle))
                return (publicGood ??= (0,cli_trust.loadCliTrust)(flags));
            if (flags.has('trusted-root') || flags.has('offline'))
                return (github ??= (0,cli_trust.loadCliTrust)(flags, { githubOnly: 'the attestation' }));
            return (github ??= Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(694), __nccwpck_require__.e(563), __nccwpck_require__.e(280)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9280)).then((t) => t.loadAttestationTrust(undefined, { trustedRootOption: '--trusted-root' })));
        };
        const expected = {
            sha256,
            owner: scope.owner,
            repo: scope.repo,
            serverUrl,
            issuer: expectedIssuer(serverUrl),
            signerWorkflow: flags.get('signer-workflow'),
            sourceRef: flags.get('source-ref'),
            sourceDigest: flags.get('source-digest'),
            predicateType,
            denySelfHostedRunners: flags.has('deny-self-hosted-runners'),
        };
        const judged = [];
        const warned = new Set();
        for (const { item, source: from } of raw) {
            let rows;
            let bundle;
            try {
                bundle = parseBundle(JSON.stringify(item));
            }
            catch (error) {
                const why = item?.unreadable;
                rows = [
                    {
                        check: 'signature',
                        ok: false,
                        detail: typeof why === 'string' ? why : `not a Sigstore bundle: ${(0,core_errors/* messageOf */.bD)(error)}`,
                    },
                ];
            }
            if (bundle !== undefined) {
                const byGitHub = githubSigned(bundle);
                let trust;
                try {
                    trust = await trustFor(bundle);
                }
                catch (error) {
                    // Offline, GitHub's root is not embedded: this attestation cannot be checked, the others can.
                    if (!(error instanceof errors/* CliError */.z1 && error.code === 'NO_EMBEDDED_ROOT'))
                        throw error;
                    rows = [{ check: 'signature', ok: false, detail: error.message }];
                }
                if (trust !== undefined) {
                    if (!warned.has(trust))
                        for (const d of trust.dropped)
                            io.err(`warning: trusted root: ignored ${d}`);
                    warned.add(trust);
                    // GitHub's instance logs nothing in a transparency log: its timestamps are the evidence.
                    const thresholds = byGitHub ? { tlogThreshold: 0, timestampThreshold: 1 } : {};
                    rows = await judgeBuildAttestation(bundle, trust.material, expected, thresholds);
                }
            }
            judged.push({ from, rows: rows, passed: rows.every((r) => r.ok) });
        }
        const good = judged.findIndex((j) => j.passed);
        if (format === 'json') {
            io.out(JSON.stringify({
                subject: `sha256:${sha256}`,
                source,
                verified: good >= 0,
                attestations: judged.map((j) => ({ source: j.from, passed: j.passed, checks: j.rows })),
            }, null, 2));
        }
        else {
            judged.forEach((j, i) => {
                io.out(`attestation #${i + 1} of ${judged.length} (${j.from}):`);
                for (const r of j.rows)
                    io.out(`  ${r.ok ? 'PASS' : 'FAIL'} ${r.check}: ${r.detail}`);
            });
        }
        if (good >= 0) {
            if (format === 'text')
                io.out(`OK: sha256:${sha256} is attested: attestation #${good + 1} passed every check`);
            return 0;
        }
        io.err(judged.length === 0
            ? `FAIL: ${source} holds no attestation of sha256:${sha256}`
            : `FAIL: none of the ${judged.length} attestation(s) of sha256:${sha256} passed every check`);
        return 1;
    },
};

// EXTERNAL MODULE: ./.build/core/inputs/parsers.js
var parsers = __nccwpck_require__(4196);
// EXTERNAL MODULE: ./.build/core/inputs/reader.js
var reader = __nccwpck_require__(57781);
;// CONCATENATED MODULE: ./.build/core/inputs/index.js
/** The one input layer: a collecting reader and the shared value parsers. */



;// CONCATENATED MODULE: ./.build/cli/verify-release.js
/*
 * `sealed-release verify-release --repo OWNER/REPO --tag TAG [--trusted-root T] [--all-assets]
 * [FILE…]`: the consumer's check of a published immutable release, without `gh`. Exit 0 only
 * when GitHub's release attestation verifies (signed for the release trust domain, exact SAN,
 * one trusted timestamp), binds the tag to the commit the tag points to now, and every given
 * file's sha256 is one of its subjects (what `gh release verify` and `gh release verify-asset`
 * check). The attestation must name the id of the tag's published release. With `--all-assets`
 * the release's asset list is read too (every page), and the attestation must name exactly those
 * assets with the digests GitHub serves.
 *
 * The API is GITHUB_API_URL (default https://api.github.com), the web host GITHUB_SERVER_URL
 * (default https://github.com, which decides the trust domain), the token GH_TOKEN or
 * GITHUB_TOKEN. The token never reaches the output.
 */







/** Flags that take no value (`--offline` comes with `--trusted-root`: args.ts). */
const verify_release_SWITCHES = ['all-assets'];
function parse(args) {
    const { flags, positional } = (0,cli_args/* parseFlags */.bQ)(args, ['repo', 'tag', 'trusted-root'], verify_release_SWITCHES);
    return { flags, files: positional };
}
/** The `verify-release` command (see the file's comment). */
function verifyReleaseCommand(errors) {
    return {
        summary: "Verify GitHub's release attestation of a published immutable release, and files against it.",
        usage: [
            'sealed-release verify-release --repo OWNER/REPO --tag TAG [--trusted-root T | --offline] [--all-assets] [FILE…]',
        ],
        details: [
            'Exit 0 only when the attestation verifies for exactly this tag and the commit it points to,',
            "and every FILE's sha256 is one of its subjects; 1 when not, 2 for a usage error.",
            "--all-assets: also read the release's assets; the attestation must name exactly them, each",
            'with the digest GitHub serves.',
            'Reads GITHUB_API_URL, GITHUB_SERVER_URL and the token GH_TOKEN or GITHUB_TOKEN. Without',
            "--trusted-root, GitHub's trusted root is fetched through its TUF repository from a pinned root",
            '(into a temporary folder, removed afterwards). The release and its attestation always come',
            "from the API; --offline only forbids fetching trust, and since GitHub's root is not embedded",
            'it needs --trusted-root.',
            ...cli_trust.TRUST_HELP,
        ],
        async run(args, io) {
            const { flags, files } = parse(args);
            const repoFlag = flags.get('repo');
            const tagFlag = flags.get('tag');
            if (!repoFlag || !tagFlag)
                throw new errors.usage('--repo and --tag are required');
            let repo;
            let tag;
            try {
                repo = (0,repository/* parseRepository */.S)('--repo', repoFlag);
                tag = (0,parsers/* parseTagName */.fe)('--tag', tagFlag);
            }
            catch (error) {
                throw new errors.usage((0,core_errors/* messageOf */.bD)(error));
            }
            for (const file of files) {
                if (!external_node_fs_.existsSync(file) || !external_node_fs_.statSync(file).isFile())
                    throw new errors.usage(`${file} is not an existing file`);
            }
            const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
            if (!token)
                throw new errors.usage('set GH_TOKEN or GITHUB_TOKEN (a token that can read the repository)');
            // Checked here, so a malformed variable is named instead of failing as "Invalid URL".
            const serverUrl = (0,cli_args/* envUrl */.pK)('GITHUB_SERVER_URL', 'https://github.com');
            const apiUrl = (0,cli_args/* envUrl */.pK)('GITHUB_API_URL', 'https://api.github.com');
            // The GitHub client and the attestation verifier are loaded only once the arguments passed.
            const [{ createClient, explainHttpError, statusOf }, { resolveTagCommit }, { listAssets, remoteSha256 }, { judgeAttestation, listReleaseAttestations, loadAttestationTrust, releaseSan, trustDomainOf },] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91563)),
                Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(563), __nccwpck_require__.e(934)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3934)),
                Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(563), __nccwpck_require__.e(749)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49749)),
                Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(589), __nccwpck_require__.e(694), __nccwpck_require__.e(563), __nccwpck_require__.e(543), __nccwpck_require__.e(715)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58715)),
            ]);
            // Not in a runner: the token must not be echoed as an ::add-mask:: command.
            const client = createClient(token, { retries: 2, maskToken: false, baseUrl: apiUrl });
            // A release attestation is always GitHub-signed: --offline alone has no root for it.
            const trust = flags.has('offline') || flags.has('trusted-root')
                ? await (0,cli_trust.loadCliTrust)(flags, { githubOnly: "GitHub's release attestation" })
                : await loadAttestationTrust(undefined, { trustedRootOption: '--trusted-root' });
            const commit = await resolveTagCommit(client, repo, tag);
            if (!commit) {
                io.err(`FAIL: tag ${tag} does not exist in ${repo.owner}/${repo.repo}`);
                return 1;
            }
            const expected = {
                owner: repo.owner,
                repo: repo.repo,
                tag,
                commit: commit.toLowerCase(),
            };
            // The published release of the tag (the by-tag endpoint never answers with a draft): its id
            // is what the attestation's release id field must name, and --all-assets lists its assets.
            let release;
            try {
                ({ data: release } = (await client.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
                    ...repo,
                    tag,
                })));
            }
            catch (error) {
                if (statusOf(error) === 404) {
                    io.err(`FAIL: ${repo.owner}/${repo.repo} has no published release for ${tag}`);
                    return 1;
                }
                throw explainHttpError(error, `Reading the release of ${tag}`, 'contents: read');
            }
            expected.releaseId = release.id;
            if (flags.has('all-assets')) {
                expected.assets = new Map();
                for (const asset of await listAssets(client, repo, release.id)) {
                    expected.assets.set(asset.name, (await remoteSha256(client, repo, asset)).sha256);
                }
            }
            const domain = await trustDomainOf(client, serverUrl);
            const san = releaseSan(domain.domain);
            const bundles = await listReleaseAttestations(client, repo, expected.commit);
            const judged = await Promise.all(bundles.map((b) => judgeAttestation(b, trust.material, san, expected)));
            const good = judged.find((j) => j.problems.length === 0);
            if (!good) {
                io.err(bundles.length === 0
                    ? `FAIL: GitHub has no release attestation for ${tag} (${commit}); is the release published and immutable?`
                    : `FAIL: no release attestation verifies for ${tag} (${commit}): ` +
                        judged.map((j, i) => `#${i + 1}: ${j.problems.join('; ')}`).join(' | '));
                return 1;
            }
            io.out(`OK: release ${repo.owner}/${repo.repo}@${tag} → ${commit}, attested by ${san} (${good.subjects.size} asset(s))`);
            if (expected.assets) {
                io.out(`OK: the attestation names exactly the release's ${expected.assets.size} asset(s), each with the digest GitHub serves`);
            }
            const byDigest = new Map([...good.subjects].map(([name, sha]) => [sha, name]));
            let failed = 0;
            for (const file of files) {
                const sha256 = await (0,core_digest/* sha256File */.Q3)(file);
                const subject = byDigest.get(sha256);
                if (subject === undefined) {
                    io.err(`FAIL: ${file} (sha256:${sha256}) is not an asset of the attested release`);
                    failed++;
                }
                else {
                    io.out(`OK: ${file} (sha256:${sha256}) is the attested asset '${subject}'`);
                }
            }
            return failed === 0 ? 0 : 1;
        },
    };
}

;// CONCATENATED MODULE: ./.build/cli/verify-image.js
/*
 * `sealed-release verify-image REGISTRY/NAME@sha256:… --certificate-identity I
 * [--certificate-oidc-issuer U] [--require signature,sbom,provenance] [--commit SHA]
 * [--platforms linux/amd64,linux/arm64] [--trusted-root T | --offline]`: promote-image's checks without
 * writing, for someone about to `docker pull` (the contract's "The CLI"). The same core code as
 * promote-image: resolveImageSubject (the digest's exact bytes, its platforms and their
 * manifests) and verifyImageEvidence (every required kind, exact identity and issuer, subject =
 * this digest). One line per check; exit 0 only when every check passed, 1 when one failed, 2
 * for a usage error. Only GET and HEAD requests are made.
 *
 * Registry credentials: REGISTRY_USERNAME and REGISTRY_PASSWORD (both or neither), else the
 * docker config (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`), else anonymous.
 */





const KINDS = ['signature', 'sbom', 'provenance'];
/** A comma-separated flag value, items trimmed, empty items dropped. */
const list = (value) => value === undefined
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
async function run(args, io) {
    // Asked for help or the version, the command only answers that, whatever else was given.
    if (args.includes('--help') || args.includes('-h'))
        throw new errors/* InfoRequest */.C$('help');
    if (args.includes('--version'))
        throw new errors/* InfoRequest */.C$('version');
    const { flags, positional } = (0,cli_args/* parseArgs */.Zy)(args, [
        'certificate-identity',
        'certificate-oidc-issuer',
        'require',
        'commit',
        'platforms',
        'trusted-root',
    ]);
    // Every problem of the command line at once, before anything is loaded or requested.
    const [{ parseReference, REFERENCE_FORM }, { platformProblems }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 359).then(__nccwpck_require__.bind(__nccwpck_require__, 76359)),
        __nccwpck_require__.e(/* import() */ 499).then(__nccwpck_require__.bind(__nccwpck_require__, 71499)),
    ]);
    const problems = [];
    let reference;
    try {
        reference = parseReference(positional, 'IMAGE');
        if (reference.digest === undefined) {
            problems.push(`IMAGE ${positional} names no digest: give REGISTRY/NAME@sha256:<64 hex> (a tag can move between this check and your pull)`);
        }
    }
    catch (error) {
        problems.push(`IMAGE: ${error.message} (${REFERENCE_FORM})`);
    }
    const identity = flags.get('certificate-identity');
    if (!identity)
        problems.push('--certificate-identity is required: the exact SAN of the release workflow');
    const issuer = flags.get('certificate-oidc-issuer') ?? inputs/* GITHUB_ACTIONS_ISSUER */.qQ;
    const require = flags.has('require') ? list(flags.get('require')) : [...KINDS];
    if (require.length === 0)
        problems.push('--require names none of signature, sbom, provenance');
    for (const kind of require)
        if (!KINDS.includes(kind))
            problems.push(`--require: ${JSON.stringify(kind)} is none of signature, sbom, provenance`);
    if (new Set(require).size !== require.length)
        problems.push('--require names a kind twice');
    const commit = flags.get('commit');
    if (commit !== undefined && !/^[0-9a-f]{40}$/.test(commit))
        problems.push(`--commit ${JSON.stringify(commit)} is not a 40-character lower-case hex commit`);
    if (commit !== undefined && !require.includes('provenance'))
        problems.push('--commit is checked on the provenance: add provenance to --require');
    const platforms = list(flags.get('platforms'));
    if (flags.has('platforms') && platforms.length === 0)
        problems.push('--platforms names no platform');
    problems.push(...platformProblems(platforms, '--platforms'));
    const username = process.env.REGISTRY_USERNAME || undefined;
    const password = process.env.REGISTRY_PASSWORD || undefined;
    if ((username === undefined) !== (password === undefined))
        problems.push('REGISTRY_USERNAME and REGISTRY_PASSWORD go together: set both or neither');
    if (problems.length > 0)
        throw new errors/* UsageError */.eb(problems.join('\n'));
    try {
        return await verify(io, flags, {
            reference: reference,
            identity: identity,
            issuer,
            require,
            commit,
            platforms,
            username,
            password,
        });
    }
    catch (error) {
        // A registry that refused the credentials says which variables hold them.
        if (error instanceof core_errors/* BaseError */.Cf && error.fix) {
            io.err(`error: ${(0,core_errors/* messageWithFix */.vW)(error)}`);
            return 1;
        }
        throw error;
    }
}
/** The checks, once the command line is whole. */
async function verify(io, flags, checked) {
    const { reference, identity, issuer, require, commit, platforms, username, password } = checked;
    const { registry, repository, digest } = reference;
    const [{ dockerConfigCredentials, dockerConfigPath }, { OciClient }, { loadCliTrust }, image, { Report }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 723).then(__nccwpck_require__.bind(__nccwpck_require__, 57723)),
        Promise.all(/* import() */[__nccwpck_require__.e(727), __nccwpck_require__.e(103)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96739)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 84473)),
        Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(589), __nccwpck_require__.e(679), __nccwpck_require__.e(563), __nccwpck_require__.e(543), __nccwpck_require__.e(727), __nccwpck_require__.e(906), __nccwpck_require__.e(867)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71867)),
        Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(316)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40935)),
    ]);
    const credentials = username !== undefined && password !== undefined
        ? { username, password }
        : dockerConfigCredentials(registry, dockerConfigPath());
    const trust = await loadCliTrust(flags);
    for (const d of trust.dropped)
        io.err(`warning: trusted root: ignored ${d}`);
    const client = new OciClient({
        registry,
        ...(credentials ? { credentials } : {}),
        credentialInputs: ['REGISTRY_USERNAME', 'REGISTRY_PASSWORD'],
    });
    const report = new Report('verify-image');
    await image.verifyImage(client, repository, digest, platforms, report, {
        require: require,
        identity,
        issuer,
        trust: trust.material,
        sbomMinComponents: 1,
        ...(commit !== undefined ? { commit } : {}),
        attestationsApi: 'false',
    });
    for (const row of report.rows)
        io.out(`${row.ok ? 'PASS' : 'FAIL'} ${row.check}: ${row.detail}`);
    if (report.ok) {
        io.out(`OK: ${registry}/${repository}@${digest} passed ${report.rows.length} checks`);
        return 0;
    }
    io.err(`error: ${report.failures.length} of ${report.rows.length} checks failed for ${registry}/${repository}@${digest}`);
    return 1;
}
/** The `verify-image` command (see the file's comment). */
const verifyImageCommand = {
    summary: "Verify an image's digest, platforms, signature, SBOM and provenance, as promote-image does, writing nothing.",
    usage: [
        'sealed-release verify-image REGISTRY/NAME@sha256:<hex> --certificate-identity I [--certificate-oidc-issuer U] [--require signature,sbom,provenance] [--commit SHA] [--platforms linux/amd64,linux/arm64] [--trusted-root T | --offline]',
    ],
    details: [
        "--certificate-identity is the release workflow's whole certificate SAN, compared byte for byte",
        '(https://github.com/OWNER/REPO/.github/workflows/FILE.yml@refs/tags/TAG); the issuer defaults to',
        "GitHub Actions'. --require defaults to all three kinds; --commit (40 hex) is the commit the",
        "provenance must name; --platforms: the digest must be an index holding each, every platform's",
        'manifest present. Evidence is read from the registry (the referrers API, or the sha256-<hex> tag',
        'index cosign and actions/attest write). Credentials: REGISTRY_USERNAME and REGISTRY_PASSWORD, else',
        'the docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json), else anonymous.',
        'One line per check; exit 0 only when all pass, 1 when one fails, 2 for a usage error.',
        '--offline concerns the trust only: the registry is still read.',
        ...cli_trust.TRUST_HELP,
    ],
    run,
};

// EXTERNAL MODULE: ./.build/core/audit/levels.js
var audit_levels = __nccwpck_require__(78385);
// EXTERNAL MODULE: ./.build/core/audit/workflow/filter-pattern.js
var filter_pattern = __nccwpck_require__(36007);
;// CONCATENATED MODULE: ./.build/cli/audit.js
/*
 * `sealed-release audit --repo O/R [--workflow FILE] [--environment E] [--tag-pattern P]
 * [--required-checks C1,C2] [--checks NAME:LEVEL,…] [--format text|json|sarif]`: audit-settings
 * from a laptop, running the same sequence (src/core/audit/audit.ts). The token is GH_TOKEN or
 * GITHUB_TOKEN, the API GITHUB_API_URL. Without --workflow only the settings are checked (the
 * workflow checks are reported as not run). Exit 0 when no `error` check failed or went
 * unchecked, 1 otherwise, 2 for a usage error; with `--format json` or `sarif` the report goes to
 * stdout whatever the verdict, so it can be uploaded.
 */







const FORMATS = ['text', 'json', 'sarif'];
const MARK = {
    pass: 'PASS',
    fail: 'FAIL',
    'not-checked': 'NOT CHECKED',
    off: 'OFF',
};
/** One row as a line of text: result, check, where, detail and fix. */
function rowText(row) {
    const where = row.file ? ` ${row.file}:${row.line ?? 1}:${row.column ?? 1}` : '';
    const level = row.level === 'warn' && row.result !== 'pass' && row.result !== 'off' ? ' (warn)' : '';
    const fix = row.fix && row.result !== 'pass' ? ` Fix: ${row.fix}` : '';
    return `${MARK[row.result]}${level} ${row.check}${where}: ${row.detail}${fix}`;
}
function commaList(value) {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
const auditCommand = {
    summary: "Audit a repository's release settings (and its release workflow) as the audit-settings action does.",
    usage: [
        'sealed-release audit --repo OWNER/REPO [--workflow FILE] [--environment E] [--tag-pattern P] [--required-checks C1,C2] [--checks NAME:LEVEL,…] [--format text|json|sarif]',
    ],
    details: [
        'Reads GH_TOKEN or GITHUB_TOKEN and GITHUB_API_URL. The administration settings need a token that',
        "can read them (a fine-grained token with 'Administration: read'); what the token cannot read is",
        'NOT CHECKED, never a pass, and fails unless its check is warn or off.',
        '--tag-pattern defaults to v*; --checks takes NAME:error|warn|off items; --format sarif prints',
        'SARIF 2.1.0 for code scanning. Exit 0 when no error-level check failed or went unchecked, 1',
        'otherwise, 2 for a usage error.',
    ],
    async run(args, io) {
        const { flags, positional } = (0,cli_args/* parseFlags */.bQ)(args, [
            'repo',
            'workflow',
            'environment',
            'tag-pattern',
            'required-checks',
            'checks',
            'format',
        ]);
        const problems = [];
        if (positional.length > 0)
            problems.push(`unexpected argument ${JSON.stringify(positional[0])}`);
        const repoFlag = flags.get('repo');
        let repo = { owner: '', repo: '' };
        if (!repoFlag)
            problems.push('--repo OWNER/REPO is required');
        else
            try {
                repo = (0,repository/* parseRepository */.S)('--repo', repoFlag);
            }
            catch (error) {
                problems.push((0,core_errors/* messageOf */.bD)(error));
            }
        const format = (flags.get('format') ?? 'text');
        if (!FORMATS.includes(format))
            problems.push(`--format must be text, json or sarif, got ${JSON.stringify(format)}`);
        const tagPattern = flags.get('tag-pattern') ?? 'v*';
        problems.push(...(0,filter_pattern/* tagPatternProblems */.hx)(tagPattern).map((p) => `--${p}`));
        const checkItems = commaList(flags.get('checks'));
        const { levels, problems: levelProblems } = (0,audit_levels/* parseCheckLevels */.f6)('--checks', checkItems);
        problems.push(...levelProblems);
        const token = process.env.GH_TOKEN || process.env.GITHUB_TOKEN;
        if (!token)
            problems.push('set GH_TOKEN or GITHUB_TOKEN (a token that can read the repository settings)');
        if (problems.length > 0)
            throw new errors/* UsageError */.eb(problems.join('\n'));
        const apiUrl = (0,cli_args/* envUrl */.pK)('GITHUB_API_URL', 'https://api.github.com');
        // The GitHub client, the lint and the YAML parser load only once the arguments passed.
        const [{ createClient }, audit, { lintWorkflow }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91563)),
            Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(239), __nccwpck_require__.e(563), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11935)),
            Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(594)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7594)),
        ]);
        const workflowFlag = flags.get('workflow');
        const workflow = workflowFlag === undefined
            ? undefined
            : await audit.readWorkflowFile(external_node_path_.resolve(workflowFlag), external_node_path_.relative(process.cwd(), external_node_path_.resolve(workflowFlag)).split(external_node_path_.sep).join('/'));
        // Not in a runner: the token must not be echoed as an ::add-mask:: command.
        const github = createClient(token, { retries: 2, maskToken: false, baseUrl: apiUrl });
        const rows = await audit.runAudit({ github, lintWorkflow }, {
            repo,
            tagPattern,
            requiredChecks: commaList(flags.get('required-checks')),
            environment: flags.get('environment'),
            levels,
            workflow,
        });
        const counts = audit.countRows(rows);
        const failing = rows.filter(audit.failsRun);
        if (format === 'json')
            io.out(audit.reportJson(rows));
        else if (format === 'sarif')
            io.out(JSON.stringify(audit.auditSarif(rows), null, 2));
        else {
            io.out(`audit ${repo.owner}/${repo.repo}: ${counts.passed} passed, ${counts.failed} failed, ${counts.notChecked} not checked`);
            for (const row of rows)
                io.out(rowText(row));
        }
        if (failing.length > 0)
            io.err(`FAIL: ${failing.length} check(s) failed or could not be checked: ${[...new Set(failing.map((r) => r.check))].join(', ')}`);
        return failing.length > 0 ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ./.build/cli/main.js
















/*
 * The Sigstore code (sigstore-js, its protobuf types, TUF) is imported by the command that uses
 * it, when it runs: `--version`, `--help` and a usage error never compile it.
 */
const sigstore = () => Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(589), __nccwpck_require__.e(694), __nccwpck_require__.e(179), __nccwpck_require__.e(543), __nccwpck_require__.e(587)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16587));
/**
 * The text of the bundle `--bundle` names, refused before any trust is fetched when it is not
 * one: not JSON, JSON without a Sigstore bundle's media type, or a bundle sigstore-js cannot read
 * (each message names the file).
 */
async function readBundle(file) {
    const { text, json } = (0,cli_args/* readJsonFile */.JE)('bundle', file);
    const mediaType = (0,cli_args/* mediaTypeOf */.c0)(json);
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
        throw new errors/* CliError */.z1('NOT_A_BUNDLE', `${file} is not a Sigstore bundle: ` +
            (mediaType === undefined
                ? 'it has no mediaType'
                : `its mediaType is ${(0,errors/* quote */.hD)(String(mediaType))}, not application/vnd.dev.sigstore.bundle…`));
    }
    const { parseBundle } = await sigstore();
    try {
        return { text, bundle: parseBundle(text) };
    }
    catch (error) {
        throw new errors/* CliError */.z1('NOT_A_BUNDLE', `bundle ${file}: ${(0,core_errors/* messageOf */.bD)(error)}`, { cause: error });
    }
}
/** Refuses a `--trusted-root` that is not JSON before anything is fetched or signed (the file is named). */
function checkTrustedRootFile(file) {
    if (file !== undefined)
        (0,cli_args/* readJsonFile */.JE)('trusted root', file);
}
/** A path when it exists; else `sha256:<hex>`; anything else is an error. */
function artifactOf(value, parseSha256Digest) {
    if (external_node_fs_.existsSync(value)) {
        if (!external_node_fs_.statSync(value).isFile())
            throw new errors/* UsageError */.eb(`${value} is not a regular file`);
        return { file: value };
    }
    const digest = parseSha256Digest(value);
    if (digest)
        return { sha256: digest };
    throw new errors/* UsageError */.eb(`${value} is neither an existing file nor a sha256:<64 hex> digest`);
}
async function verifyCommand(args, io) {
    const { flags, positional } = (0,cli_args/* parseArgs */.Zy)(args, [
        'bundle',
        'certificate-identity',
        'certificate-oidc-issuer',
        'key',
        'trusted-root',
    ]);
    const bundle = flags.get('bundle');
    if (!bundle)
        throw new errors/* UsageError */.eb('--bundle is required');
    const key = flags.get('key');
    const identity = flags.get('certificate-identity');
    const issuer = flags.get('certificate-oidc-issuer');
    if (key !== undefined && (identity !== undefined || issuer !== undefined)) {
        throw new errors/* UsageError */.eb('give --key, or --certificate-identity with --certificate-oidc-issuer, not both');
    }
    if (key === undefined && (identity === undefined || issuer === undefined)) {
        throw new errors/* UsageError */.eb('--certificate-identity and --certificate-oidc-issuer are required (or --key)');
    }
    const { verifyBundle } = await sigstore();
    const artifact = artifactOf(positional, core_digest/* parseSha256Digest */.Rf);
    // A bundle that cannot be read as one is refused before any trust is fetched.
    const { text: bundleText, bundle: parsed } = await readBundle(bundle);
    const trust = await (0,cli_trust.loadCliTrust)(flags, { key: key ? readPublicKey(key) : undefined, bundle: parsed });
    for (const d of trust.dropped)
        io.err(`warning: trusted root: ignored ${d}`);
    const result = await verifyBundle(bundleText, artifact, trust.material, key ? undefined : { identity: identity, issuer: issuer });
    if (key && result.identity !== undefined) {
        // A certificate bundle is not "signed with this key" just because a key was given.
        throw new errors/* CliError */.z1('KEY_MISMATCH', 'bundle is signed with a certificate, not with the given key');
    }
    io.out(`OK: ${positional} (sha256:${result.sha256}) verified` +
        (result.identity ? ` for ${result.identity} (issuer ${result.issuer})` : ' with the given key'));
    return 0;
}
// Kept alike on purpose (docs/ARCHITECTURE.md): each command declares its own flags to parseArgs.
async function signCommand(args, io) {
    const { flags, positional } = (0,cli_args/* parseArgs */.Zy)(args, [
        'identity-token',
        'bundle',
        'trusted-root',
        'signing-config',
    ]);
    const token = flags.get('identity-token');
    const bundle = flags.get('bundle');
    // It takes --trusted-root, so the shared parser lets --offline through: signing needs Fulcio and Rekor.
    if (flags.has('offline'))
        throw new errors/* UsageError */.eb('sign-bundle cannot run --offline: it signs through Fulcio and Rekor');
    if (!token)
        throw new errors/* UsageError */.eb('--identity-token is required');
    if (!bundle)
        throw new errors/* UsageError */.eb('--bundle is required');
    if (!external_node_fs_.existsSync(positional) || !external_node_fs_.statSync(positional).isFile()) {
        throw new errors/* UsageError */.eb(`${positional} is not an existing file`);
    }
    const trustedRoot = flags.get('trusted-root');
    const configFile = flags.get('signing-config');
    // Every file is read and checked before anything is requested from a service.
    checkTrustedRootFile(trustedRoot);
    const config = configFile === undefined ? undefined : readSigningConfig(configFile);
    const [{ builderFromSigningConfig, certificateIdentityOf, loadTrust, SigningSession, staticIdentityProvider, toBundleV03, verifyBundle, }, { bundleToJSON },] = await Promise.all([sigstore(), Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(40)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 61040, 19))]);
    const trust = trustedRoot === undefined ? undefined : await loadTrust(trustedRoot);
    for (const d of trust?.dropped ?? [])
        io.err(`warning: trusted root: ignored ${d}`);
    const identity = staticIdentityProvider(token);
    // With a signing config, sigstore-js's own service selection signs (it takes the bytes); the
    // default services sign a streamed digest, for files of any size.
    const signed = config
        ? toBundleV03(bundleToJSON(await builderFromSigningConfig(config, identity).create({
            data: external_node_fs_.readFileSync(positional),
        })))
        : (await new SigningSession({ fulcioURL: inputs/* PUBLIC_GOOD_FULCIO_URL */.Xw, rekorURL: inputs/* PUBLIC_GOOD_REKOR_URL */.Y4 }, identity).signFile(positional)).bundle;
    const text = JSON.stringify(signed);
    if (trust) {
        // The trusted root names the instance the bundle is for (sigstore-conformance passes the
        // staging root with staging services): the new bundle must verify against it, certificate
        // chain, log entry and timestamps, for the identity its own certificate names, or it is not
        // written.
        try {
            const raw = signed.verificationMaterial.certificate
                ?.rawBytes;
            if (raw === undefined)
                throw new errors/* CliError */.z1('NOT_VERIFIED', 'the new bundle carries no certificate');
            const signer = certificateIdentityOf(Buffer.from(raw, 'base64'));
            await verifyBundle(text, { file: positional }, trust.material, {
                identity: signer.san,
                issuer: signer.issuer,
            });
        }
        catch (error) {
            throw new errors/* CliError */.z1('NOT_VERIFIED', `the new bundle does not verify against trusted root ${trustedRoot} (${(0,core_errors/* messageOf */.bD)(error)}); ${bundle} was not written`, { cause: error });
        }
    }
    const temp = external_node_path_.join(external_node_path_.dirname(external_node_path_.resolve(bundle)), `.${external_node_path_.basename(bundle)}.${external_node_crypto_.randomBytes(6).toString('hex')}.tmp`);
    external_node_fs_.writeFileSync(temp, text + '\n', { flag: 'wx' });
    external_node_fs_.renameSync(temp, bundle);
    io.out(`OK: signed ${positional}, bundle ${bundle}` + (trust ? `, verified against ${trustedRoot}` : ''));
    return 0;
}
/** The text of the signing config `--signing-config` names, refused (naming the file) when it is not one. */
function readSigningConfig(file) {
    const { text, json } = (0,cli_args/* readJsonFile */.JE)('signing config', file);
    const mediaType = (0,cli_args/* mediaTypeOf */.c0)(json);
    if (mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json') {
        throw new errors/* CliError */.z1('NOT_A_SIGNING_CONFIG', `${file} is not a Sigstore signing config v0.2: ` +
            (mediaType === undefined
                ? 'it has no mediaType'
                : `its mediaType is ${(0,errors/* quote */.hD)(String(mediaType))}, not application/vnd.dev.sigstore.signingconfig.v0.2+json`));
    }
    return text;
}
/**
 * The commands, by name. A new command is one entry here: the top-level usage, `help NAME`,
 * and `NAME --help` / `--version` come from it.
 */
const COMMANDS = {
    'verify-bundle': {
        summary: 'Verify a Sigstore bundle for a file or a sha256 digest (sigstore-conformance client protocol).',
        usage: [
            'sealed-release verify-bundle --bundle B --certificate-identity I --certificate-oidc-issuer U [--trusted-root T | --offline] FILE_OR_DIGEST',
            'sealed-release verify-bundle --bundle B --key K [--trusted-root T | --offline] FILE_OR_DIGEST',
        ],
        details: [
            'FILE_OR_DIGEST is a path, or sha256:<64 hex> when no such path exists.',
            "--certificate-identity is the certificate's whole SAN, compared byte for byte;",
            '--certificate-oidc-issuer likewise.',
            ...cli_trust.TRUST_HELP,
            'Exit 0 only when verified, 1 when not, 2 for a usage error.',
        ],
        run: verifyCommand,
    },
    'sign-bundle': {
        summary: 'Sign a file keylessly with an OIDC identity token and write its Sigstore bundle.',
        usage: [
            'sealed-release sign-bundle --identity-token T --bundle B [--trusted-root T] [--signing-config S] FILE',
        ],
        details: [
            'With --trusted-root, the new bundle must verify against that root (for the identity its',
            'certificate names) or it is not written. Exit 0 when signed, 1 when signing or that',
            'verification failed, 2 for a usage error.',
        ],
        run: signCommand,
    },
    'verify-release': verifyReleaseCommand({ usage: errors/* UsageError */.eb, info: errors/* InfoRequest */.C$ }),
    'verify-attestation': verifyAttestationCommand,
    'verify-image': verifyImageCommand,
    audit: auditCommand,
};
function programUsage() {
    return [
        'usage:',
        ...Object.values(COMMANDS).flatMap((c) => c.usage.map((u) => `  ${u}`)),
        '  sealed-release COMMAND --help | --version',
        '',
        'commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`),
    ].join('\n');
}
function commandUsage(name) {
    const c = COMMANDS[name];
    return ['usage:', ...c.usage.map((u) => `  ${u}`), '', c.summary, ...(c.details ?? [])].join('\n');
}
/** Runs one command; returns the exit code. The token never reaches the output. */
async function runCli(args, io) {
    const [command, ...rest] = args;
    const tokenIndex = rest.indexOf('--identity-token');
    const inline = rest.find((a) => a.startsWith('--identity-token='));
    const token = tokenIndex >= 0 ? rest[tokenIndex + 1] : inline?.slice('--identity-token='.length);
    // A token too short to mask (secrets.ts) is refused below, so it is never used to redact.
    const secret = token !== undefined && token.length >= secret_length/* MIN_SECRET_LENGTH */.v ? token : undefined;
    const clean = (text) => (secret ? text.split(secret).join('***') : text);
    const known = command !== undefined && Object.hasOwn(COMMANDS, command);
    try {
        if (token && !secret) {
            // Unlike the actions, the CLI has no runner to mask for it: it refuses such a token
            // outright, and the message does not repeat it.
            throw new errors/* UsageError */.eb(`--identity-token is ${token.length} character(s) long: too short to be an OIDC identity ` +
                `token (a JWT), and too short to hide from the output (at least ${secret_length/* MIN_SECRET_LENGTH */.v})`);
        }
        switch (command) {
            case undefined:
                throw new errors/* UsageError */.eb('no command given');
            case '--version':
            case 'version':
                io.out(`sealed-release ${VERSION}`);
                return 0;
            case '--help':
            case '-h':
                io.out(programUsage());
                return 0;
            case 'help':
                if (rest.length === 0) {
                    io.out(programUsage());
                    return 0;
                }
                if (rest.length > 1 || !Object.hasOwn(COMMANDS, rest[0])) {
                    throw new errors/* UsageError */.eb(`no help for '${rest.join(' ')}'`);
                }
                io.out(commandUsage(rest[0]));
                return 0;
        }
        if (!known)
            throw new errors/* UsageError */.eb(`unknown command '${command}'`);
        return await COMMANDS[command].run(rest, io);
    }
    catch (error) {
        if (error instanceof errors/* InfoRequest */.C$) {
            io.out(error.kind === 'version' ? `sealed-release ${VERSION}` : commandUsage(command));
            return 0;
        }
        if (error instanceof errors/* UsageError */.eb) {
            io.err(`error: ${clean(error.message)}\n${known ? commandUsage(command) : programUsage()}`);
            return 2;
        }
        io.err(`error: ${clean((0,errors/* failureText */.kY)(error))}`);
        return 1;
    }
}


/***/ }),

/***/ 84473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OFFLINE_FIX: () => (/* binding */ OFFLINE_FIX),
/* harmony export */   TRUST_HELP: () => (/* binding */ TRUST_HELP),
/* harmony export */   loadCliTrust: () => (/* binding */ loadCliTrust)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(64842);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(82296);


/** The `--help` lines of every verify command about its trust flags. */
const TRUST_HELP = [
    "--trusted-root T: verify against that trusted_root.json (a private instance, GitHub's, tests).",
    '--offline: no network; verify against the public-good Sigstore trusted root embedded in the',
    'CLI, as @sigstore/tuf ships it. The embedded root is frozen per release of sealed-release:',
    "keys Sigstore adds later are unknown to it until you update. GitHub's trusted root is not",
    "embedded: for bundles GitHub's Sigstore signed (private repositories, release attestations),",
    'give --trusted-root (for example the output of `gh attestation trusted-root`).',
    'Without either, public-good trust is fetched and verified through TUF.',
];
/** What the TUF failure names as the way out. */
const OFFLINE_FIX = 'check network access to the TUF repository, or give --trusted-root T (a trusted_root.json), or ' +
    '--offline to verify against the public-good root embedded in this release of sealed-release';
/**
 * The trust for one verify command's flags (see the file's comment). `bundle`, when given, is the
 * bundle about to be verified: offline, a GitHub-signed one is refused here with the way out,
 * instead of failing its certificate chain against a root that cannot hold it. `githubOnly`: the
 * command verifies only GitHub-signed bundles (release attestations), so `--offline` without
 * `--trusted-root` is refused whatever the bundle.
 */
async function loadCliTrust(flags, options = {}) {
    const { githubSigned, loadEmbeddedTrust, loadTrust } = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(187), __nccwpck_require__.e(589), __nccwpck_require__.e(694), __nccwpck_require__.e(179), __nccwpck_require__.e(543), __nccwpck_require__.e(587)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16587));
    const trustedRoot = flags.get('trusted-root');
    if (trustedRoot !== undefined) {
        // Not JSON is named with the file, before anything else is read.
        (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsonFile */ .JE)('trusted root', trustedRoot);
        return loadTrust(trustedRoot, { key: options.key });
    }
    if (flags.has('offline')) {
        if (options.githubOnly !== undefined || (options.bundle && githubSigned(options.bundle))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CliError */ .z1('NO_EMBEDDED_ROOT', `${options.githubOnly ?? 'the bundle'} is signed by GitHub's Sigstore instance, whose trusted root is not ` +
                "embedded in sealed-release (only the public-good one is); give --trusted-root T with GitHub's " +
                'trusted_root.json (for example the output of `gh attestation trusted-root`)');
        }
        return loadEmbeddedTrust(options.key);
    }
    return loadTrust(undefined, { key: options.key, fix: OFFLINE_FIX });
}


/***/ }),

/***/ 78436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ MIN_SECRET_LENGTH)
/* harmony export */ });
/**
 * The shortest value registered as a secret. Masking a shorter one replaces every occurrence of
 * one to three common characters with `***`, which mangles every message (a token `a` turns
 * "release" into "rele***se") while hiding nothing: such a value is guessed in a few thousand
 * tries, and no credential these actions take is that short (GitHub tokens are 40 characters
 * or more, OIDC tokens are JWTs of hundreds). A shorter value is therefore not registered (not
 * masked by the runner, not redacted by secrets.ts) rather than refused: the request that presents it
 * fails authentication and says so, while refusing here would turn a bad credential into an
 * internal error at start-up. The CLI, which has no runner to mask for it, refuses such a token
 * outright with a usage error (src/cli/main.ts).
 *
 * In a module of its own, without imports, so that the CLI can read it without loading
 * @actions/core (secrets.ts speaks to the runner through it).
 */
const MIN_SECRET_LENGTH = 4;


/***/ }),

/***/ 78385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ei: () => (/* reexport safe */ _workflow_types_js__WEBPACK_IMPORTED_MODULE_0__.e),
/* harmony export */   f6: () => (/* binding */ parseCheckLevels),
/* harmony export */   kF: () => (/* binding */ AUDIT_CHECKS)
/* harmony export */ });
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(70721);
/* harmony import */ var _workflow_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31425);
/*
 * audit-settings' check names and the `checks` levels, apart from the sequence (audit.ts) so the
 * inputs can parse them without loading the GitHub client (cold start: see docs/ARCHITECTURE.md).
 */



/** Every check audit-settings runs, settings first, in the contract's order. */
const AUDIT_CHECKS = [..._settings_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS_CHECKS */ .k, ..._workflow_types_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKFLOW_CHECKS */ .e];
const LEVELS = ['error', 'warn', 'off'];
/**
 * Parses the `checks` lines (`label` names where they came from: "Input 'checks'", "--checks") (`NAME: error|warn|off`, one a line; blank and `#` lines already
 * dropped by the list reader). Every check not named is `error`. Returns the levels and every
 * problem, each naming the input, the line and the accepted form.
 */
function parseCheckLevels(input, lines) {
    const levels = new Map(AUDIT_CHECKS.map((c) => [c, 'error']));
    const seen = new Set();
    const problems = [];
    for (const line of lines) {
        const match = /^([^:\s]+)\s*:\s*(\S+)$/.exec(line.trim());
        if (!match) {
            problems.push(`${input} must hold lines 'NAME: error|warn|off', got '${line}'.`);
            continue;
        }
        const [, name, level] = match;
        if (!AUDIT_CHECKS.includes(name))
            problems.push(`${input} names an unknown check '${name}'; the checks are: ${AUDIT_CHECKS.join(', ')}.`);
        if (!LEVELS.includes(level))
            problems.push(`${input} gives check '${name}' the unknown level '${level}'; the levels are: error, warn, off.`);
        if (seen.has(name))
            problems.push(`${input} names check '${name}' twice.`);
        seen.add(name);
        if (AUDIT_CHECKS.includes(name) && LEVELS.includes(level))
            levels.set(name, level);
    }
    return { levels, problems };
}


/***/ }),

/***/ 70721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ SETTINGS_CHECKS)
/* harmony export */ });
/** The settings checks, by name (the contract's names, the SARIF rule ids, the `checks` keys). */
const SETTINGS_CHECKS = [
    'immutable-releases',
    'tag-ruleset',
    'default-branch',
    'environment',
    'workflow-permissions',
    'sha-pinning',
];


/***/ }),

/***/ 36007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ isNarrower),
/* harmony export */   QG: () => (/* binding */ requireTagPattern),
/* harmony export */   hx: () => (/* binding */ tagPatternProblems),
/* harmony export */   wX: () => (/* binding */ filterMatches)
/* harmony export */ });
/* unused harmony export tokenize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(65688);
/*
 * GitHub's filter patterns for branches and tags, as the "Filter pattern cheat sheet" of
 * "Workflow syntax for GitHub Actions" (docs.github.com) defines them:
 * - `*` matches zero or more characters but not `/`; `**` zero or more of any character;
 * - `+` one or more of the preceding character;
 * - `?` zero or one of the preceding character (earlier versions of the page said "zero or one
 *   single character": both readings are kept, and a name must match under both to count);
 * - `[]` one character listed or in a range (`a-z`, `A-Z`, `0-9`);
 * - `!` at the start negates the pattern; `\` escapes a special character.
 * What `tag-trigger` needs is "P is `tag-pattern` or narrower", decided soundly: only what can be
 * proved counts (equal text; a P without wildcards that `tag-pattern` matches; or a
 * `tag-pattern` that is a literal prefix and one trailing `*`/`**`, and a P that starts with that
 * prefix and whose rest can never produce what the wildcard cannot match). Anything else is
 * "not proved narrower", which the check reports.
 */


/** The tokens of a pattern (without its leading `!`), or a problem in words. */
function tokenize(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (i + 1 >= pattern.length)
                return 'ends with a lone `\\`';
            tokens.push({ kind: 'literal', char: pattern[++i] });
        }
        else if (c === '*') {
            if (pattern[i + 1] === '*') {
                tokens.push({ kind: 'globstar' });
                i++;
            }
            else
                tokens.push({ kind: 'star' });
        }
        else if (c === '?')
            tokens.push({ kind: 'optional' });
        else if (c === '+')
            tokens.push({ kind: 'plus' });
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                return 'has a `[` without its `]`';
            const body = pattern.slice(i + 1, end);
            if (body === '')
                return 'has an empty `[]`';
            const chars = [];
            for (let j = 0; j < body.length; j++) {
                if (body[j + 1] === '-' && j + 2 < body.length) {
                    const from = body.charCodeAt(j);
                    const to = body.charCodeAt(j + 2);
                    if (to < from)
                        return `has a backwards range ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(body.slice(j, j + 3))}`;
                    for (let k = from; k <= to; k++)
                        chars.push(String.fromCharCode(k));
                    j += 2;
                }
                else
                    chars.push(body[j]);
            }
            tokens.push({ kind: 'class', body, chars });
            i = end;
        }
        else
            tokens.push({ kind: 'literal', char: c });
    }
    return tokens;
}
// With the `u` flag an escape must be one the syntax knows: `\-` is one only inside a class.
const escapeChar = (c) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const escapeClassChar = (c) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
/** A regular expression for the tokens; `?` read as GitHub's page reads it now, or as before. */
function toRegExp(tokens, question) {
    const atoms = [];
    for (const token of tokens) {
        if (token.kind === 'literal')
            atoms.push(escapeChar(token.char));
        else if (token.kind === 'star')
            atoms.push('[^/]*');
        else if (token.kind === 'globstar')
            atoms.push('[\\s\\S]*');
        else if (token.kind === 'class')
            atoms.push(`[${token.chars.map(escapeClassChar).join('')}]`);
        else if (token.kind === 'plus' || (token.kind === 'optional' && question === 'preceding')) {
            const last = atoms.pop();
            const quantifier = token.kind === 'plus' ? '+' : '?';
            atoms.push(last === undefined ? escapeChar(quantifier) : `(?:${last})${quantifier}`);
        }
        else
            atoms.push('[\\s\\S]?');
    }
    return new RegExp(`^${atoms.join('')}$`, 'u');
}
/** Whether `name` matches `pattern` (no negation) under every reading of the cheat sheet. */
function filterMatches(pattern, name) {
    const tokens = tokenize(pattern);
    if (typeof tokens === 'string')
        return false;
    return toRegExp(tokens, 'preceding').test(name) && toRegExp(tokens, 'single').test(name);
}
/** The problems of a `tag-pattern` input (none when it is usable). */
function tagPatternProblems(pattern) {
    if (pattern.trim() === '')
        return ['tag-pattern is empty; write the release tags as `on.push.tags` does, e.g. `v*`.'];
    if (pattern.startsWith('!'))
        return [`tag-pattern ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pattern)} is a negation; write the tags a release accepts, e.g. \`v*\`.`];
    const tokens = tokenize(pattern);
    if (typeof tokens === 'string')
        return [
            `tag-pattern ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(pattern)} ${tokens}; write a filter pattern (\`*\`, \`**\`, \`?\`, \`+\`, \`[]\`), e.g. \`v*\`.`,
        ];
    return [];
}
/** Throws a ConfigurationError naming `tag-pattern` when it is not a usable pattern. */
function requireTagPattern(pattern) {
    const problems = tagPatternProblems(pattern);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems);
}
/** Whether every name `narrow` matches is one `wide` matches, as far as can be proved. */
function isNarrower(narrow, wide) {
    if (narrow === wide)
        return true;
    const n = tokenize(narrow);
    const w = tokenize(wide);
    if (typeof n === 'string' || typeof w === 'string')
        return false;
    if (n.every((t) => t.kind === 'literal'))
        return filterMatches(wide, n.map((t) => t.char).join(''));
    // `wide` = literal prefix + one trailing `*` or `**`.
    const last = w[w.length - 1];
    const prefix = w.slice(0, -1);
    if (!last || (last.kind !== 'star' && last.kind !== 'globstar'))
        return false;
    if (!prefix.every((t) => t.kind === 'literal'))
        return false;
    if (n.length < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++) {
        const a = n[i];
        const b = prefix[i];
        if (a.kind !== 'literal' || a.char !== b.char)
            return false;
    }
    // A quantifier right after the prefix would apply to the prefix's last character.
    const rest = n.slice(prefix.length);
    if (rest[0]?.kind === 'plus' || rest[0]?.kind === 'optional')
        return false;
    if (last.kind === 'globstar')
        return true;
    // `*` never matches `/`: the rest must never produce one. `?` is left out (one reading of it
    // matches any character).
    return rest.every((t) => (t.kind === 'literal' && t.char !== '/') ||
        t.kind === 'star' ||
        t.kind === 'plus' ||
        (t.kind === 'class' && !t.chars.includes('/')));
}


/***/ }),

/***/ 31425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ WORKFLOW_CHECKS),
/* harmony export */   v: () => (/* binding */ WorkflowLintError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);
/*
 * The workflow lint's vocabulary: the checks by name (the contract's section "audit-settings";
 * they are the SARIF rule ids and the names users write in `checks`), a finding, and the one
 * error it throws when the file cannot be read as a workflow at all.
 */

/** The workflow checks, in the contract's order. */
const WORKFLOW_CHECKS = [
    'unpinned-uses',
    'excessive-permissions',
    'id-token',
    'persist-credentials',
    'dangerous-triggers',
    'tag-trigger',
    'template-injection',
    'step-order',
];
/**
 * Why a workflow could not be linted: `WORKFLOW_SYNTAX` (not YAML), `WORKFLOW_SHAPE` (YAML, but
 * not a workflow: `jobs` is not a mapping, a step is a list…). No finding is reported then: a
 * file the lint cannot read is never a pass.
 */
class WorkflowLintError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    file;
    line;
    column;
    constructor(code, file, at, message) {
        super(code, `${file}:${at.line}:${at.column}: ${message}`, {
            fix: code === 'WORKFLOW_SYNTAX'
                ? 'Fix the YAML at that position (GitHub refuses the file too).'
                : 'Write the workflow as GitHub documents it (workflow syntax for GitHub Actions).',
        });
        this.file = file;
        this.line = at.line;
        this.column = at.column;
    }
}


/***/ }),

/***/ 34002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Rf: () => (/* binding */ parseSha256Digest),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony exports digester, hashFileSync, hashFilesSync */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);


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

/***/ 8005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ BaseError),
/* harmony export */   DD: () => (/* binding */ causeChain),
/* harmony export */   Ep: () => (/* binding */ unreachableMessage),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   OM: () => (/* binding */ messageWithCauses),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   hD: () => (/* reexport safe */ _quote_js__WEBPACK_IMPORTED_MODULE_0__.h),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   rd: () => (/* binding */ networkFailure),
/* harmony export */   vW: () => (/* binding */ messageWithFix)
/* harmony export */ });
/* unused harmony export ChecksFailedError */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(65688);
/*
 * The errors sealed-release throws on purpose. Each class carries a `code` from a closed union,
 * as sigstore-js's `BaseError<Code>` does: code decides, the message is for people. Never branch
 * on a message's wording: a reworded message would silently change what the code does.
 */
/**
 * The base of every error thrown on purpose; `code` is what callers branch on. The error
 * boundary reports it as a known failure, with its message and, when it has one, its `fix` (a
 * line that says what the user changes); only {@link InternalError} and errors that are not a
 * `BaseError` at all are reported as "Internal error".
 */
class BaseError extends Error {
    code;
    /** What the user does about it ("Add `permissions: id-token: write` to the job."), if known. */
    fix;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.fix = options?.fix;
        this.name = new.target.name;
    }
}
/**
 * A state the code believed impossible (a broken invariant, a caller that broke its contract):
 * a bug to report, never the user's to fix. The boundary reports it as "Internal error".
 */
class InternalError extends BaseError {
    constructor(message, options) {
        super('BUG', message, options);
    }
}
/** Values from a file or the network reach messages through the one `quote()` (core/quote.ts). */

/**
 * A mistake in how the action was configured (a bad input, a missing file the user named).
 * The error boundary reports it as the user's to fix, distinct from an internal failure. It
 * carries every problem found, so one run reports them all: one problem is the message itself,
 * several are listed one a line.
 */
class ConfigurationError extends BaseError {
    problems;
    constructor(problems, options = {}) {
        const list = typeof problems === 'string' ? [problems] : problems;
        super(options.code ?? 'INVALID_INPUT', list.length === 1
            ? list[0]
            : `${list.length} configuration problems:\n${list.map((p) => `- ${p}`).join('\n')}`, { cause: options.cause });
        this.name = 'ConfigurationError';
        this.problems = list;
    }
}
/**
 * One or more checks said no. The message already lists every failed check; the rows were
 * written to the job summary before this is thrown.
 */
class ChecksFailedError extends BaseError {
    constructor(message) {
        super('CHECKS_FAILED', message);
        this.name = 'ChecksFailedError';
    }
}
/** The message of anything thrown, never the object itself (which may carry request headers). */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * The error and its causes, outermost first (at most `depth`; causes can form a cycle). Read as
 * a plain `cause` property, not through `instanceof Error`: fetch's errors come from Node's own
 * realm, which is not the caller's under a VM sandbox such as Jest's.
 */
function causeChain(error, depth = 8) {
    const chain = [];
    for (let current = error; current !== undefined && current !== null && chain.length < depth;) {
        if (chain.includes(current))
            break;
        chain.push(current);
        current = typeof current === 'object' ? current.cause : undefined;
    }
    return chain;
}
/**
 * The message of anything thrown, followed by its fix when it is a failure that knows one: one
 * line for a summary row or a report ("… (HTTP 403). Fix: Add `permissions: …` to the job.").
 */
function messageWithFix(error) {
    const message = messageOf(error);
    if (!(error instanceof BaseError) || !error.fix)
        return message;
    return `${message.replace(/\.$/, '')}. Fix: ${error.fix}`;
}
/**
 * The message with its causes ("a: b: c"), for libraries that wrap the useful reason in a
 * generic one (sigstore-js: "error creating signing certificate"). Callers redact it as usual.
 */
function messageWithCauses(error) {
    const parts = [];
    for (const current of causeChain(error, 5)) {
        const message = messageOf(current);
        if (message && !parts.includes(message))
            parts.push(message);
    }
    return parts.join(': ');
}
/**
 * The error codes of a connection that failed below HTTP, in words: Node's system errors and
 * undici's own. A code not listed here is not treated as a network failure.
 */
const NETWORK_CODES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ECONNABORTED: 'connection aborted',
    EPIPE: 'connection closed while sending',
    ETIMEDOUT: 'connection timed out',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name lookup failed',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response in time',
    UND_ERR_BODY_TIMEOUT: 'the response stalled',
    UND_ERR_SOCKET: 'connection closed by the other side',
    UND_ERR_CLOSED: 'connection closed',
};
/**
 * Recognises a network failure anywhere in an error's cause chain by its `code` (fetch wraps it
 * as `TypeError: fetch failed` with the system error as its cause; octokit wraps that again),
 * or undefined when the error is something else.
 */
function networkFailure(error) {
    let found;
    for (const link of causeChain(error)) {
        // An AggregateError (every address of a name refused) holds the per-address errors.
        const errors = link?.errors;
        for (const candidate of [link, ...(Array.isArray(errors) ? errors : [])]) {
            const code = candidate?.code;
            if (typeof code !== 'string' || !Object.hasOwn(NETWORK_CODES, code))
                continue;
            const failure = { host: hostOfSystemError(candidate), reason: `${NETWORK_CODES[code]} (${code})` };
            // The first one that names its host wins; the outermost otherwise.
            if (failure.host !== undefined)
                return failure;
            found ??= failure;
        }
    }
    return found;
}
/** `hostname`, or `address:port`, of a Node system error (ENOTFOUND has the first, ECONNREFUSED the second). */
function hostOfSystemError(error) {
    const e = error;
    if (typeof e.hostname === 'string' && e.hostname)
        return e.hostname;
    if (typeof e.address === 'string' && e.address) {
        const address = e.address.includes(':') ? `[${e.address}]` : e.address;
        return typeof e.port === 'number' ? `${address}:${e.port}` : address;
    }
    return undefined;
}
/** "could not reach <host>: <reason>", the one wording of a network failure. */
function unreachableMessage(host, reason) {
    return `could not reach ${host ?? 'the server'}: ${reason}`;
}


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/** Parses the `repository` input (`owner/name`). */
function parseRepository(input, value) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value.trim());
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' must be 'owner/name', got '${value}'.`);
    }
    return { owner: match[1], repo: match[2] };
}


/***/ }),

/***/ 4196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fe: () => (/* binding */ parseTagName)
/* harmony export */ });
/* unused harmony exports parseBoolean, parseList, parseLineList, MAX_DURATION_MS, parseDuration, parseEnum, parseInteger, parseSha, tagFromInputOrRef */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/*
 * The shared value parsers. Each takes the input's name, so every error names the input, the
 * value it got and the form it accepts. They are pure: no environment, no @actions/core.
 */
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core schema booleans, nothing else (no `yes`, `on`, `1`). */
function parseBoolean(name, raw) {
    const value = raw.trim();
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new ConfigurationError(`Input '${name}' must be a boolean (true | True | TRUE | false | False | FALSE), got '${raw}'.`);
}
/** One item a line; blank lines and lines starting with `#` are ignored; items are trimmed. */
function parseList(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/**
 * A list input whose single line holds commas is almost always `a, b, c` written for a
 * comma-separated list; the contract says one item a line, so say that rather than look for a
 * file named `a, b, c`.
 */
function parseLineList(name, raw) {
    const items = parseList(raw);
    if (items.length === 1 && /,\s*\S/.test(items[0]) && !/[{}]/.test(items[0])) {
        throw new ConfigurationError(`Input '${name}' takes one item a line, not a comma-separated list: got '${items[0]}'. Write each item on its own line (a YAML block scalar, '${name}: |').`);
    }
    return items;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest wait any input may ask for: a day. Longer is a typo (`1e9h`), never a plan. */
const MAX_DURATION_MS = 24 * UNIT_MS.h;
/**
 * Durations such as `0`, `90s`, `20m`, `1h`, `1h30m`, `500ms`. A bare number is seconds.
 * Returns milliseconds; at most a day.
 */
function parseDuration(name, raw) {
    const value = raw.trim();
    const form = 'a duration such as 0, 90s, 20m, 1h or 1h30m (at most 24h)';
    let total;
    if (/^\d+$/.test(value)) {
        total = Number(value) * 1000;
    }
    else {
        const parts = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
        if (!parts || value === '' || parts.slice(1).every((p) => p === undefined)) {
            throw new ConfigurationError(`Input '${name}' must be ${form}, got '${raw}'.`);
        }
        const [, h, m, s, ms] = parts;
        total =
            Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0);
    }
    if (!Number.isSafeInteger(total) || total > MAX_DURATION_MS) {
        throw new ConfigurationError(`Input '${name}' must be ${form}, got '${raw}', which is too long.`);
    }
    return total;
}
/** A value from a fixed set; the error lists the allowed values. */
function parseEnum(name, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new ConfigurationError(`Input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${raw}'.`);
}
/** A non-negative whole number, at least `min`. */
function parseInteger(name, raw, min = 0) {
    const value = raw.trim();
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
        throw new ConfigurationError(`Input '${name}' must be a whole number of at least ${min}, got '${raw}'.`);
    }
    return Number(value);
}
const HEX40 = /^[0-9a-f]{40}$/;
/** A full commit SHA: 40 hexadecimal characters, returned lowercased. Short SHAs are ambiguous. */
function parseSha(name, raw) {
    const value = raw.trim().toLowerCase();
    if (!HEX40.test(value)) {
        throw new ConfigurationError(`Input '${name}' must be a full 40-character hexadecimal commit SHA, got '${raw}'.`);
    }
    return value;
}
/**
 * A git tag name. The one tag parser of every action: surrounding white space is trimmed (as
 * the runner's own inputs are), a `refs/tags/` prefix is dropped, and anything git's
 * check-ref-format would refuse is refused, as is anything outside printable ASCII. Lookalike
 * and invisible characters (a Cyrillic `v`, a zero-width space) make a tag that looks like the
 * release and is not, so they are never accepted here.
 */
function parseTagName(name, raw) {
    const value = raw.trim().replace(/^refs\/tags\//, '');
    const bad = value === '' ||
        !/^[\x21-\x7e]+$/.test(value) ||
        /[~^:?*[\\]/.test(value) ||
        value.includes('..') ||
        value.includes('@{') ||
        value === '@' ||
        value.startsWith('-') ||
        value.startsWith('/') ||
        value.endsWith('/') ||
        value.endsWith('.') ||
        value.endsWith('.lock') ||
        value.split('/').some((part) => part.startsWith('.') || part === '' || part.endsWith('.lock'));
    if (bad) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a git tag name such as v1.2.3 (printable ASCII, no spaces, none of ~^:?*[\\, no '..'), got '${raw}'.`);
    }
    return value;
}
/**
 * The release tag: the `tag` input when given, else the tag of `GITHUB_REF`. A run on a branch
 * with no `tag` input is a configuration error, never a release named after the branch.
 */
function tagFromInputOrRef(name, given, ref) {
    if (given !== undefined && given.trim() !== '')
        return parseTagName(name, given);
    if (!ref.startsWith('refs/tags/')) {
        throw new ConfigurationError(`Input '${name}' is not set and GITHUB_REF ('${ref}') is not a tag: give the tag to release, or run on a tag push.`);
    }
    return parseTagName(name, ref);
}


/***/ }),

/***/ 57781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports inputVariable, envInputReader, objectInputReader, undeclaredInputs, Inputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);
/* harmony import */ var _parsers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4196);


/** The runner's variable for an input: `INPUT_` + the name upper-cased, spaces as `_`. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/**
 * Reads raw inputs from the runner's `INPUT_*` variables, named as @actions/core names them.
 * Parsers take a reader instead of calling @actions/core, so one action can parse another's
 * inputs (the root preflight reads tag-semver-guard's and require-ci-green's) with the same
 * code, and tests hand them a plain object.
 */
const envInputReader = (name) => process.env[inputVariable(name)];
/** A reader over a plain object, for tests and for composing actions in-process. */
function objectInputReader(values) {
    return (name) => values[name];
}
/** `version_files` and `Version-Files` are both near misses of `version-files`. */
function normalise(name) {
    return name.toLowerCase().replace(/[-_ ]/g, '');
}
/**
 * Every `INPUT_*` variable in `env` that names no declared input. The runner passes a
 * misspelled `with:` key (`version_files`) on as `INPUT_VERSION_FILES` and only warns, so
 * without this a typo silently drops a check. Each problem suggests the declared name it
 * resembles.
 */
function undeclaredInputs(env, declared) {
    const known = new Map(declared.map((name) => [inputVariable(name), name]));
    const problems = [];
    for (const variable of Object.keys(env).sort()) {
        if (!variable.startsWith('INPUT_') || known.has(variable))
            continue;
        const given = variable.slice('INPUT_'.length).toLowerCase();
        const near = declared.find((name) => normalise(name) === normalise(given));
        problems.push(`Input '${given}' is not an input of this action` +
            (near
                ? `: did you mean '${near}'?`
                : `; its inputs are ${declared.map((d) => `'${d}'`).join(', ')}.`));
    }
    return problems;
}
/**
 * The one input layer. Each accessor parses one input and, instead of throwing at the first
 * mistake, records the problem and returns a placeholder, so that `finish()` can report every
 * configuration error at once, each naming the input, the value and the accepted form. Nothing
 * is requested or written before `finish()` has passed.
 */
class Inputs {
    read;
    problems = [];
    /** Inputs whose value was refused, so a later rule on the same input does not pile on. */
    refused = new Set();
    constructor(read, declared, env = {}) {
        this.read = read;
        if (declared)
            this.problems.push(...undeclaredInputs(env, declared));
    }
    /** Inputs from the runner's environment, refusing undeclared `INPUT_*` variables. */
    static fromEnv(declared, env = process.env) {
        return new Inputs((name) => env[inputVariable(name)], declared, env);
    }
    /** The value trimmed, or undefined when unset or blank. */
    optional(name) {
        const value = this.read(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    /** The raw value, untrimmed ('' when unset): for multi-line values. */
    raw(name) {
        return this.read(name) ?? '';
    }
    /** A required value: absent or blank is a problem (and '' is returned). */
    required(name, form) {
        const value = this.optional(name);
        if (value === undefined)
            this.problem(`Input '${name}' is required: give ${form}.`);
        return value ?? '';
    }
    boolean(name, fallback) {
        return this.parse(name, (raw) => parseBoolean(name, raw)) ?? fallback;
    }
    /** One item a line; `required` makes an empty list a problem. */
    list(name, options = {}) {
        const items = this.attemptFor(name, () => parseLineList(name, this.raw(name))) ?? [];
        if (options.required && items.length === 0 && !this.refused.has(name)) {
            this.problem(`Input '${name}' is required: give ${options.required}, one a line.`);
        }
        return items;
    }
    /** Milliseconds. */
    duration(name, fallback) {
        return this.parse(name, (raw) => parseDuration(name, raw)) ?? parseDuration(name, fallback);
    }
    enum(name, allowed, fallback) {
        return this.parse(name, (raw) => parseEnum(name, raw, allowed)) ?? fallback;
    }
    integer(name, fallback, min = 0) {
        return this.parse(name, (raw) => parseInteger(name, raw, min)) ?? fallback;
    }
    sha(name) {
        return this.parse(name, (raw) => parseSha(name, raw));
    }
    tag(name) {
        return this.parse(name, (raw) => parseTagName(name, raw));
    }
    /** Parses a set input with `fn`; an unset or blank input gives undefined. */
    parse(name, fn) {
        const raw = this.read(name);
        if (raw === undefined || raw.trim() === '')
            return undefined;
        return this.attemptFor(name, () => fn(raw));
    }
    /** {@link attempt}, remembering that `name` was refused. */
    attemptFor(name, fn) {
        const before = this.problems.length;
        const value = this.attempt(fn);
        if (this.problems.length > before)
            this.refused.add(name);
        return value;
    }
    /** Runs a check; a ConfigurationError becomes a recorded problem (anything else is a bug). */
    attempt(fn) {
        try {
            return fn();
        }
        catch (error) {
            if (!(error instanceof ConfigurationError))
                throw error;
            this.problems.push(...error.problems);
            return undefined;
        }
    }
    /** Records a problem found by the action's own cross-input rules. */
    problem(message) {
        this.problems.push(message);
    }
    get ok() {
        return this.problems.length === 0;
    }
    /** Throws one ConfigurationError listing every recorded problem; returns `value` otherwise. */
    finish(value) {
        if (this.problems.length > 0)
            throw new ConfigurationError(this.problems);
        return value;
    }
}


/***/ }),

/***/ 65688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony export MAX_QUOTED_CHARS */
/*
 * Values read from a file or the network are quoted before they reach a message: a JSON string
 * (so control characters, new lines and workflow-command sequences are escaped, never echoed raw)
 * cut to a bounded length (a hostile document cannot flood the log or the summary).
 */
/** The longest a quoted value may be, quotes and the cut mark included. */
const MAX_QUOTED_CHARS = 120;
/** A string as a JSON string of at most `max` characters, cut with `…` inside the quotes; anything else as its JSON, cut likewise. */
function quote(value, max = MAX_QUOTED_CHARS) {
    if (typeof value !== 'string') {
        // A number, a boolean, null or an object reads as its JSON (7, not "7"); undefined as itself.
        let json;
        try {
            json = toJson(value) ?? String(value);
        }
        catch {
            json = String(value); // a BigInt, or an object with a cycle
        }
        return json.length <= max ? json : `${json.slice(0, Math.max(max - 1, 0))}…`;
    }
    const text = value;
    const whole = toJson(text);
    if (whole.length <= max)
        return whole;
    let out = '"';
    for (const char of text) {
        const escaped = toJson(char).slice(1, -1);
        if (out.length + escaped.length + 2 > max)
            break;
        out += escaped;
    }
    return `${out}…"`;
}
/** JSON text with U+2028 and U+2029 escaped too: JSON leaves them raw, and some viewers break lines there. */
function toJson(value) {
    return JSON.stringify(value)?.replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}


/***/ }),

/***/ 77758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ PUBLIC_GOOD_FULCIO_URL),
/* harmony export */   Y4: () => (/* binding */ PUBLIC_GOOD_REKOR_URL),
/* harmony export */   Yf: () => (/* binding */ filesAndBundleSuffix),
/* harmony export */   hJ: () => (/* binding */ parseIdentityRegExp),
/* harmony export */   hY: () => (/* binding */ signingInputs),
/* harmony export */   iO: () => (/* binding */ parseServiceUrl),
/* harmony export */   k2: () => (/* binding */ expectedIssuer),
/* harmony export */   pu: () => (/* binding */ parseBundleSuffix),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8005);

/*
 * The inputs' side of Sigstore, and the constants their defaults name. This module imports no
 * Sigstore library: an action's inputs parse before anything runs, and a refused configuration
 * must not load the signing and verifying code.
 */
/** The issuer of GitHub Actions OIDC tokens on github.com. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The public-good Sigstore services, the default of sigstore-sign's URL inputs. */
const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
/** A bundle suffix such as `.sigstore.json`: a file-name ending, never a path. */
function parseBundleSuffix(name, raw) {
    const value = raw.trim();
    if (value === '' || /[\\/\0]/.test(value) || value === '.' || value === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be a file-name suffix such as .sigstore.json, got '${raw}'.`);
    }
    return value;
}
/**
 * The `files` and `bundle-suffix` inputs that sigstore-sign and sigstore-verify both take, read
 * the same way so a bundle one writes is the bundle the other looks for. Problems go to `inputs`.
 */
function filesAndBundleSuffix(inputs, verb) {
    return {
        files: inputs.list('files', { required: `globs of the files to ${verb}` }),
        bundleSuffix: inputs.attempt(() => parseBundleSuffix('bundle-suffix', inputs.optional('bundle-suffix') ?? '.sigstore.json')) ?? '',
    };
}
/** An http(s) service URL without credentials; a trailing slash is dropped. */
function parseServiceUrl(name, raw) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be an http(s) URL, got '${raw}'.`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' must be an http(s) URL without credentials, got '${raw}'.`);
    }
    return url.toString().replace(/\/+$/, '');
}
/** The OIDC issuer of a GitHub server's Actions tokens: github.com's, or GHES's `/_services/token`. */
function expectedIssuer(serverUrl) {
    const base = serverUrl.replace(/\/+$/, '');
    return base === 'https://github.com'
        ? 'https://token.actions.githubusercontent.com'
        : `${base}/_services/token`;
}
/**
 * Compiles an identity pattern; a bad pattern is the user's mistake, named. The pattern is
 * matched against the whole SAN later (wholeMatch): compiling it alone first guarantees its
 * parentheses balance, so `^(?:pattern)$` cannot be broken out of.
 */
function parseIdentityRegExp(name, raw) {
    try {
        return new RegExp(raw);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' is not a valid regular expression: '${raw}' (${error.message}); ` +
            'give a JavaScript pattern that the whole certificate identity must match.');
    }
}
/**
 * Reads `fulcio-url`, `rekor-url`, `tsa-url`, `oidc-audience`, `identity-token` and
 * `trusted-root` one way, with action.yml's defaults (public-good Fulcio and Rekor, no TSA,
 * audience `sigstore`). A given identity token must have a JWT's shape (three base64url parts);
 * the value is never shown, it is a secret. Problems go to `inputs`.
 */
function signingInputs(inputs) {
    const url = (name, fallback) => {
        const raw = inputs.optional(name) ?? fallback;
        return raw === undefined ? undefined : inputs.attempt(() => parseServiceUrl(name, raw));
    };
    let identityToken = inputs.optional('identity-token');
    if (identityToken !== undefined &&
        !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(identityToken)) {
        inputs.problem("Input 'identity-token' must be a JWT (three dot-separated base64url parts); the value is not shown because it is a secret.");
        identityToken = undefined;
    }
    return {
        fulcioURL: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL) ?? '',
        rekorURL: url('rekor-url', PUBLIC_GOOD_REKOR_URL) ?? '',
        tsaURL: url('tsa-url'),
        oidcAudience: inputs.optional('oidc-audience') ?? 'sigstore',
        identityToken,
        trustedRoot: inputs.optional('trusted-root'),
    };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(31567);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
