export const id = 170;
export const ids = [170];
export const modules = {

/***/ 3170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/core/action/workflow-commands.js + 17 modules
var workflow_commands = __webpack_require__(2019);
// EXTERNAL MODULE: ./.build/core/action/secrets.js + 1 modules
var secrets = __webpack_require__(4118);
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
    commands.warning(redact(message));
}

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/action/outputs.js
var action_outputs = __webpack_require__(7457);
// EXTERNAL MODULE: ./.build/core/action/report.js
var action_report = __webpack_require__(6081);
// EXTERNAL MODULE: ./.build/core/action/run.js
var run = __webpack_require__(8090);
// EXTERNAL MODULE: ./.build/core/action/run-state.js
var run_state = __webpack_require__(2402);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/core/paths.js



/** The workspace root: `GITHUB_WORKSPACE`, else the current directory. */
function workspaceRoot() {
    return external_node_fs_.realpathSync(process.env.GITHUB_WORKSPACE || process.cwd());
}
function isInside(root, candidate) {
    const rel = external_node_path_.relative(root, candidate);
    // Only a whole `..` segment leaves the root: a file named `..notes.md` is inside it.
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + external_node_path_.sep) && !external_node_path_.isAbsolute(rel));
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
        throw new errors/* ConfigurationError */.j1(`Input '${input}': path '${given}' contains a NUL byte.`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    const resolved = external_node_path_.resolve(root, given);
    if (!isInside(root, resolved)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': path '${given}' is outside the workspace (${root}).`, {
            code: 'OUTSIDE_WORKSPACE',
        });
    }
    let real;
    try {
        real = external_node_fs_.realpathSync(resolved);
    }
    catch {
        if (options.mustExist === false)
            return resolved;
        // Coded, so callers that treat a missing file their own way (a version file) need not
        // recognise it by these words.
        throw new errors/* ConfigurationError */.j1(`Input '${input}': file '${given}' does not exist.`, {
            code: 'FILE_NOT_FOUND',
        });
    }
    if (!isInside(root, real)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': path '${given}' leads outside the workspace through a symbolic link (to ${real}).`, { code: 'OUTSIDE_WORKSPACE' });
    }
    return real;
}
/** A path relative to the workspace, with forward slashes, for messages and annotations. */
function displayPath(absolute, root = workspaceRoot()) {
    const rel = external_node_path_.relative(root, absolute);
    return isInside(root, absolute) ? rel.split(external_node_path_.sep).join('/') : absolute;
}

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
        resolveInWorkspace(input, pattern.replace(/[*?[{].*$/, '') || '.', { root, mustExist: false });
    }
    const out = [];
    for (const hit of external_node_fs_.globSync(pattern, { cwd: root })) {
        const absolute = external_node_path_.resolve(root, hit);
        if (excluded.has(absolute))
            continue;
        const real = resolveInWorkspace(input, absolute, { root });
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
async function expandFiles(input, patterns, root = workspaceRoot()) {
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

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./.build/core/quote.js
var core_quote = __webpack_require__(5688);
;// CONCATENATED MODULE: ./.build/core/sigstore/bundle.js



/** The bundle media types this verifier knows. Anything else is refused, not guessed at. */
const KNOWN_BUNDLE_MEDIA_TYPES = [
    dist.BUNDLE_V01_MEDIA_TYPE,
    dist.BUNDLE_V02_MEDIA_TYPE,
    dist.BUNDLE_V03_LEGACY_MEDIA_TYPE,
    dist.BUNDLE_V03_MEDIA_TYPE,
];
class BundleFormatError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('BUNDLE_FORMAT', message);
        this.name = 'BundleFormatError';
    }
}
/**
 * Parses a Sigstore bundle: valid JSON, a known media type, and the fields that version
 * requires (v0.1 an inclusion promise, v0.2+ an inclusion proof, v0.3 a single certificate).
 */
function bundle_parseBundle(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new BundleFormatError(`bundle is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new BundleFormatError('bundle is not a JSON object');
    }
    const mediaType = json.mediaType;
    if (mediaType === undefined) {
        throw new BundleFormatError(`unknown bundle media type: the bundle has no mediaType field (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`);
    }
    if (typeof mediaType !== 'string' || !KNOWN_BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw new BundleFormatError(`unknown bundle media type ${(0,core_quote/* quote */.h)(mediaType)} (known: ${KNOWN_BUNDLE_MEDIA_TYPES.join(', ')})`);
    }
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (error) {
        if (error instanceof dist.ValidationError) {
            throw new BundleFormatError(`bundle is malformed: ${error.message} (${(error.fields ?? []).join(', ')})`);
        }
        throw new BundleFormatError(`bundle is malformed: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./.build/core/sigstore/identity.js


/**
 * How much of an identity a message shows. Read from a certificate (a bundle is a file anyone
 * can write), so it is quoted; longer than the usual 120 characters, because two workflow
 * identities often differ only at their end (`@refs/tags/v1.2.3` against `@refs/heads/main`).
 */
const SHOWN = 400;
/**
 * Who signed a keyless bundle, and the exact comparison with who was expected.
 *
 * Why this exists: @sigstore/verify's policy runs `signerIdentity.match(policyIdentity)`, an
 * unanchored RegExp search. A plain identity then accepts any SAN that contains it
 * (`…@refs/heads/main` accepts `…@refs/heads/main-evil`), every `.` matches any character
 * (`v1.2.3` accepts `v1x2x3`), and a truncated identity accepts the whole one. It also decodes
 * the SAN and the issuer with Node's 'ascii' decoder, which drops the high bit of every byte, so
 * two different byte strings can read as the same text. So the library is given no identity
 * policy at all: it proves the chain, the timestamps, the logs and the signature, and this file
 * then reads the leaf certificate's SAN and issuer as raw bytes and compares them itself.
 */
const OID_SUBJECT_ALT_NAME = '2.5.29.17';
/** Fulcio's issuer extension, raw bytes (deprecated, still written by Fulcio). */
const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** Fulcio's issuer extension, a DER UTF8String. */
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
/** GeneralName tags (RFC 5280 §4.2.1.6): rfc822Name [1], uniformResourceIdentifier [6]. */
const GENERAL_NAME_EMAIL = 1;
const GENERAL_NAME_URI = 6;
const UNIVERSAL_UTF8_STRING = 12;
/** A certificate that does not name exactly one signer, or names another one than expected. */
class IdentityMismatchError extends errors/* BaseError */.Cf {
    constructor(message) {
        // Same code as @sigstore/verify's policy errors, so callers can treat both alike.
        super('UNTRUSTED_SIGNER_ERROR', message);
        this.name = 'IdentityMismatchError';
    }
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function utf8(bytes, what) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        // Not text we can compare or show faithfully: refuse rather than guess.
        throw new IdentityMismatchError(`the certificate's ${what} is not valid UTF-8`);
    }
}
function extensionsWithOid(cert, oid) {
    return cert.extensions.filter((ext) => ext.subs[0]?.toOID() === oid);
}
/** The extnValue OCTET STRING of the one extension with this OID; two of them is malformed. */
function singleExtensionValue(cert, oid, what) {
    const found = extensionsWithOid(cert, oid);
    if (found.length > 1)
        throw new IdentityMismatchError(`the certificate has ${found.length} ${what} extensions`);
    if (found.length === 0)
        return undefined;
    const ext = found[0];
    return ext.subs[ext.subs.length - 1];
}
/**
 * Reads the signer's identity from a Fulcio leaf certificate: its only subject alternative name
 * (a URI, as for GitHub Actions, or an e-mail address), and its OIDC issuer. Fails closed on
 * anything else: no SAN or several, another kind of name, no issuer, or the two issuer
 * extensions disagreeing.
 */
function readCertificateIdentity(cert) {
    const san = singleExtensionValue(cert, OID_SUBJECT_ALT_NAME, 'subject alternative name');
    const names = san?.subs[0]?.subs ?? [];
    // One certificate, one signer: Fulcio writes exactly one name. With several, "the SAN" would
    // be whichever a verifier happens to read first.
    if (names.length !== 1) {
        throw new IdentityMismatchError(`the certificate has ${names.length} subject alternative names; exactly one is required`);
    }
    const name = names[0];
    if (!name.tag.isContextSpecific(GENERAL_NAME_URI) && !name.tag.isContextSpecific(GENERAL_NAME_EMAIL)) {
        throw new IdentityMismatchError('the certificate names its signer neither by URI nor by e-mail address');
    }
    const sanBytes = Buffer.from(name.value);
    const v2 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V2, 'OIDC issuer (v2)');
    const v1 = singleExtensionValue(cert, OID_FULCIO_ISSUER_V1, 'OIDC issuer (v1)');
    let issuerBytes;
    if (v2) {
        const inner = v2.subs[0];
        if (!inner || !inner.tag.isUniversal() || inner.tag.number !== UNIVERSAL_UTF8_STRING) {
            throw new IdentityMismatchError("the certificate's OIDC issuer (v2) is not a UTF8String");
        }
        issuerBytes = Buffer.from(inner.value);
    }
    if (v1) {
        const legacy = Buffer.from(v1.value);
        // Both present and different: which one a verifier reads decides who signed. Refuse.
        if (issuerBytes && !issuerBytes.equals(legacy)) {
            throw new IdentityMismatchError("the certificate's two OIDC issuer extensions disagree");
        }
        issuerBytes ??= legacy;
    }
    if (!issuerBytes)
        throw new IdentityMismatchError('the certificate names no OIDC issuer');
    return {
        san: utf8(sanBytes, 'subject alternative name'),
        sanBytes,
        issuer: utf8(issuerBytes, 'OIDC issuer'),
        issuerBytes,
    };
}
/** {@link readCertificateIdentity} for a PEM or DER certificate (e.g. the one Fulcio just issued). */
function certificateIdentityOf(certificate) {
    return readCertificateIdentity(core_dist.X509Certificate.parse(typeof certificate === 'string' ? certificate : Buffer.from(certificate)));
}
/**
 * The pattern matched against the whole value: `^(?:pattern)$`. The source compiled on its own,
 * so its parentheses are balanced and it cannot close the group early. `g` and `y` are dropped
 * (they make `test` stateful) and so is `m` (it would let `^`/`$` match at a line break inside
 * the value, i.e. against a part of it).
 */
function identity_wholeMatch(pattern) {
    const flags = pattern.flags.replace(/[gym]/g, '');
    return new RegExp(`^(?:${pattern.source})$`, flags);
}
function sameBytes(actual, expected) {
    // A string with a lone surrogate has no UTF-8 form; Buffer.from would turn it into U+FFFD.
    const bytes = Buffer.from(expected, 'utf8');
    return bytes.toString('utf8') === expected && actual.equals(bytes);
}
/**
 * Checks a certificate's identity against the policy: the SAN byte for byte equal to
 * `identity`, or matching `identityRegExp` as a whole; the issuer byte for byte equal.
 * Throws {@link IdentityMismatchError} naming what was found and what was expected.
 */
function checkIdentity(found, policy) {
    if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
        // The inputs refuse both and neither: reaching here is a caller's bug.
        throw new errors/* InternalError */.Gd('give exactly one of an identity and an identity pattern');
    }
    if (policy.identity !== undefined) {
        if (!sameBytes(found.sanBytes, policy.identity)) {
            throw new IdentityMismatchError(`certificate identity is ${(0,errors/* quote */.hD)(found.san, SHOWN)}, expected exactly ${(0,errors/* quote */.hD)(policy.identity, SHOWN)}`);
        }
    }
    else {
        const whole = identity_wholeMatch(policy.identityRegExp);
        if (!whole.test(found.san)) {
            throw new IdentityMismatchError(`certificate identity ${(0,errors/* quote */.hD)(found.san, SHOWN)} does not match the whole pattern ${whole.source}`);
        }
    }
    if (!sameBytes(found.issuerBytes, policy.issuer)) {
        throw new IdentityMismatchError(`certificate OIDC issuer is ${(0,errors/* quote */.hD)(found.issuer, SHOWN)}, expected exactly ${(0,errors/* quote */.hD)(policy.issuer, SHOWN)}`);
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/instructions.js

/** Quotes a value for a POSIX shell. */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:@=+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * Markdown for release notes: the exact commands a downstream user runs to verify each file
 * (by its release asset name) with sigstore-python and with cosign.
 */
function verifyInstructions(options) {
    const names = options.files.map((f) => external_node_path_.basename(f));
    const sigstore = names.map((n) => `sigstore verify identity --bundle ${shellQuote(n + options.bundleSuffix)} ` +
        `--cert-identity ${shellQuote(options.identity)} --cert-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`);
    const cosign = names.map((n) => `cosign verify-blob --bundle ${shellQuote(n + options.bundleSuffix)} ` +
        `--certificate-identity ${shellQuote(options.identity)} --certificate-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(n)}`);
    const lines = [
        `### Verifying the signatures${options.tag ? ` of ${options.tag}` : ''}`,
        '',
        `Every file of this release is signed with Sigstore by the release workflow \`${options.identity}\` ` +
            `(OIDC issuer \`${options.issuer}\`); its bundle is the file of the same name with \`${options.bundleSuffix}\` appended. ` +
            'Download the files and their bundles, then run either:',
        '',
        'With [sigstore-python](https://github.com/sigstore/sigstore-python):',
        '',
        '```sh',
        ...sigstore,
        '```',
        '',
        'With [cosign](https://github.com/sigstore/cosign):',
        '',
        '```sh',
        ...cosign,
        '```',
    ];
    if (options.privateInstance) {
        lines.push('', "These bundles were made with a private Sigstore instance: pass that instance's trusted root to the verifier.");
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/core/env.js
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

;// CONCATENATED MODULE: ./.build/core/known-failures.js

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
class KnownFailure extends errors/* BaseError */.Cf {
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
    const accepted = answer.accepted ? ` (GitHub accepts: ${quote(answer.accepted)})` : '';
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
    const network = (0,errors/* networkFailure */.rd)(error);
    const status = (0,errors/* causeChain */.DD)(error)
        .map((link) => link ?? {})
        .map((link) => link.statusCode ?? link.status)
        .find((s) => typeof s === 'number');
    if (network === undefined && !(status !== undefined && status >= 500))
        return undefined;
    const why = network ? (0,errors/* unreachableMessage */.Ep)(network.host, network.reason) : `HTTP ${status}`;
    return new KnownFailure('TUF_UNREACHABLE', `cannot load the public-good Sigstore trusted root: its TUF repository could not be reached (${why})`, { cause: error });
}

;// CONCATENATED MODULE: ./.build/core/sigstore/oidc.js



/** The claims of a JWT, without verifying it (Fulcio verifies it; we only read our own token). */
function decodeJwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new errors/* ConfigurationError */.j1('The identity token is not a JWT (expected three dot-separated parts).');
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (typeof claims === 'object' && claims !== null && !Array.isArray(claims))
            return claims;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The identity token's claims cannot be read: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    throw new errors/* ConfigurationError */.j1("The identity token's claims cannot be read: they are not a JSON object.");
}
/**
 * The runner's OIDC endpoint kept failing (resets, timeouts, 5xx/429) through every retry. Coded
 * `UNREACHABLE`, so the step fails as a service that could not be reached, with this message
 * (which says how many attempts and the last reason), not as an internal error.
 */
class OidcUnavailableError extends errors/* BaseError */.Cf {
    constructor(message) {
        super('UNREACHABLE', message);
    }
}
/**
 * The runner's OIDC endpoint answered, but not with a token:
 * - `OIDC_REFUSED`: an HTTP error other than 401/403 (those are the missing permission);
 * - `OIDC_BAD_ANSWER`: a 2xx whose body is not JSON, or holds no token.
 */
class OidcError extends errors/* BaseError */.Cf {
}
/** A token given as is (the `identity-token` input, the CLI's `--identity-token`). */
function staticIdentityProvider(token) {
    return { getToken: async () => token };
}
const PERMISSION_MESSAGE = 'No OIDC identity token is available: the runner sets ACTIONS_ID_TOKEN_REQUEST_URL and ' +
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN only for a job granted `permissions: id-token: write`, and they are not set.';
/**
 * The runner's OIDC endpoint. The token is requested once and shared by every signature of the
 * run (concurrent callers wait for the same request); it is requested again only when it is
 * about to expire. The GET is idempotent, so 5xx/429 answers are retried with backoff.
 */
function runnerIdentityProvider(audience, env = process.env, options = {}) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken)
        throw new KnownFailure('ID_TOKEN_PERMISSION', PERMISSION_MESSAGE);
    let cached;
    const fetchToken = async () => {
        const url = new URL(requestUrl);
        url.searchParams.set('audience', audience);
        const retries = options.retries ?? 3;
        // The variables only shorten waits under test; read from the runner's env like the URL.
        const backoffMs = options.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS', env) ?? 1000;
        const timeoutMs = options.timeoutMs ?? envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? 30_000;
        let lastError = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0)
                await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
            let text;
            let refused;
            try {
                // One deadline for the headers and the body: an endpoint that answers the headers and
                // then stalls must not hold the step past the timeout either.
                const response = await fetch(url, {
                    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
                    signal: AbortSignal.timeout(timeoutMs),
                });
                if (response.status >= 500 || response.status === 429) {
                    lastError = `HTTP ${response.status}`;
                    await response.body?.cancel();
                    continue;
                }
                text = await response.text();
                if (!response.ok)
                    refused = { status: response.status, text };
            }
            catch (error) {
                // A reset or a timeout, before or during the answer: the GET is safe to repeat.
                lastError = (0,errors/* messageWithCauses */.OM)(error);
                continue;
            }
            // The runner's endpoint answers 401/403 to a job without `id-token: write` (the request
            // token it handed out does not carry the scope): the known failure, with its fix.
            if (refused?.status === 401 || refused?.status === 403) {
                throw new KnownFailure('ID_TOKEN_PERMISSION', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${(0,errors/* quote */.hD)(refused.text.trim())}).`);
            }
            if (refused !== undefined) {
                throw new OidcError('OIDC_REFUSED', `The runner's OIDC endpoint refused the token request (HTTP ${refused.status}: ${(0,errors/* quote */.hD)(refused.text.trim())}).`);
            }
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new OidcError('OIDC_BAD_ANSWER', 
                // Not quoted: a 2xx body could hold a token in some other form.
                `The runner's OIDC endpoint answered with something other than JSON (${text.length} characters).`);
            }
            if (typeof body?.value !== 'string' || body.value === '') {
                throw new OidcError('OIDC_BAD_ANSWER', "The runner's OIDC endpoint answered without a token.");
            }
            options.onToken?.(body.value);
            const exp = decodeJwtClaims(body.value).exp;
            return { token: body.value, exp: typeof exp === 'number' ? exp * 1000 : Date.now() + 60_000 };
        }
        throw new OidcUnavailableError(`The runner's OIDC endpoint did not answer after ${retries + 1} attempt(s) (${lastError}).`);
    };
    return {
        async getToken() {
            if (cached) {
                const current = await cached.catch(() => undefined);
                // A token with under a minute left could expire between here and Fulcio.
                if (current && current.exp - Date.now() > 60_000)
                    return current.token;
            }
            cached = fetchToken();
            return (await cached).token;
        },
    };
}
/**
 * The identity Fulcio certifies for a GitHub Actions token: the SAN is the server URL + the
 * token's `job_workflow_ref` claim (the workflow file that runs the job: in a reusable workflow,
 * the reusable one, not the caller that GITHUB_WORKFLOW_REF names), and the issuer is the
 * token's `iss`. This is what a signature made with the token must verify for, exactly.
 */
function signingIdentityOfToken(claims, serverUrl) {
    const ref = claims.job_workflow_ref;
    // Control characters or spaces in it would make a SAN no workflow ref can be: not a token
    // from GitHub Actions, or a forged one; Fulcio would refuse it too.
    if (typeof ref !== 'string' || !/^[^\s\p{Cc}]+@[^\s\p{Cc}]+$/u.test(ref)) {
        throw new errors/* ConfigurationError */.j1(`The identity token has no usable job_workflow_ref claim (got ${(0,errors/* quote */.hD)(ref ?? null)}); ` +
            'sigstore-sign signs with a GitHub Actions OIDC token, whose job_workflow_ref Fulcio writes as the identity.');
    }
    if (typeof claims.iss !== 'string' || claims.iss === '') {
        throw new errors/* ConfigurationError */.j1('The identity token has no issuer (iss) claim.');
    }
    return {
        identity: `${serverUrl.replace(/\/+$/, '')}/${ref}`,
        issuer: claims.iss,
        jobWorkflowRef: ref,
    };
}

// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(3260);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
;// CONCATENATED MODULE: ./.build/core/digest.js


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
    const hashes = [...new Set(algorithms)].map((a) => [a, (0,external_node_crypto_.createHash)(a)]);
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
    const handle = await external_node_fs_.promises.open(file, 'r');
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

;// CONCATENATED MODULE: ./.build/core/sigstore/sign.js








/**
 * Signing could not produce a bundle:
 * - `NO_CERTIFICATE`: Fulcio answered without a certificate;
 * - `UNSUPPORTED_BUNDLE`: a bundle of a media type this code cannot re-encode as v0.3;
 * - `UNKNOWN_SIGNING_CONFIG`: a signing_config.json of another media type than v0.2.
 */
class SigningError extends errors/* BaseError */.Cf {
}
/** Default per-request timeout for Fulcio, Rekor and the TSA. */
const SIGSTORE_TIMEOUT_MS = 30_000;
/**
 * The timeout and retry options handed to sigstore-js for every Fulcio, Rekor and TSA request.
 * sigstore-js (fetchWithRetry) retries a request on any network error (reset, timeout) and on
 * 408, 429 and 5xx, with exponential backoff from `minTimeout` (it ignores Retry-After); its
 * `timeout` bounds the wait for the answer's headers and then for its body, so a service that
 * never answers costs `timeout` per attempt, never a hang. Retrying these POSTs is safe: Fulcio
 * issues a fresh certificate for the same key, the TSA a fresh timestamp, and Rekor answers a
 * duplicate entry with 409, which `fetchOnConflict` turns into a read of the existing entry.
 * The environment variables only shorten waits under test (see core/env.ts); users get the
 * defaults.
 */
function sigstoreFetchOptions(services = {}, env = process.env) {
    return {
        timeout: services.timeoutMs ?? envNumber('SEALED_RELEASE_REQUEST_TIMEOUT_MS', env) ?? SIGSTORE_TIMEOUT_MS,
        retry: {
            retries: services.retries ?? 3,
            minTimeout: services.backoffMs ?? envNumber('SEALED_RELEASE_RETRY_MS', env) ?? 1000,
            factor: 2,
        },
    };
}
/** An in-memory P-256 key that never leaves this process. */
class EphemeralKey {
    pair = external_node_crypto_.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    publicKeyPem = this.pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    async sign(data) {
        return {
            signature: external_node_crypto_.sign('sha256', data, this.pair.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem },
        };
    }
    /**
     * ECDSA-P256 over a SHA-256 digest computed elsewhere (streaming, so a file of any size is
     * never held in memory). ECDSA-P256-SHA256 signs SHA-256(message), so this is the signature
     * `sign(message)` would give, and verifiers that hash the artifact themselves accept it.
     * Node's crypto cannot sign a prehashed digest, so @noble/curves (audited) does the curve
     * arithmetic; the only thing done here is handing it the private scalar, exported from the
     * KeyObject as JWK `d` on each call (and wiped after) rather than kept in a second copy.
     */
    signDigest(digest) {
        if (digest.length !== 32)
            throw new errors/* InternalError */.Gd(`a SHA-256 digest is 32 bytes, got ${digest.length}`);
        const jwk = this.pair.privateKey.export({ format: 'jwk' });
        const d = jwk.d === undefined ? undefined : Buffer.from(jwk.d, 'base64url');
        if (jwk.crv !== 'P-256' || d?.length !== 32)
            throw new errors/* InternalError */.Gd('the ephemeral key is not a P-256 private key');
        const secret = Uint8Array.from(d);
        d.fill(0);
        try {
            // prehash: false: `digest` already is SHA-256(artifact). DER: what bundles and Rekor carry.
            // extraEntropy: RFC 6979 nonces hedged with fresh randomness (like OpenSSL's random k).
            // Low-S (the library's default) is a valid ECDSA signature for every verifier.
            return Buffer.from(nist/* p256 */.s9.sign(Uint8Array.from(digest), secret, { prehash: false, format: 'der', extraEntropy: true }));
        }
        finally {
            secret.fill(0);
        }
    }
}
/** Renew a certificate with less than this left: a signature must land inside its window. */
const CERTIFICATE_MARGIN_MS = 2 * 60_000;
/**
 * A Fulcio signer that reuses one certificate for many signatures. sigstore-js's FulcioSigner
 * asks Fulcio for a fresh certificate on every signature; its `keyHolder` option lets the key
 * outlive one call, and this class keeps the certificate with it, so signing N files costs one
 * certificate (renewed only when it nears expiry). Concurrent first calls share one request.
 */
class ReusableFulcioSigner {
    key = new EphemeralKey();
    fulcio;
    certificate;
    /** How many certificates were requested (for tests and the summary). */
    certificatesIssued = 0;
    /** Every certificate Fulcio issued to this signer (PEM), so callers can read its identity. */
    certificates = [];
    constructor(services, identity) {
        this.fulcio = new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: services.fulcioURL,
            identityProvider: identity,
            keyHolder: this.key,
            ...sigstoreFetchOptions(services),
        });
    }
    async currentCertificate() {
        if (this.certificate) {
            const current = await this.certificate.catch(() => undefined);
            if (current && current.notAfter - Date.now() > CERTIFICATE_MARGIN_MS)
                return current.pem;
        }
        this.certificate = (async () => {
            const signed = await this.fulcio.sign(Buffer.alloc(0));
            if (signed.key.$case !== 'x509Certificate')
                throw new SigningError('NO_CERTIFICATE', 'Fulcio returned no certificate');
            this.certificatesIssued += 1;
            const pem = signed.key.certificate;
            this.certificates.push(pem);
            return { pem, notAfter: new Date(new external_node_crypto_.X509Certificate(pem).validTo).getTime() };
        })();
        return (await this.certificate).pem;
    }
    async sign(data) {
        const certificate = await this.currentCertificate();
        const { signature } = await this.key.sign(data);
        return { signature, key: { $case: 'x509Certificate', certificate } };
    }
    /** Like {@link sign}, over the SHA-256 digest of the data instead of the data. */
    async signDigest(sha256) {
        const certificate = await this.currentCertificate();
        return { signature: this.key.signDigest(sha256), certificate };
    }
}
/** The Rekor (and optional TSA) witnesses for a set of services. */
function witnesses(services) {
    const out = [
        new sign_dist/* RekorWitness */.fU({
            rekorBaseURL: services.rekorURL,
            entryType: 'dsse',
            fetchOnConflict: true,
            ...sigstoreFetchOptions(services),
        }),
    ];
    if (services.tsaURL) {
        out.push(new sign_dist/* TSAWitness */.gs({
            tsaBaseURL: services.tsaURL,
            ...sigstoreFetchOptions(services),
        }));
    }
    return out;
}
/**
 * sigstore-js writes message-signature bundles as v0.2 (a one-certificate "chain"); the same
 * data in the current v0.3 envelope carries the leaf certificate alone. Only the envelope
 * changes: every signed byte stays the same.
 */
function toBundleV03(bundle) {
    const material = bundle.verificationMaterial;
    if (bundle.mediaType === dist.BUNDLE_V03_MEDIA_TYPE)
        return bundle;
    const chain = material.x509CertificateChain?.certificates ?? [];
    if (bundle.mediaType !== dist.BUNDLE_V02_MEDIA_TYPE || chain.length === 0) {
        throw new SigningError('UNSUPPORTED_BUNDLE', `cannot re-encode a ${(0,errors/* quote */.hD)(bundle.mediaType)} bundle as v0.3`);
    }
    const { x509CertificateChain: _chain, ...rest } = material;
    return {
        ...bundle,
        mediaType: dist.BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: { ...rest, certificate: chain[0] },
    };
}
/** Signs many artifacts with one identity, one key and (while valid) one certificate. */
class SigningSession {
    signer;
    witnesses;
    dsse;
    constructor(services, identity) {
        this.signer = new ReusableFulcioSigner(services, identity);
        this.witnesses = witnesses(services);
        this.dsse = new sign_dist/* DSSEBundleBuilder */.VV({ signer: this.signer, witnesses: this.witnesses });
    }
    /**
     * A message-signature bundle for an artifact known by its SHA-256 digest. sigstore-js's
     * MessageSignatureBundleBuilder takes the artifact's bytes, but everything after the
     * signature needs only the digest: the bundle holds `messageDigest` and the signature, the
     * Rekor hashedrekord entry carries the digest, signature and certificate, and the TSA
     * timestamps the signature. So the same steps run here from the digest: sign it, assemble
     * the bundle with @sigstore/bundle's builder, and ask the same witnesses (all at once, their
     * entries merged) as the library's builder does.
     */
    async signDigest(sha256) {
        const { signature, certificate } = await this.signer.signDigest(sha256);
        const bundle = (0,dist.toMessageSignatureBundle)({
            digest: sha256,
            signature,
            certificate: new external_node_crypto_.X509Certificate(certificate).raw,
            // The leaf certificate alone: a v0.3 bundle (see toBundleV03).
            certificateChain: false,
        });
        const material = await Promise.all(this.witnesses.map((w) => w.testify(bundle.content, certificate)));
        bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
        bundle.verificationMaterial.timestampVerificationData = {
            rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
        };
        return (0,dist.bundleToJSON)(bundle);
    }
    /**
     * A message-signature bundle for a file, hashed streaming (one small reused buffer): memory does not
     * follow the file's size. Returns the digest it signed, so the caller can report it.
     */
    async signFile(file) {
        const { sha256, size } = await hashFile(file, ['sha256']);
        return { bundle: await this.signDigest(Buffer.from(sha256, 'hex')), sha256, size };
    }
    /** A message-signature bundle over bytes already in memory. */
    async signMessage(data) {
        return this.signDigest(external_node_crypto_.createHash('sha256').update(data).digest());
    }
    /** A DSSE bundle over a payload (an in-toto statement) of the given type. */
    async signDsse(payload, payloadType) {
        return toBundleV03((0,dist.bundleToJSON)(await this.dsse.create({ data: payload, type: payloadType })));
    }
}
/** Reads the services a sigstore signing_config.json names, through sigstore-js's own selection. */
function builderFromSigningConfig(configText, identity, bundleType = 'messageSignature') {
    const json = JSON.parse(configText);
    if (json.mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json') {
        throw new SigningError('UNKNOWN_SIGNING_CONFIG', `unknown signing config media type ${quote(json.mediaType)}; expected "application/vnd.dev.sigstore.signingconfig.v0.2+json"`);
    }
    return bundleBuilderFromSigningConfig({
        signingConfig: SigningConfig.fromJSON(json),
        identityProvider: identity,
        bundleType,
        fetchOptions: sigstoreFetchOptions(),
    });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(4423);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./.build/core/sigstore/trust.js







class trust_TrustRootError extends errors/* BaseError */.Cf {
    constructor(message, options) {
        super('TRUST_ROOT', message, options);
        this.name = 'TrustRootError';
    }
}
/**
 * Drops every authority whose validity window has no `start`, or ends before it starts.
 * @sigstore/verify reads a missing start as "since the beginning of time", which would let a
 * key be trusted for signatures made before it existed; a window we cannot bound is not a
 * window we can check, so such a key is treated as invalid. Verification then fails closed if
 * no other authority vouches for the bundle.
 */
function sanitizeTrustedRoot(root) {
    const dropped = [];
    const valid = (what, validity) => {
        if (!validity?.start || Number.isNaN(validity.start.getTime())) {
            dropped.push(`${what}: validity has no start`);
            return false;
        }
        if (validity.end && validity.end < validity.start) {
            dropped.push(`${what}: validity ends before it starts`);
            return false;
        }
        return true;
    };
    return {
        root: {
            ...root,
            certificateAuthorities: root.certificateAuthorities.filter((ca, i) => valid(`certificate authority #${i + 1} (${ca.uri})`, ca.validFor)),
            timestampAuthorities: root.timestampAuthorities.filter((ca, i) => valid(`timestamp authority #${i + 1} (${ca.uri})`, ca.validFor)),
            tlogs: root.tlogs.filter((log, i) => valid(`transparency log #${i + 1} (${log.baseUrl})`, log.publicKey?.validFor)),
            ctlogs: root.ctlogs.filter((log, i) => valid(`certificate transparency log #${i + 1} (${log.baseUrl})`, log.publicKey?.validFor)),
        },
        dropped,
    };
}
/** Parses trusted_root.json text. Malformed JSON or a root without any log or CA is an error. */
function trust_parseTrustedRoot(text, label) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new trust_TrustRootError(`${label} is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new trust_TrustRootError(`${label} is not a trusted root (expected a JSON object).`);
    }
    const mediaType = json.mediaType;
    if (typeof mediaType !== 'string' ||
        !/^application\/vnd\.dev\.sigstore\.trustedroot(\+json;version=0\.1|\.v0\.2\+json)$/.test(mediaType)) {
        throw new trust_TrustRootError(`${label} has an unknown trusted root media type ${(0,core_quote/* quote */.h)(mediaType ?? '(none)')}.`);
    }
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new trust_TrustRootError(`${label} is not a valid trusted root: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
/**
 * The trust to verify against: the given trusted_root.json, else the public-good instance's
 * root fetched and verified through TUF (the `@sigstore/tuf` client sigstore-js uses). When TUF
 * cannot be reached, this fails: there is no fallback to an unverified root.
 * `key` is the public key for bundles signed with a key (conformance `--key`); `fix` replaces
 * the way out the failure names (the CLI names its `--trusted-root` and `--offline`).
 */
async function loadTrust(trustedRootPath, options = {}) {
    let root;
    let source;
    if (trustedRootPath) {
        let text;
        try {
            text = external_node_fs_.readFileSync(trustedRootPath, 'utf8');
        }
        catch (error) {
            throw new trust_TrustRootError(`cannot read trusted root ${trustedRootPath}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        root = trust_parseTrustedRoot(text, `trusted root ${trustedRootPath}`);
        source = `trusted root ${trustedRootPath}`;
    }
    else {
        try {
            root = await (0,tuf_dist.getTrustedRoot)({
                mirrorURL: options.tuf?.mirrorURL,
                cachePath: options.tuf?.cachePath,
                timeout: options.tuf?.timeoutMs ?? 10_000,
                retry: { retries: 2, factor: 2, minTimeout: 500 },
            });
        }
        catch (error) {
            const why = (0,errors/* messageOf */.bD)(error);
            throw new trust_TrustRootError(options.fix === undefined
                ? `cannot load the public-good Sigstore trusted root through TUF (${why}); check network access to the TUF repository, or pass a trusted_root.json for a private instance.`
                : `cannot load the public-good Sigstore trusted root through TUF (${why}); ${options.fix}`, { cause: error });
        }
        source = 'public-good Sigstore (TUF)';
    }
    return trust_trustOf(root, source, options.key);
}
/**
 * Trust material from a trusted root already in hand (e.g. one shipped with the code, such as
 * GitHub's for release attestations, parsed with {@link parseTrustedRoot}): sanitised as
 * {@link loadTrust} does. `key` is the public key for key-signed bundles.
 */
function trust_trustOf(root, source, key) {
    const { root: sane, dropped } = sanitizeTrustedRoot(root);
    const material = (0,verify_dist/* toTrustMaterial */.jO)(sane, key
        ? () => ({ publicKey: key, validFor: () => true })
        : (hint) => {
            throw new trust_TrustRootError(`bundle is signed with key '${hint}', but no public key was given`);
        });
    return { material, source, dropped };
}
/**
 * The trust an action verifies against, from its `trusted-root` input: the file given (one that
 * cannot be read or parsed is a configuration error naming the input), or public-good's root
 * through TUF (an unreachable repository is the known failure TUF_UNREACHABLE, with its fix).
 * Every action with a `trusted-root` input loads it here; each decides when.
 */
async function loadInputTrust(trustedRoot) {
    try {
        return await loadTrust(trustedRoot);
    }
    catch (error) {
        if (trustedRoot !== undefined)
            throw new errors/* ConfigurationError */.j1(`Input 'trusted-root': ${(0,errors/* messageOf */.bD)(error)}`, { cause: error });
        throw tufFailure(error) || error;
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var tuf_seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/package.json
var tuf_package = __webpack_require__(9446);
;// CONCATENATED MODULE: ./.build/core/sigstore/embedded-root.js
/*
 * The public-good Sigstore trusted root embedded in the code, for verification without network
 * (the CLI's `--offline`).
 *
 * Where it comes from: `@sigstore/tuf` ships `seeds.json`, the TUF seed it starts every client
 * from. Under the key of the public-good TUF repository, `targets["trusted_root.json"]` is the
 * base64 of the production trusted_root.json at the time that package was released (Rekor v1 and
 * v2 logs, the Fulcio CAs, the CT logs and the timestamp authority: TOOLCHAIN.md). It is read
 * from the package itself, which the bundler includes, so there is no copied file that could
 * drift from the dependency: updating `@sigstore/tuf` updates the embedded root, and nothing
 * else does. It is therefore frozen per release of sealed-release: keys Sigstore adds after that
 * release are unknown to `--offline` (TUF, online, knows them).
 *
 * GitHub's own Sigstore instance (private repositories' attestations, release attestations) is
 * not embedded: its trusted root is published only through its TUF repository
 * (tuf-repo.github.com), whose initial TUF root is pinned in core/attestation, and no package or
 * repository we can build from ships its `trusted_root.json` from an authoritative source. Its
 * keys rotate about twice a year, so a frozen copy would also go stale fast. A bundle from that
 * instance is recognised ({@link githubSigned}) and refused offline with a message naming the
 * option that gives a trusted root.
 */




/** The public-good TUF repository, the key of its seed in `@sigstore/tuf`'s seeds.json. */
const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
/** Where the embedded root comes from, for messages, summaries and `--help`. */
const EMBEDDED_ROOT_SOURCE = (/* unused pure expression or super */ null && (`public-good Sigstore (embedded: @sigstore/tuf ${tufPackage.version} seeds.json)`));
/**
 * The public-good trusted root as `@sigstore/tuf` ships it. A seed without it (a package that
 * changed its layout) is an error, never an empty trust.
 */
function embeddedPublicGoodRoot() {
    const seed = seeds[PUBLIC_GOOD_TUF_URL];
    const encoded = seed?.targets?.['trusted_root.json'];
    if (typeof encoded !== 'string') {
        throw new TrustRootError(`@sigstore/tuf ${tufPackage.version}'s seeds.json has no trusted_root.json for ${PUBLIC_GOOD_TUF_URL}; the embedded root is unavailable`);
    }
    return parseTrustedRoot(Buffer.from(encoded, 'base64').toString('utf8'), EMBEDDED_ROOT_SOURCE);
}
/**
 * Trust material from the embedded public-good root, sanitised as every root is
 * ({@link trustOf}); no network. `key` is the public key for key-signed bundles.
 */
function loadEmbeddedTrust(key) {
    return trustOf(embeddedPublicGoodRoot(), EMBEDDED_ROOT_SOURCE, key);
}
/**
 * GitHub's Sigstore instance names itself in its certificates' issuer: its Fulcio intermediate
 * is `O=GitHub, Inc., CN=Fulcio Intermediate l1` (the release attestation in cli/cli's
 * pkg/cmd/attestation/test/data/github_release_bundle.json). The public-good instance's is
 * `O=sigstore.dev`.
 */
const GITHUB_ORGANIZATION = 'GitHub, Inc.';
/**
 * Whether a bundle's leaf certificate was issued by GitHub's Sigstore instance (by the issuer's
 * organization), so an offline verification can say that its trusted root is not embedded
 * instead of a bare "certificate chain" failure. Only a hint for the message: the verifier
 * decides trust either way.
 */
function githubSigned(bundle) {
    const material = bundle.verificationMaterial.content;
    const raw = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (raw === undefined)
        return false;
    try {
        // Node renders the issuer one attribute a line, escaping RFC 4514's special characters
        // (`O=GitHub\\, Inc.`); the escapes are undone before comparing.
        const issuer = new crypto.X509Certificate(Buffer.from(raw)).issuer;
        return issuer
            .split('\n')
            .map((line) => line.replace(/\\(.)/g, '$1'))
            .includes(`O=${GITHUB_ORGANIZATION}`);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/core/intoto.js
/*
 * in-toto statements, the one reader: the constants, the statement a DSSE envelope carries, and
 * its subjects as ResourceDescriptors. Every verifier that reads a statement (a DSSE bundle's
 * subject check, GitHub's release attestation, provenance and image attestations to come) reads
 * it here, so a statement means the same thing to all of them.
 *
 * Formats, from the in-toto Attestation Framework (github.com/in-toto/attestation):
 * - spec/v1/envelope.md: the DSSE payload type of a statement is `application/vnd.in-toto+json`;
 * - spec/v1/statement.md: `_type` `https://in-toto.io/Statement/v1`, `subject` (a non-empty list
 *   of ResourceDescriptors), `predicateType` (a URI) and `predicate` (an object); v0.1 statements
 *   (`https://in-toto.io/Statement/v0.1`, older SLSA provenance) have the same shape;
 * - spec/v1/resource_descriptor.md: `name`, `uri`, `digest` (a DigestSet: algorithm → lower-case
 *   hex), `content`, `downloadLocation`, `mediaType`, `annotations`, every field optional but at
 *   least one of `uri`, `digest` and `content` present; the predicate decides which it needs.
 */


/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The statement type of in-toto v1. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The statement type of in-toto v0.1 (same fields; still written by older SLSA provenance). */
const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
class InTotoError extends errors/* BaseError */.Cf {
    constructor(code, message) {
        super(code, message);
        this.name = 'InTotoError';
    }
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * Reads one subject. Fields of another type than the spec's are dropped (so a verifier asking
 * for a `uri` never gets a number), and a digest value that is not a string is dropped with it.
 * Returns the problems found, so a caller that must fail closed can say why.
 */
function readResourceDescriptor(raw) {
    const problems = [];
    const descriptor = { digest: {} };
    if (!isObject(raw))
        return { descriptor, problems: [`a subject is not an object (${(0,core_quote/* quote */.h)(raw)})`] };
    if (typeof raw.name === 'string')
        descriptor.name = raw.name;
    else if (raw.name !== undefined)
        problems.push(`a subject's name is not a string (${(0,core_quote/* quote */.h)(raw.name)})`);
    if (typeof raw.uri === 'string')
        descriptor.uri = raw.uri;
    else if (raw.uri !== undefined)
        problems.push(`a subject's uri is not a string (${(0,core_quote/* quote */.h)(raw.uri)})`);
    if (isObject(raw.digest)) {
        for (const [algorithm, value] of Object.entries(raw.digest)) {
            if (typeof value === 'string')
                descriptor.digest[algorithm] = value;
            else
                problems.push(`a subject's ${algorithm} digest is not a string (${(0,core_quote/* quote */.h)(value)})`);
        }
    }
    else if (raw.digest !== undefined) {
        problems.push(`a subject's digest is not an object (${(0,core_quote/* quote */.h)(raw.digest)})`);
    }
    return { descriptor, problems };
}
/**
 * Parses a DSSE payload as an in-toto statement (v1 or v0.1). Throws {@link InTotoError} for a
 * payload type other than in-toto's, text that is not JSON, or JSON that is not a statement.
 * Subjects are read with {@link readResourceDescriptor}; a malformed subject is kept (with what
 * could be read) for the caller's rules to judge, never dropped silently.
 */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new InTotoError('PAYLOAD_TYPE', `the DSSE payload type is ${(0,core_quote/* quote */.h)(payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw new InTotoError('NOT_JSON', 'the DSSE payload is not JSON');
    }
    if (!isObject(json))
        throw new InTotoError('NOT_STATEMENT', 'the in-toto statement is not a JSON object');
    const type = json._type;
    if (type !== IN_TOTO_STATEMENT_V1 && type !== IN_TOTO_STATEMENT_V01) {
        throw new InTotoError('NOT_STATEMENT', `the statement type is ${(0,core_quote/* quote */.h)(type)}, not ${IN_TOTO_STATEMENT_V1} (or ${IN_TOTO_STATEMENT_V01})`);
    }
    if (!Array.isArray(json.subject))
        throw new InTotoError('NOT_STATEMENT', 'the statement has no subject list');
    if (typeof json.predicateType !== 'string' || json.predicateType === '') {
        throw new InTotoError('NOT_STATEMENT', `the statement's predicate type is ${(0,core_quote/* quote */.h)(json.predicateType)}`);
    }
    if (json.predicate !== undefined && !isObject(json.predicate)) {
        throw new InTotoError('NOT_STATEMENT', `the statement's predicate is not an object (${(0,core_quote/* quote */.h)(json.predicate)})`);
    }
    const read = json.subject.map((s) => readResourceDescriptor(s));
    return {
        type,
        subjects: read.map((r) => r.descriptor),
        subjectProblems: read.flatMap((r) => r.problems),
        predicateType: json.predicateType,
        predicate: json.predicate ?? {},
    };
}

;// CONCATENATED MODULE: ./.build/core/sigstore/ecdsa.js


/**
 * A public key this verifier cannot use:
 * - `UNSUPPORTED_KEY`: not an EC key, or on a curve other than P-256 and P-384;
 * - `MALFORMED_KEY`: coordinates of the wrong length for its curve.
 */
class KeyError extends errors/* BaseError */.Cf {
}
/**
 * The curves we accept, keyed by the OpenSSL name Node reports in `asymmetricKeyDetails`, with
 * the JWK name it must agree with and the byte length of one coordinate.
 */
const CURVES = {
    prime256v1: { jwk: 'P-256', curve: nist/* p256 */.s9, coordinateBytes: 32 },
    secp384r1: { jwk: 'P-384', curve: nist/* p384 */.sL, coordinateBytes: 48 },
};
/**
 * The key as an uncompressed SEC 1 point (0x04 || X || Y), checked against the curve we verify
 * with. JWK is the export every Node 24 has (the newer raw export is not on older 24.x runners),
 * and Node pads each coordinate to the field size, which we check rather than assume.
 */
function publicPoint(key) {
    if (key.asymmetricKeyType !== 'ec')
        throw new KeyError('UNSUPPORTED_KEY', `unsupported key type ${String(key.asymmetricKeyType)}`);
    const named = key.asymmetricKeyDetails?.namedCurve;
    const entry = named === undefined ? undefined : CURVES[named];
    if (!entry)
        throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${named ?? '(explicit parameters)'}`);
    const jwk = key.export({ format: 'jwk' });
    if (jwk.crv !== entry.jwk || !jwk.x || !jwk.y)
        throw new KeyError('UNSUPPORTED_KEY', `unsupported curve ${String(jwk.crv)}`);
    const x = Buffer.from(jwk.x, 'base64url');
    const y = Buffer.from(jwk.y, 'base64url');
    if (x.length !== entry.coordinateBytes || y.length !== entry.coordinateBytes) {
        throw new KeyError('MALFORMED_KEY', `malformed ${entry.jwk} public key`);
    }
    return { curve: entry.curve, point: Uint8Array.from(Buffer.concat([Buffer.of(0x04), x, y])) };
}
/**
 * Verifies a DER-encoded ECDSA signature over `digest` (already hashed) with a P-256 or P-384
 * public key. Returns false for anything malformed (signature not strict DER, r or s out of
 * range, key not on the curve, wrong digest); throws for a key that is not a P-256/P-384 public
 * key, so the caller cannot mistake "cannot check" for "checked".
 *
 * High-S signatures are accepted: ECDSA as specified, OpenSSL (Node), Go's crypto/ecdsa
 * (sigstore-go, cosign) and sigstore-js all accept them, and a signer is not required to
 * normalise S. Rejecting them would refuse genuine signatures; malleability of S does not let
 * anyone sign a different digest.
 */
function verifyEcdsaDigest(key, digest, signature) {
    const { curve, point } = publicPoint(key);
    try {
        // prehash: false — `digest` already is the hash; the library truncates it to the order's bit
        // length exactly as FIPS 186 says. format 'der' — what Sigstore bundles carry.
        return curve.verify(Uint8Array.from(signature), Uint8Array.from(digest), point, {
            prehash: false,
            lowS: false,
            format: 'der',
        });
    }
    catch {
        // The library throws (rather than returns false) for some malformed inputs, e.g. a
        // signature it cannot even size-check: malformed is a failed verification, never a pass.
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/verify-artifact.js
/*
 * Binding a bundle to what it signs: the artifact's digest, a message signature checked over
 * that digest (or the file's bytes for keys that sign the message), and a DSSE statement's
 * subjects. Used by the one verification path in verify.ts; kept apart so that file holds the
 * policy and the verifier, and this one the artifact.
 */






/** A verification that said no, with the reason in words. */
class verify_artifact_SignatureVerificationError extends errors/* BaseError */.Cf {
    constructor(message, code) {
        super(code, message);
        this.name = 'SignatureVerificationError';
    }
}
async function artifactDigest(artifact) {
    if ('sha256' in artifact) {
        if (artifact.sha256.length !== 32)
            throw new verify_artifact_SignatureVerificationError('sha256 digest must be 32 bytes', 'INPUT');
        return artifact.sha256;
    }
    // Streamed with bounded memory: artifacts can be gigabytes.
    return Buffer.from(await sha256File(artifact.file), 'hex');
}
/** Artifacts larger than this are verified only by digest (ECDSA keys); see bindMessageSignature. */
const IN_MEMORY_LIMIT = 512 * 1024 * 1024;
/**
 * The signing key of a bundle before verification, to know whether its signature can be
 * checked over the digest alone. Only used to choose how to check; the Verifier still decides
 * which key is trusted.
 */
function presumedKey(bundle, trust) {
    const content = bundle.verificationMaterial.content;
    try {
        switch (content.$case) {
            case 'publicKey':
                return trust.publicKey(content.publicKey.hint).publicKey;
            case 'certificate':
                return new external_node_crypto_.X509Certificate(Buffer.from(content.certificate.rawBytes)).publicKey;
            case 'x509CertificateChain':
                return new external_node_crypto_.X509Certificate(Buffer.from(content.x509CertificateChain.certificates[0].rawBytes))
                    .publicKey;
        }
    }
    catch {
        return undefined;
    }
}
/**
 * For a message signature, binds the entity to the artifact by its digest: the bundle's
 * message digest must be the artifact's, and the signature is verified over that digest (ECDSA,
 * the keys Fulcio certifies), which needs no second read of a large file. Other key types
 * (Ed25519, RSA given with --key) sign the message itself: the file's bytes are then checked
 * with Node's crypto, so such a bundle cannot be verified from a digest alone.
 */
function bindMessageSignature(entity, bundle, digest, message) {
    if (bundle.content.$case !== 'messageSignature')
        return entity;
    const content = bundle.content.messageSignature;
    const algorithm = content.messageDigest?.algorithm;
    if (algorithm !== protobuf_specs_dist.HashAlgorithm.SHA2_256) {
        throw new verify_artifact_SignatureVerificationError(`bundle's message digest uses ${protobuf_specs_dist.HashAlgorithm[algorithm ?? 0] ?? algorithm}; only SHA2_256 is supported`, 'DIGEST_ALGORITHM');
    }
    const bundleDigest = Buffer.from(content.messageDigest.digest);
    if (bundleDigest.length !== digest.length || !external_node_crypto_.timingSafeEqual(bundleDigest, digest)) {
        throw new verify_artifact_SignatureVerificationError(`artifact digest sha256:${digest.toString('hex')} does not match the bundle's message digest ` +
            `sha256:${bundleDigest.toString('hex')} (tampered artifact or wrong bundle)`, 'ARTIFACT_DIGEST_MISMATCH');
    }
    const signature = Buffer.from(content.signature);
    const original = entity.signature;
    return {
        ...entity,
        signature: {
            signature: original.signature,
            compareSignature: (s) => original.compareSignature(s),
            compareDigest: (d) => original.compareDigest(d),
            compareSignedDigest: (d) => original.compareSignedDigest(d),
            verifySignature: (key) => {
                try {
                    if (key.asymmetricKeyType === 'ec')
                        return verifyEcdsaDigest(key, digest, signature);
                    if (!message)
                        return false;
                    const hash = key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448' ? null : 'sha256';
                    return external_node_crypto_.verify(hash, message, key, signature);
                }
                catch {
                    // A key we cannot check with: fail closed rather than skip the check.
                    return false;
                }
            },
        },
    };
}
/** The statement of a DSSE bundle whose payload type is in-toto's, as a verification error when it is not one. */
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new verify_artifact_SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
    }
    const envelope = bundle.content.dsseEnvelope;
    try {
        return parseStatement(envelope.payloadType, envelope.payload);
    }
    catch (error) {
        if (error instanceof InTotoError) {
            throw new verify_artifact_SignatureVerificationError(error.message, error.code === 'PAYLOAD_TYPE' ? 'DSSE_PAYLOAD_TYPE' : 'DSSE_PAYLOAD');
        }
        throw error;
    }
}
/** For DSSE, the in-toto statement must name the artifact's sha256 among its subjects. */
function checkDsseSubject(statement, digest) {
    const hex = digest.toString('hex');
    // DigestSet values are lower-case hex (in-toto spec/v1/digest_set.md); an upper-case writer is read alike.
    if (!statement.subjects.some((s) => s.digest.sha256?.toLowerCase() === hex)) {
        throw new verify_artifact_SignatureVerificationError(`no subject of the in-toto statement has sha256:${hex} (tampered artifact or wrong bundle)`, 'ARTIFACT_DIGEST_MISMATCH');
    }
}

;// CONCATENATED MODULE: ./.build/core/sigstore/bundle-checks.js
/*
 * What is wrong with a bundle, in words, where @sigstore/verify would crash or answer with a
 * generic code. Two kinds:
 * - structural refusals made before verification ({@link structuralProblems}): a certificate chain
 *   that carries a root certificate (a bundle must not bring its own trust anchor:
 *   sigstore-conformance's bundle-with-root-cert_fail), and an inclusion proof without the
 *   checkpoint it is checked against (the library reads `checkpoint.envelope` unguarded, and a
 *   v0.1 bundle from before checkpoints then fails with "Cannot read properties of undefined");
 * - an explanation of a certificate failure ({@link explainCertificateFailure}): a log entry whose
 *   integrated time is outside the signing certificate's validity, or in the future. The verifier
 *   still decides; this only says why.
 */


/** The certificates a bundle carries, leaf first. */
function certificatesOf(bundle) {
    const material = bundle.verificationMaterial.content;
    switch (material.$case) {
        case 'certificate':
            return [material.certificate.rawBytes];
        case 'x509CertificateChain':
            return material.x509CertificateChain.certificates.map((c) => c.rawBytes);
        default:
            return [];
    }
}
function parse(raw) {
    try {
        return new external_node_crypto_.X509Certificate(Buffer.from(raw));
    }
    catch {
        return undefined;
    }
}
/** Self-signed: its subject is its issuer and its own key verifies its signature. */
function selfSigned(cert) {
    try {
        return cert.subject === cert.issuer && cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * Problems that make a bundle unverifiable whatever the trust, each naming the part of the bundle;
 * empty when there are none. Every problem is listed, not only the first.
 */
function structuralProblems(bundle) {
    const problems = [];
    certificatesOf(bundle).forEach((raw, i) => {
        const cert = parse(raw);
        if (cert && selfSigned(cert)) {
            problems.push(`the certificate chain holds a self-signed root certificate (#${i + 1}, ${cert.subject.replace(/\n/g, ', ')}); ` +
                'a bundle must not carry its own trust anchor: the root comes from the trusted root only');
        }
    });
    bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
        if (entry.inclusionProof && !entry.inclusionProof.checkpoint?.envelope) {
            problems.push(`transparency log entry #${i + 1} has an inclusion proof without a checkpoint (as v0.1 bundles made before ` +
                'checkpoints were), so the proof cannot be tied to a signed log state');
        }
    });
    return problems;
}
const iso = (d) => d.toISOString().replace('.000Z', 'Z');
/**
 * Why a certificate failed to verify, when the bundle shows it: a transparency log entry's
 * integrated time in the future (`now`) or outside the leaf certificate's validity. Undefined
 * when none of these holds (the library's own words are then all there is).
 */
function explainCertificateFailure(bundle, now = new Date()) {
    const leaf = certificatesOf(bundle)[0];
    const cert = leaf && parse(leaf);
    if (!cert)
        return undefined;
    const from = cert.validFromDate;
    const to = cert.validToDate;
    for (const [i, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
        const seconds = Number(entry.integratedTime);
        if (!Number.isFinite(seconds) || seconds <= 0)
            continue;
        const at = new Date(seconds * 1000);
        const where = `transparency log entry #${i + 1}'s integrated time ${iso(at)}`;
        if (at > now)
            return `${where} is in the future (now ${iso(now)})`;
        if (at < from || at > to) {
            return `${where} is outside the signing certificate's validity (${iso(from)} to ${iso(to)}): the signature was not logged while the certificate was valid`;
        }
    }
    return undefined;
}
/**
 * Refuses a bundle with {@link structuralProblems}, all of them in one message, before anything
 * is verified.
 */
function refuseMalformed(bundle) {
    const problems = structuralProblems(bundle);
    if (problems.length > 0) {
        throw new verify_artifact_SignatureVerificationError(`BUNDLE_STRUCTURE: the bundle cannot be verified: ${problems.join('; ')}`, 'BUNDLE_STRUCTURE');
    }
}
/** A verifier's CERTIFICATE_ERROR with {@link explainCertificateFailure}'s reason added, when there is one. */
function explained(error, bundle) {
    if (!(error instanceof verify_artifact_SignatureVerificationError) || error.code !== 'CERTIFICATE_ERROR')
        return error;
    const why = explainCertificateFailure(bundle);
    return why === undefined
        ? error
        : new verify_artifact_SignatureVerificationError(`${error.message}: ${why}`, 'CERTIFICATE_ERROR');
}

;// CONCATENATED MODULE: ./.build/core/sigstore/verify.js











/** Escapes every RegExp metacharacter, so the text matches only itself. */
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
/**
 * A @sigstore/verify policy for an identity, for code that runs the stock Verifier. The library
 * searches with it as an unanchored RegExp, so the identity is escaped and anchored here. Our own
 * verifier does not use it: {@link verifyBundle} compares the certificate's bytes itself.
 */
function toPolicy(policy) {
    if ((policy.identity === undefined) === (policy.identityRegExp === undefined)) {
        throw new SignatureVerificationError('give exactly one of an identity and an identity pattern', 'POLICY');
    }
    return {
        subjectAlternativeName: policy.identity !== undefined
            ? new RegExp(`^${escapeRegExp(policy.identity)}$`)
            : wholeMatch(policy.identityRegExp),
        extensions: { issuer: policy.issuer },
    };
}
function verifierOptions(options) {
    const out = {};
    for (const key of ['ctlogThreshold', 'tlogThreshold', 'timestampThreshold']) {
        const value = options[key];
        if (value === undefined)
            continue;
        if (!Number.isInteger(value) || value < 0)
            throw new verify_artifact_SignatureVerificationError(`${key} must be a whole number >= 0, got ${value}`, 'INPUT');
        out[key] = value;
    }
    return out;
}
/** The leaf certificate's only SAN, compared whole and exactly with `san` (see {@link SanPolicy}). */
function checkSan(entity, policy) {
    if (entity.key.$case !== 'certificate') {
        throw new verify_artifact_SignatureVerificationError('UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected signer', 'UNTRUSTED_SIGNER_ERROR');
    }
    // Node renders every name of the extension, quoting and escaping any that is not plain text,
    // so one URI equal to `san` is the only way to read exactly `URI:<san>`.
    const names = new external_node_crypto_.X509Certificate(entity.key.certificate.root.toDER()).subjectAltName;
    if (names !== `URI:${policy.san}`) {
        throw new verify_artifact_SignatureVerificationError(`UNTRUSTED_SIGNER_ERROR: signed for ${(0,core_quote/* quote */.h)((names ?? '(no SAN)').replace(/^URI:/, ''))}, not for ${JSON.stringify(policy.san)}`, 'UNTRUSTED_SIGNER_ERROR');
    }
    return policy.san;
}
/**
 * The one place a signed entity is verified: @sigstore/verify proves the certificate chain (or
 * the key), the SCTs, the log entries, the timestamps and the signature, with no identity
 * policy (it would search with it as an unanchored RegExp); then the leaf certificate's SAN and
 * issuer are compared exactly with the policy ({@link checkIdentity}, {@link checkSan}).
 */
function verifyEntity(entity, trust, signer, options) {
    const keyless = entity.key.$case === 'certificate';
    if (keyless && !signer) {
        throw new verify_artifact_SignatureVerificationError('a keyless bundle needs an identity and issuer to verify against', 'POLICY');
    }
    if (!keyless && signer) {
        throw new verify_artifact_SignatureVerificationError('UNTRUSTED_SIGNER_ERROR: the bundle is signed with a key, not with a certificate for the expected identity', 'UNTRUSTED_SIGNER_ERROR');
    }
    const verifier = new verify_dist/* Verifier */.BL(trust, verifierOptions(options));
    try {
        verifier.verify(entity);
    }
    catch (error) {
        if (error instanceof verify_dist/* VerificationError */.mk || error instanceof verify_dist/* PolicyError */.pn) {
            throw new verify_artifact_SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
        }
        throw new verify_artifact_SignatureVerificationError((0,errors/* messageOf */.bD)(error), 'VERIFICATION');
    }
    if (entity.key.$case !== 'certificate')
        return {};
    const certificate = entity.key.certificate;
    if (signer && 'san' in signer)
        return { identity: checkSan(entity, signer), certificate };
    try {
        // The leaf the Verifier just proved (it builds the path from this very object).
        const found = readCertificateIdentity(entity.key.certificate);
        checkIdentity(found, signer);
        return { identity: found.san, issuer: found.issuer, certificate };
    }
    catch (error) {
        if (error instanceof IdentityMismatchError) {
            throw new verify_artifact_SignatureVerificationError(`${error.code}: ${error.message}`, error.code);
        }
        throw new verify_artifact_SignatureVerificationError(`UNTRUSTED_SIGNER_ERROR: ${(0,errors/* messageOf */.bD)(error)}`, 'UNTRUSTED_SIGNER_ERROR');
    }
}
/**
 * Verifies a Sigstore bundle (its JSON text, or parsed) against trust material and a
 * {@link SigstorePolicy}: the signer compared exactly, the evidence thresholds, the artifact
 * (message digest or DSSE subject) and the DSSE payload type. Throws
 * {@link SignatureVerificationError} or BundleFormatError with the reason; returns what was
 * proven. The trust is injected (a private instance's or GitHub's trusted root, or public-good's
 * through TUF).
 */
async function verifySigstoreBundle(input, trust, policy) {
    const bundle = typeof input === 'string' ? bundle_parseBundle(input) : input;
    refuseMalformed(bundle);
    const dsse = bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope : undefined;
    if (policy.payloadType !== undefined) {
        if (!dsse) {
            throw new verify_artifact_SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
        }
        if (dsse.payloadType !== policy.payloadType) {
            throw new verify_artifact_SignatureVerificationError(`the DSSE payload type is ${(0,core_quote/* quote */.h)(dsse.payloadType)}, not ${policy.payloadType}`, 'DSSE_PAYLOAD_TYPE');
        }
    }
    // A statement is read before the signature only to bind the artifact; it is returned only verified.
    const statement = dsse && (policy.artifact !== undefined || dsse.payloadType === IN_TOTO_PAYLOAD_TYPE)
        ? statementOf(bundle)
        : undefined;
    let digest;
    let message;
    if (policy.artifact) {
        const artifact = policy.artifact;
        digest = await artifactDigest(artifact);
        if (statement)
            checkDsseSubject(statement, digest);
        // Only a non-ECDSA key needs the message itself (see bindMessageSignature).
        const key = bundle.content.$case === 'messageSignature' ? presumedKey(bundle, trust) : undefined;
        if (key && key.asymmetricKeyType !== 'ec' && 'file' in artifact) {
            const size = (await external_node_fs_.promises.stat(artifact.file)).size;
            if (size > IN_MEMORY_LIMIT) {
                throw new verify_artifact_SignatureVerificationError(`a ${key.asymmetricKeyType} signature over a file larger than ${IN_MEMORY_LIMIT} bytes is not supported`, 'UNSUPPORTED');
            }
            message = await external_node_fs_.promises.readFile(artifact.file);
            if (!external_node_crypto_.createHash('sha256').update(message).digest().equals(digest)) {
                throw new verify_artifact_SignatureVerificationError('the artifact changed while it was being verified', 'ARTIFACT_CHANGED');
            }
        }
    }
    else if (bundle.content.$case === 'messageSignature') {
        // A message signature proves something only about the bytes it is over.
        throw new verify_artifact_SignatureVerificationError('a message signature is verified only against its artifact', 'INPUT');
    }
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    let signer;
    try {
        signer = verifyEntity(digest ? bindMessageSignature(entity, bundle, digest, message) : entity, trust, policy.signer, policy.thresholds ?? {});
    }
    catch (error) {
        throw explained(error, bundle);
    }
    return {
        ...signer,
        mediaType: bundle.mediaType,
        content: dsse ? 'dsse' : 'message-signature',
        ...(digest ? { sha256: digest.toString('hex') } : {}),
        ...(dsse ? { payloadType: dsse.payloadType, payload: Buffer.from(dsse.payload) } : {}),
        ...(statement ? { statement } : {}),
    };
}
/**
 * Verifies a bundle (its JSON text) for an artifact; {@link verifySigstoreBundle} with the
 * artifact, an identity policy and thresholds. `policy` undefined is allowed only for
 * key-signed bundles (the key is the identity).
 */
async function verifyBundle(bundleText, artifact, trust, policy, options = {}) {
    const verified = await verifySigstoreBundle(bundleText, trust, {
        signer: policy,
        thresholds: options,
        artifact,
    });
    return {
        identity: verified.identity,
        issuer: verified.issuer,
        sha256: verified.sha256,
        mediaType: verified.mediaType,
        content: verified.content,
    };
}
/**
 * Verifies a DSSE bundle by itself, without an artifact: {@link verifySigstoreBundle} requiring
 * a DSSE envelope of any payload type. What the payload says is the caller's to check, on the
 * returned payload, the only bytes the signature covers.
 */
async function verifyDsseBundle(bundleText, trust, policy, options = {}) {
    const bundle = parseBundle(bundleText);
    if (bundle.content.$case !== 'dsseEnvelope') {
        throw new SignatureVerificationError('the bundle holds a message signature, not a DSSE envelope', 'CONTENT');
    }
    const verified = await verifySigstoreBundle(bundle, trust, {
        signer: policy,
        thresholds: options,
        payloadType: bundle.content.dsseEnvelope.payloadType,
    });
    return {
        identity: verified.identity,
        issuer: verified.issuer,
        mediaType: verified.mediaType,
        payloadType: verified.payloadType,
        payload: verified.payload,
    };
}
/** Reads a bundle file and verifies it for a file; see {@link verifyBundle}. */
async function verify_verifyBundleFile(bundlePath, artifact, trust, policy, options = {}) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(bundlePath, 'utf8');
    }
    catch (error) {
        throw new verify_artifact_SignatureVerificationError(`cannot read bundle ${bundlePath}: ${(0,errors/* messageOf */.bD)(error)}`, 'BUNDLE_MISSING');
    }
    return verifyBundle(text, artifact, trust, policy, options);
}

;// CONCATENATED MODULE: ./.build/core/sigstore/verify-files.js





/** How an identity policy reads in a summary: the exact SAN, or the whole-value pattern. */
function describePolicy(policy) {
    const who = policy.identity !== undefined
        ? `exactly ${policy.identity}`
        : `matching the whole pattern /${wholeMatch(policy.identityRegExp).source}/`;
    return `${who} (issuer exactly ${policy.issuer})`;
}
/**
 * Verifies `<file><suffix>` for every file against one identity policy. Every file gets a
 * result, so a failure report lists all of them. This is the verifier `sigstore-verify` runs
 * and `undraft` reuses.
 */
async function verifyFiles(files, suffix, trust, policy, concurrency = 4, options = {}) {
    return mapBounded(files, concurrency, async (file) => {
        const bundle = file.path + suffix;
        if (!fs.existsSync(bundle)) {
            return { file: file.display, bundle: bundle, ok: false, detail: `no bundle ${file.display}${suffix}` };
        }
        try {
            const result = await verifyBundleFile(bundle, { file: file.path }, trust, policy, options);
            return {
                file: file.display,
                bundle,
                ok: true,
                detail: `signed by ${result.identity} (issuer ${result.issuer}), sha256:${result.sha256}, ${result.content}, ${result.mediaType}`,
                result,
            };
        }
        catch (error) {
            return { file: file.display, bundle, ok: false, detail: messageOf(error) };
        }
    });
}
/** Summary rows for file verifications. */
function verificationRows(results, check = 'signature') {
    return results.map((r) => ({ check: `${check}: ${r.file}`, ok: r.ok, detail: r.detail }));
}

// EXTERNAL MODULE: ./.build/core/sigstore/inputs.js
var sigstore_inputs = __webpack_require__(7758);
;// CONCATENATED MODULE: ./.build/core/sigstore/index.js
/** Sigstore signing and verification shared by sigstore-sign, sigstore-verify, undraft and the CLI. */











;// CONCATENATED MODULE: ./.build/core/sigstore/pool.js
/**
 * Runs `task` over `items` with at most `limit` in flight; results keep the items' order.
 * Every item runs even when some fail (a failure is a result, so all failures get reported).
 */
async function pool_mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ./.build/core/oci/errors.js
var oci_errors = __webpack_require__(1935);
// EXTERNAL MODULE: ./.build/core/oci/media-types.js
var media_types = __webpack_require__(6802);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./.build/core/http/retry.js
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
class TransientFailure extends errors/* BaseError */.Cf {
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
    const sleep = options.sleep ?? promises_.setTimeout;
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

// EXTERNAL MODULE: ./.build/core/http/url.js
var http_url = __webpack_require__(2288);
;// CONCATENATED MODULE: ./.build/core/http/fetch.js
/*
 * One HTTP exchange over `fetch`, for any method, under the shared retry policy (retry.ts):
 * redirects followed by hand with each hop's URL checked, a request timeout that restarts with
 * every body chunk, 5xx/408/429 and broken connections tried again, and the failure worded
 * with its cause. byte-identity's metadata reads and downloads use it; so will the OCI client
 * (HEAD, PUT, POST of manifests and blobs).
 *
 * What is never tried again: an answer (a 404 is a fact), a certificate the TLS layer refused
 * (another try meets the same certificate; retrying only hides the cause for minutes), and a
 * non-idempotent request whose effect nobody re-read.
 */




/** An exchange that failed for good; the message names what was asked for and why. */
class HttpError extends errors/* BaseError */.Cf {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'HttpError';
    }
}
/** Redirects followed at most (a registry's CDN may add one or two). */
const MAX_REDIRECTS = 5;
/**
 * Sends the request, trying again as the policy allows, and hands an answer whose status is
 * not retryable to `read`, which turns it into the value. `read` gets `touch`, to call as body
 * bytes arrive (the request timeout restarts with it, so a large body takes as long as it needs
 * while a silent server is given up on), and may throw a TransientFailure (a body cut short).
 * Errors `read` throws on purpose (a BaseError) end the exchange as they are.
 */
async function exchange(url, options, read) {
    const { what } = options;
    const method = (options.method ?? 'GET').toUpperCase();
    const start = (0,http_url/* checkFetchUrl */.mh)(String(url));
    if (typeof start === 'string')
        throw new HttpError('BAD_URL', `${what}: the URL ${(0,core_quote/* quote */.h)(String(url))} ${start}`);
    const idempotent = isIdempotent(method);
    const timeoutMs = options.http?.timeoutMs ?? 60_000;
    let attempt = 0;
    const tryOnce = async () => {
        attempt++;
        if (attempt > 1 && !idempotent && options.reread) {
            const done = await options.reread();
            if (done !== undefined)
                return done;
        }
        const controller = new AbortController();
        let timer;
        const touch = () => {
            clearTimeout(timer);
            timer = setTimeout(() => controller.abort(new Error(`no answer for ${timeoutMs} ms (request timeout)`)), timeoutMs);
        };
        touch();
        try {
            const response = await follow(start, method, options, controller.signal);
            if (retryableStatus(response.status)) {
                await response.body?.cancel();
                throw new TransientFailure(`HTTP ${response.status}`, retryAfterMs(response));
            }
            return await read(response, touch);
        }
        catch (error) {
            throw classify(error, what, controller.signal);
        }
        finally {
            clearTimeout(timer);
        }
    };
    const guarded = idempotent || options.reread
        ? tryOnce
        : async () => {
            try {
                return await tryOnce();
            }
            catch (error) {
                if (!(error instanceof TransientFailure))
                    throw error;
                throw new HttpError('NOT_RETRIED', `${what} failed (${error.message}); a ${method} is not sent again without re-reading what the first one did`, { cause: error });
            }
        };
    return withRetries(options.http ?? {}, guarded, {
        exhausted: (attempts, last, cause) => new HttpError('RETRIES_EXHAUSTED', `${what} failed after ${attempts} tries (last: ${last})`, { cause }),
        waitTooLong: (last, askedMs, maxMs) => new HttpError('WAIT_TOO_LONG', `${what} failed (${last} asking to wait ${askedMs / 1000} s, over the ${maxMs / 1000} s limit)`),
    });
}
/**
 * The request with redirects followed by hand: `redirect: 'follow'` would accept a hop through
 * plain http, where anyone on the path could send the client on to a host of their choosing, and
 * only the final URL could be checked. A 303 turns the request into a GET, as RFC 9110 §15.4.4
 * says; other redirects keep the method and body.
 */
async function follow(start, method, options, signal) {
    let url = start;
    let current = method;
    for (let hop = 0;; hop++) {
        const headers = { ...options.headers, 'user-agent': 'sealed-release' };
        if (options.authorization !== undefined && url.origin === start.origin)
            headers.authorization = options.authorization;
        const body = current === 'GET' || current === 'HEAD' ? undefined : options.body?.();
        const response = await fetch(url, {
            method: current,
            headers,
            body,
            redirect: 'manual',
            signal,
            // A streamed body needs half-duplex (undici refuses it otherwise).
            ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
        });
        const location = response.headers.get('location');
        if (response.status < 300 || response.status > 399 || location === null)
            return response;
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS)
            throw new HttpError('TOO_MANY_REDIRECTS', `${options.what} redirected more than ${MAX_REDIRECTS} times`);
        const next = (0,http_url/* checkFetchUrl */.mh)(new URL(location, url).href);
        if (typeof next === 'string')
            throw new HttpError('REDIRECT_REFUSED', `${options.what} was redirected to a URL that ${next}`);
        if (response.status === 303 && current !== 'HEAD')
            current = 'GET';
        url = next;
    }
}
/**
 * The error a failed try ends with: the caller's own errors as they are; a timeout in its own
 * words; a refused certificate as a final failure naming its code; any other failure below
 * HTTP (fetch says only "fetch failed") tried again, worded with its causes.
 */
function classify(error, what, signal) {
    if (error instanceof errors/* BaseError */.Cf)
        return error;
    // The abort's reason is the clearest account of a timeout; fetch may wrap it.
    if (signal.aborted)
        return new TransientFailure((0,errors/* messageOf */.bD)(signal.reason), undefined, { cause: error });
    const certificate = certificateFailure(error);
    if (certificate) {
        return new HttpError('TLS_CERTIFICATE', `${what} failed: the server's TLS certificate was refused (${certificate}); not tried again, as another try meets the same certificate. Behind a proxy with its own certificate authority, give the runner its certificate with NODE_EXTRA_CA_CERTS.`, { cause: error });
    }
    return new TransientFailure((0,errors/* messageWithCauses */.OM)(error), undefined, { cause: error });
}
/**
 * The certificate errors Node reports from OpenSSL's verification, by `code` (Node's tls
 * documentation, "X509 certificate error codes"), and the host-name check's own code.
 */
const CERTIFICATE_CODES = new Set([
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_CRL',
    'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
    'UNABLE_TO_DECRYPT_CRL_SIGNATURE',
    'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
    'CERT_SIGNATURE_FAILURE',
    'CRL_SIGNATURE_FAILURE',
    'CERT_NOT_YET_VALID',
    'CERT_HAS_EXPIRED',
    'CRL_NOT_YET_VALID',
    'CRL_HAS_EXPIRED',
    'ERROR_IN_CERT_NOT_BEFORE_FIELD',
    'ERROR_IN_CERT_NOT_AFTER_FIELD',
    'ERROR_IN_CRL_LAST_UPDATE_FIELD',
    'ERROR_IN_CRL_NEXT_UPDATE_FIELD',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_CHAIN_TOO_LONG',
    'CERT_REVOKED',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
    'INVALID_PURPOSE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** `message (CODE)` of a certificate error in the cause chain, or undefined when there is none. */
function certificateFailure(error) {
    for (const link of (0,errors/* causeChain */.DD)(error)) {
        const code = link?.code;
        if (typeof code === 'string' && CERTIFICATE_CODES.has(code)) {
            // Node adds advice about its own flags to some messages; the code and the first clause are the fact.
            // Read as a plain property: fetch's errors come from Node's realm, which may not be the caller's.
            const text = link.message;
            const message = (typeof text === 'string' ? text : String(link)).split(';')[0];
            return `${message} (${code})`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/core/oci/auth.js
/*
 * The registry's own authentication, as the distribution spec and Docker's token specification
 * (distribution `docs/spec/auth/token.md`) describe it: a request without credentials is answered
 * 401 with `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or `Basic realm="…"`); the
 * client asks the realm for a token (`GET realm?service=…&scope=…`, with the user's Basic
 * credentials when there are any, anonymously otherwise) and sends `Authorization: Bearer <token>`.
 * The token answer holds `token` or `access_token` (both named there). Tokens are kept per scope,
 * and one that is answered 401 is asked for again once before the failure is the user's.
 */




/**
 * The challenges of a `WWW-Authenticate` header (RFC 9110 §11.6.1: `scheme` then comma-separated
 * `name=value` parameters, values a token or a quoted string, which may hold commas: `scope=
 * "repository:a:pull,push"`). A header may hold several challenges; a word not followed by `=`
 * starts the next one.
 */
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const skip = (pattern) => {
        while (i < header.length && pattern.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < header.length && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < header.length) {
        skip(/[\s,]/);
        const word = token();
        if (!word) {
            i++;
            continue;
        }
        skip(/\s/);
        if (header[i] === '=' && current) {
            i++;
            skip(/\s/);
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < header.length && header[i] !== '"') {
                    if (header[i] === '\\')
                        i++;
                    value += header[i++] ?? '';
                }
                i++;
            }
            else {
                value = token();
            }
            current.params[word.toLowerCase()] = value;
        }
        else {
            current = { scheme: word.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
/** The scope of a repository for an access (Docker's token spec, "Requesting a Token"). */
function repositoryScope(repository, push) {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}
/**
 * Holds the tokens of one registry: `header(scopes)` gives the `Authorization` header known for
 * those scopes (none at first: the registry says what it wants), `answer(challenge, scopes)`
 * obtains one after a 401, `forget(scopes)` drops one the registry refused.
 */
class RegistryAuth {
    registry;
    credentials;
    http;
    tokens = new Map();
    /** Token requests made (the request counts of a push or a read include them). */
    tokenRequests = 0;
    constructor(registry, credentials, http) {
        this.registry = registry;
        this.credentials = credentials;
        this.http = http;
    }
    header(scopes) {
        return this.tokens.get(scopes.join(' '));
    }
    forget(scopes) {
        this.tokens.delete(scopes.join(' '));
    }
    /**
     * Obtains the `Authorization` header a 401's `WWW-Authenticate` asks for. Returns undefined
     * when the challenge is Basic and no credentials were given (the user's to fix: the caller
     * turns the 401 into the known failure).
     */
    async answer(wwwAuthenticate, scopes) {
        const challenges = parseChallenges(wwwAuthenticate ?? '');
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const basic = challenges.find((c) => c.scheme === 'basic');
        const key = scopes.join(' ');
        if (bearer) {
            const value = `Bearer ${await this.token(bearer, scopes)}`;
            this.tokens.set(key, value);
            return value;
        }
        if (basic) {
            if (!this.credentials)
                return undefined;
            const { username, password } = this.credentials;
            const value = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
            this.tokens.set(key, value);
            return value;
        }
        throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} answered 401 with ${wwwAuthenticate === null ? 'no WWW-Authenticate header' : `the challenge ${(0,core_quote/* quote */.h)(wwwAuthenticate)}`}; expected Bearer realm="…" or Basic`);
    }
    /** Asks the challenge's realm for a token covering `scopes` (and the challenge's own scope). */
    async token(challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} sent a Bearer challenge without a realm`);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${this.registry} sent a Bearer realm that is not a URL: ${(0,core_quote/* quote */.h)(realm)}`);
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        const wanted = new Set(scopes);
        if (challenge.params.scope)
            for (const s of challenge.params.scope.split(' '))
                if (s)
                    wanted.add(s);
        for (const scope of wanted)
            url.searchParams.append('scope', scope);
        const authorization = this.credentials
            ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
            : undefined;
        this.tokenRequests++;
        const what = `the token for ${[...wanted].join(' ')} from ${url.origin}`;
        return exchange(url, { what, authorization, http: this.http }, async (response) => {
            const text = await response.text();
            if (response.status === 401 || response.status === 403) {
                throw new TokenRefused(response.status);
            }
            if (response.status !== 200)
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the token server answered ${response.status} ${(0,core_quote/* quote */.h)(text)}`);
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${what}: the answer is not JSON: ${(0,core_quote/* quote */.h)(text)}`);
            }
            const { token, access_token: accessToken } = (body ?? {});
            const value = typeof token === 'string' && token ? token : accessToken;
            if (typeof value !== 'string' || !value || /[\s]/.test(value))
                throw new oci_errors/* OciError */.M('BAD_CHALLENGE', `${what}: the answer holds no token`);
            return value;
        });
    }
}
/** The token server refused the credentials (401/403): the client ends it as the known failure. */
class TokenRefused extends oci_errors/* OciError */.M {
    status;
    constructor(status) {
        super('BAD_CHALLENGE', `the token server answered ${status}`);
        this.status = status;
        this.name = 'TokenRefused';
    }
}
/**
 * The credentials for a registry, as the contract's "Container images" section sets them: the
 * `registry-username` / `registry-password` inputs when given (both, or a configuration error
 * naming them); for `ghcr.io` otherwise the workflow's actor and token (`github.actor`,
 * `github-token`; pushing needs `packages: write`); anonymous elsewhere.
 */
function registryCredentials(registry, given, github = {}) {
    const username = given.username?.trim() ? given.username : undefined;
    const password = given.password ? given.password : undefined;
    if ((username === undefined) !== (password === undefined))
        throw new errors/* ConfigurationError */.j1(`registry-username and registry-password go together: ${username === undefined ? 'registry-password' : 'registry-username'} is set and ${username === undefined ? 'registry-username' : 'registry-password'} is not`);
    if (username !== undefined && password !== undefined)
        return { username, password };
    if (registry === 'ghcr.io' && github.actor && github.token)
        return { username: github.actor, password: github.token };
    return undefined;
}

// EXTERNAL MODULE: ./.build/core/oci/reference.js
var oci_reference = __webpack_require__(6359);
;// CONCATENATED MODULE: ./.build/core/oci/transport.js
/*
 * The transport of the OCI client: one request to a registry over the project's one HTTP layer
 * (`exchange`: its retry policy, the https-or-loopback rule, redirects checked hop by hop),
 * authenticated by the registry's own challenge (auth.ts), its body read whole up to a limit.
 * The registry's token goes to the registry's own origin only: an upload `Location` or a `Link`
 * on another host never sees it.
 */






/** Largest manifest read: the distribution spec says registries SHOULD accept at least 4 MiB. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest blob read into memory (configs, layers of bundles and SBOMs; never image layers). */
const MAX_BLOB_BYTES = 64 * 1024 * 1024;
/** Tags asked for per page (`n`); a registry may send fewer, or ignore it and send all. */
const TAG_PAGE = 1000;
/**
 * Requests to one registry; tokens are kept per scope. The OCI client (client.ts) and the
 * referrers (referrers.ts) speak through it.
 */
class RegistryTransport {
    registry;
    baseUrl;
    /** Requests sent to the registry, a retried one counted once (token requests: `auth.tokenRequests`). */
    requests = 0;
    auth;
    http;
    credentialInputs;
    constructor(options) {
        this.registry = options.registry;
        this.baseUrl = (options.baseUrl ?? (0,oci_reference/* registryBaseUrl */.mO)(options.registry)).replace(/\/+$/, '');
        this.http = options.http;
        this.credentialInputs = options.credentialInputs ?? ['registry-username', 'registry-password'];
        this.auth = new RegistryAuth(options.registry, options.credentials, options.http);
    }
    /**
     * Sends a request with the token known for its scope; on a 401 obtains one from the challenge
     * and sends it once more; a second 401, or a 403, is the user's credentials (the known failure
     * that names the credential inputs).
     */
    async send(request) {
        const scopes = [repositoryScope(request.repository, request.push ?? false)];
        if (request.from)
            scopes.push(repositoryScope(request.from, false));
        for (let round = 0;; round++) {
            const answer = await this.once(request, this.auth.header(scopes));
            if (answer.status === 403)
                throw this.refused(request, 403);
            if (answer.status !== 401)
                return answer;
            if (round > 0)
                throw this.refused(request, 401);
            this.auth.forget(scopes);
            let header;
            try {
                header = await this.auth.answer(answer.headers.get('www-authenticate'), scopes);
            }
            catch (error) {
                if (error instanceof TokenRefused)
                    throw this.refused(request, error.status, error);
                throw error;
            }
            if (header === undefined)
                throw this.refused(request, 401);
        }
    }
    refused(request, status, cause) {
        return registryAuthFailure(`${request.what} (${this.registry}/${request.repository})`, status, this.credentialInputs, cause);
    }
    async once(request, authorization) {
        const url = /^https?:\/\//.test(request.path) ? request.path : `${this.baseUrl}${request.path}`;
        const sameOrigin = URL.canParse(url) && new URL(url).origin === new URL(this.baseUrl).origin;
        const limit = request.limit ?? MAX_MANIFEST_BYTES;
        const body = request.body;
        this.requests++;
        return exchange(url, {
            what: request.what,
            method: request.method,
            headers: request.headers,
            authorization: sameOrigin ? authorization : undefined,
            http: this.http,
            body: body === undefined ? undefined : () => new Uint8Array(body),
            // A POST opens an upload session; a lost answer leaves only an unused session behind, so
            // sending it again has no effect anyone can see.
            reread: request.method === 'POST' ? async () => undefined : undefined,
        }, async (response, touch) => ({
            status: response.status,
            headers: response.headers,
            body: await readBounded(response, limit, touch, request.what),
        }));
    }
}
/** Reads a body chunk by chunk, refusing one over `limit` bytes. */
async function readBounded(response, limit, touch, what) {
    const chunks = [];
    let size = 0;
    if (!response.body)
        return Buffer.alloc(0);
    for await (const chunk of response.body) {
        touch();
        size += chunk.length;
        if (size > limit) {
            await response.body.cancel().catch(() => { });
            throw new oci_errors/* OciError */.M('TOO_LARGE', `${what}: the answer is over ${limit} bytes`);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/** A `Docker-Content-Digest` that names another digest than the bytes sent: the registry stored something else. */
function checkAnnounced(answer, digest, what) {
    const announced = answer.headers.get('docker-content-digest');
    if (announced !== null && announced !== digest)
        throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `${what}: the registry answered with the digest ${(0,core_quote/* quote */.h)(announced)}, not ${digest} (the sha256 of the bytes sent)`);
}
function unexpected(what, answer) {
    return new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the registry answered ${answer.status} ${(0,core_quote/* quote */.h)(answer.body.toString('utf8'))}`);
}
/** A JSON object from a body, or `BAD_ANSWER` naming what it was. */
function parseJson(body, what) {
    let value;
    try {
        value = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the answer is not JSON: ${(0,core_quote/* quote */.h)(body.toString('utf8'))}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the answer is not a JSON object`);
    return value;
}
/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the page's URL. */
function nextLink(header, base, what) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (!match)
            continue;
        if (!/;\s*rel="?next"?(?:\s|;|$)/i.test(match[2]))
            continue;
        try {
            return new URL(match[1], base).href;
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the next Link ${(0,core_quote/* quote */.h)(match[1])} is not a URL`);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/core/oci/referrers.js
/*
 * Referrers: the manifests whose `subject` is a digest (signatures, attestations). Found through
 * the referrers API (`GET /v2/<name>/referrers/<digest>`, distribution-spec v1.1 "Listing
 * Referrers"), and where a registry has none (distribution 2.8 answers 404, GHCR too) through the
 * fallback tag index: an OCI index under the tag `<alg>-<ref>` (distribution-spec "Referrers Tag
 * Schema": the algorithm and the encoded digest joined by `-`, cut to 32 and 64 characters),
 * whose `manifests` are the referrers' descriptors with their `artifactType` and `annotations`.
 * Writers update that index by read-modify-write, conditional on the `ETag` read (`If-Match`, as
 * `@sigstore/oci` does), so a registry that honours it refuses a write over a newer index; where
 * it is ignored (distribution 2.8) two writers can replace each other's entry, so each re-reads
 * after writing and writes again until its entry is there.
 */






/** The fallback tag of a subject digest (`sha256:<hex>` → `sha256-<hex>`). */
function referrersTag(subject) {
    const [algorithm, encoded] = subject.split(':');
    return `${algorithm.slice(0, 32)}-${encoded.slice(0, 64)}`;
}
/**
 * The referrers of `subject`, from the API when the registry has it, else from the fallback tag
 * index. `artifactType` filters them (on our side too: a registry may ignore the filter, and
 * says whether it applied it in `OCI-Filters-Applied`).
 */
async function listReferrers(client, repository, subject, artifactType) {
    const what = `the referrers of ${client.registry}/${repository}@${subject}`;
    (0,oci_reference/* checkTarget */.e$)(repository);
    if (!media_types/* SHA256_DIGEST */.fu.test(subject))
        throw new oci_errors/* OciError */.M('BAD_REFERENCE', `${what}: the subject is not sha256:<64 lowercase hex>`);
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let next = `${client.baseUrl}/v2/${repository}/referrers/${subject}${query}`;
    const descriptors = [];
    const visited = new Set();
    let api = true;
    while (next !== undefined) {
        if (visited.has(next))
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the pages lead back to a page already read`);
        visited.add(next);
        const answer = await client.send({ method: 'GET', path: next, repository, what });
        // 404 is a registry without the API (distribution 2.8: Go's plain-text 404). A first answer
        // that is not an OCI index is no API either: GHCR answers some of these with a 303 to a page
        // that is not one (TOOLCHAIN.md, measured). Only an index counts, as @sigstore/oci counts
        // only a 200 to its probe.
        const type = answer.headers.get('content-type')?.split(';')[0].trim();
        if (visited.size === 1 && (answer.status === 404 || (answer.status === 200 && type !== media_types/* OCI_INDEX */.$p))) {
            api = false;
            break;
        }
        if (answer.status === 200 && type !== media_types/* OCI_INDEX */.$p)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: a later page is ${(0,core_quote/* quote */.h)(type ?? 'untyped')}, not an OCI index`);
        if (answer.status !== 200)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the registry answered ${answer.status}`);
        descriptors.push(...indexDescriptors(parseJson(answer.body, what), what));
        next = nextLink(answer.headers.get('link'), next, what);
    }
    if (api)
        return { source: 'api', descriptors: filter(descriptors, artifactType) };
    const index = await client.getManifest(repository, referrersTag(subject));
    if (!index)
        return { source: 'none', descriptors: [] };
    return { source: 'tag', descriptors: filter(indexDescriptors(index.json, what), artifactType) };
}
function filter(descriptors, artifactType) {
    return artifactType ? descriptors.filter((d) => d.artifactType === artifactType) : descriptors;
}
/** The `manifests` of an index, each checked to be a descriptor. */
function indexDescriptors(index, what) {
    const manifests = index.manifests ?? [];
    if (!Array.isArray(manifests))
        throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: "manifests" is not a list`);
    return manifests.map((m, i) => {
        const d = m;
        if (!d ||
            typeof d.mediaType !== 'string' ||
            typeof d.digest !== 'string' ||
            !media_types/* SHA256_DIGEST */.fu.test(d.digest) ||
            typeof d.size !== 'number')
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: manifests[${i}] is not a descriptor with mediaType, a sha256 digest and size`);
        return d;
    });
}
/**
 * Attaches a referrer manifest (with `subject` = `subject`): pushes it by digest; when the
 * registry does not answer `OCI-Subject` (no referrers API), adds its descriptor to the fallback
 * tag index by read-modify-write and re-reads the index until the descriptor is there (after a
 * short wait, so a writer that read before our write has had its turn), at most `tries` times.
 */
async function attachReferrer(client, repository, subject, manifest, options = {}) {
    const json = parseJson(Buffer.from(manifest.bytes), 'the referrer manifest');
    const named = json.subject?.digest;
    if (named !== subject)
        throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `the referrer manifest's subject is ${(0,core_quote/* quote */.h)(named)}, not ${subject}`);
    const digest = (0,media_types/* sha256Digest */.sI)(manifest.bytes);
    const put = await client.putManifest(repository, digest, manifest.bytes, manifest.mediaType);
    if (put.subject === subject)
        return { digest, via: 'api', indexWrites: 0 };
    const descriptor = { mediaType: manifest.mediaType, digest, size: manifest.bytes.length };
    const artifactType = json.artifactType ?? json.config?.mediaType;
    if (typeof artifactType === 'string')
        descriptor.artifactType = artifactType;
    if (json.annotations && typeof json.annotations === 'object')
        descriptor.annotations = json.annotations;
    const tag = referrersTag(subject);
    const tries = options.tries ?? 5;
    const settleMs = options.settleMs ?? 200;
    let writes = 0;
    for (let attempt = 0; attempt < tries; attempt++) {
        const current = await client.getManifest(repository, tag);
        const held = current ? indexDescriptors(current.json, `the referrers index ${tag}`) : [];
        if (!held.some((d) => d.digest === digest)) {
            // The index as read, with ours added; entries and fields we do not know are kept as they are.
            const index = current
                ? { ...current.json }
                : { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: [] };
            index.manifests = [...(index.manifests ?? []), descriptor];
            try {
                await client.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), media_types/* OCI_INDEX */.$p, {
                    ifMatch: current?.etag,
                });
            }
            catch (error) {
                // Another writer got there first: read its index and add ours to it.
                if (error instanceof oci_errors/* OciError */.M && error.code === 'CONFLICT')
                    continue;
                throw error;
            }
            writes++;
        }
        await (0,promises_.setTimeout)(settleMs * (1 + Math.random()));
        const after = await client.getManifest(repository, tag);
        if (after && indexDescriptors(after.json, `the referrers index ${tag}`).some((d) => d.digest === digest))
            return { digest, via: 'tag', indexWrites: writes };
    }
    throw new oci_errors/* OciError */.M('REFERRER_LOST', `the referrers index ${client.registry}/${repository}:${tag} lost ${digest} after ${tries} writes; other writers keep replacing it`);
}

;// CONCATENATED MODULE: ./.build/core/oci/bundle-referrer.js



/** The media type of a v0.3 Sigstore bundle, and the referrer's `artifactType`. */
const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The empty JSON blob of the image spec's "Guidance for an Empty Descriptor". */
const EMPTY_JSON = Buffer.from('{}');
/** The referrer manifest's exact bytes. */
function bundleReferrer(input) {
    if (!media_types/* SHA256_DIGEST */.fu.test(input.subject.digest))
        throw new oci_errors/* OciError */.M('BAD_REFERENCE', `the bundle's subject ${input.subject.digest} is not a sha256 digest`);
    const type = input.bundleMediaType ?? SIGSTORE_BUNDLE_V03;
    const annotations = {
        'dev.sigstore.bundle.content': input.content,
        'dev.sigstore.bundle.predicateType': input.predicateType,
    };
    if (input.created !== undefined)
        annotations['org.opencontainers.image.created'] = input.created;
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* OCI_MANIFEST */.EG,
        artifactType: type,
        config: { mediaType: media_types/* OCI_EMPTY_CONFIG */.Vt, digest: (0,media_types/* sha256Digest */.sI)(EMPTY_JSON), size: EMPTY_JSON.length },
        layers: [{ mediaType: type, digest: (0,media_types/* sha256Digest */.sI)(input.bundle), size: input.bundle.length }],
        subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
        annotations,
    };
    return { bytes: Buffer.from(JSON.stringify(manifest)), mediaType: media_types/* OCI_MANIFEST */.EG };
}
/**
 * Pushes the bundle and the empty config as blobs, then attaches the referrer manifest (through
 * the referrers API, or the fallback tag index, re-read until it holds it).
 */
async function attachBundle(client, repository, input, options = {}) {
    await client.pushBlob(repository, EMPTY_JSON);
    await client.pushBlob(repository, input.bundle);
    return attachReferrer(client, repository, input.subject.digest, bundleReferrer(input), options);
}

;// CONCATENATED MODULE: ./.build/core/image/predicate-types.js
/*
 * The in-toto predicate types an image's evidence carries, one list for the writers
 * (attest-image.ts, attest-sbom.ts) and the reader (evidence-predicates.ts), so what we attach is
 * what we look for (the contract's "Container images"):
 * - a signature: `https://sigstore.dev/cosign/sign/v1` with predicate `{}`, the statement cosign v3
 *   signs for an image (cosign `pkg/types/predicate.go`, `signDigestBundle` in `cmd/cosign/cli/sign/sign.go`);
 * - an SBOM: `https://spdx.dev/Document/v<the document's own version>` (actions/attest-sbom; cosign
 *   `attest --type spdxjson` writes it without the version) and `https://cyclonedx.org/bom`
 *   (in-toto attestation `spec/predicates/spdx.md` and `cyclonedx.md`).
 */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const CYCLONEDX_BOM_PREDICATE = 'https://cyclonedx.org/bom';
/** An SPDX document's predicate type, with or without its version. */
const SPDX_DOCUMENT_PREDICATE = /^https:\/\/spdx\.dev\/Document(?:\/v(\d+\.\d+))?$/;
/** The SPDX predicate type of a document of `spdxVersion` (`SPDX-2.3` → `…/Document/v2.3`). */
function spdxPredicateType(spdxVersion) {
    return `https://spdx.dev/Document/v${spdxVersion.replace(/^SPDX-/, '')}`;
}

;// CONCATENATED MODULE: ./.build/core/image/attest-image.js








/**
 * The predicate type of a cosign v3 image signature (cosign `pkg/types/predicate.go`
 * CosignSignPredicateType). cosign v3's `signDigestBundle` (cmd/cosign/cli/sign/sign.go) signs an
 * in-toto v1 statement of this type whose predicate is the empty object and whose one subject is
 * the digest (cosign writes no subject name; we add the image's, as actions/attest does).
 */

/** The annotation of a bundle referrer that names its predicate type (read by cosign and `gh`). */
const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/**
 * Why an image could not be attested:
 * - `UNKNOWN_DIGEST`: the registry has no manifest under the digest (nothing was signed or written);
 * - `STATEMENT_MISMATCH`: the freshly signed bundle verifies but does not carry the statement built
 *   here (nothing was attached).
 */
class ImageAttestationError extends errors/* BaseError */.Cf {
}
/** The in-toto v1 statement of an image: one subject, the image's name and digest. */
function imageStatement(image, predicate) {
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: `${image.registry}/${image.repository}`, digest: { sha256: image.digest.slice(7) } }],
        predicateType: predicate.type,
        predicate: predicate.predicate,
    };
}
/**
 * Signs (or keeps) one statement about `image` and attaches its bundle as a referrer. `signer` is
 * the identity the run's certificate names (exact SAN and issuer): a bundle is attached only
 * after it verified for it.
 */
async function attestImage(image, predicate, signer, clients, options = {}) {
    const name = (0,oci_reference/* formatReference */.FH)(image);
    const { registry } = clients;
    const subject = await registry.getManifest(image.repository, image.digest);
    if (!subject)
        throw new ImageAttestationError('UNKNOWN_DIGEST', `${name}: the registry has no manifest under this digest; nothing was signed or written (push the image first, and give the digest it reported)`);
    const descriptor = { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length };
    const payload = Buffer.from(JSON.stringify(imageStatement(image, predicate)));
    const sha256 = Buffer.from(image.digest.slice(7), 'hex');
    const trust = await clients.trust();
    const verify = async (text) => {
        const verified = await verifySigstoreBundle(text, trust.material, {
            signer,
            payloadType: IN_TOTO_PAYLOAD_TYPE,
            artifact: { sha256 },
        });
        // The signed bytes are exactly the statement built here: its one subject (name and digest),
        // predicate type and predicate, compared as bytes, not as a library's "match".
        if (!verified.payload?.equals(payload))
            throw new ImageAttestationError('STATEMENT_MISMATCH', `${name}: the bundle verifies but does not carry the statement built for this image`);
        return verified.identity;
    };
    const kept = await findKept(registry, image, predicate.type, verify);
    if (kept)
        return { image: name, ...kept, state: 'kept' };
    const bundle = await clients.signDsse(payload, IN_TOTO_PAYLOAD_TYPE);
    const text = JSON.stringify(bundle);
    const identity = await verify(text);
    const bytes = Buffer.from(text);
    const attached = await attachBundle(registry, image.repository, { subject: descriptor, bundle: bytes, content: 'dsse-envelope', predicateType: predicate.type }, { settleMs: options.settleMs });
    return {
        image: name,
        bundleDigest: (0,media_types/* sha256Digest */.sI)(bytes),
        referrerDigest: attached.digest,
        via: attached.via,
        state: 'attached',
        bundle,
        identity,
    };
}
/**
 * A referrer of `image` already holding a bundle of this predicate type that verifies for the
 * signer and carries exactly the statement: the first one found, or undefined. Referrers that are
 * not ours (another signer, another statement, unreadable) are left alone: they are not this
 * run's to judge, and another referrer never stands in for ours.
 */
async function findKept(registry, image, predicateType, verify) {
    const found = await listReferrers(registry, image.repository, image.digest, SIGSTORE_BUNDLE_V03);
    if (found.source === 'none')
        return undefined;
    for (const descriptor of found.descriptors) {
        if (descriptor.annotations?.[PREDICATE_ANNOTATION] !== predicateType)
            continue;
        // Registry reads fail the run (a registry that refuses us or lies is not "someone else's
        // referrer"); only a referrer that is gone meanwhile is passed over.
        const manifest = await registry.getManifest(image.repository, descriptor.digest);
        if (!manifest)
            continue;
        const layers = manifest.json.layers;
        const subject = manifest.json.subject?.digest;
        if (subject !== image.digest || !Array.isArray(layers) || layers.length !== 1)
            continue;
        const layer = layers[0];
        if (layer.mediaType !== SIGSTORE_BUNDLE_V03 ||
            typeof layer.digest !== 'string' ||
            !media_types/* SHA256_DIGEST */.fu.test(layer.digest))
            continue;
        let bytes;
        try {
            bytes = await registry.getBlob(image.repository, layer.digest);
        }
        catch (error) {
            if (error instanceof oci_errors/* OciError */.M && error.code === 'NOT_FOUND')
                continue;
            throw error;
        }
        const text = bytes.toString('utf8');
        let identity;
        try {
            identity = await verify(text);
        }
        catch {
            // Another signer's, another statement, or not a bundle: not ours, left alone.
            continue;
        }
        return {
            bundleDigest: layer.digest,
            referrerDigest: descriptor.digest,
            via: found.source,
            bundle: JSON.parse(text),
            identity,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/core/oci/client.js
/*
 * An OCI distribution client (distribution-spec `spec.md`, "Pull", "Push", "Content Discovery")
 * over the project's one HTTP layer: every request goes through `exchange` (its retry policy,
 * the https-or-loopback rule, redirects checked hop by hop), authenticated by the registry's own
 * challenge (auth.ts). Bytes stay as the registry served them: a manifest is hashed as received
 * and written as given, never re-serialised, so tag and digest stay one. `Docker-Content-Digest`
 * is never trusted: a digest is always the sha256 of the bytes in hand.
 */





/** The client of one registry: manifests, blobs and tags. Its methods take the repository. */
class OciClient extends RegistryTransport {
    /** Where `what` was, for messages; refuses a repository or reference outside the grammar first. */
    where(repository, reference) {
        (0,oci_reference/* checkTarget */.e$)(repository, reference);
        return `${this.registry}/${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
    }
    /**
     * The manifest under a digest or a tag, with all four manifest types in `Accept`. By digest the
     * body's sha256 must be the digest asked for; by tag the digest is the body's sha256. Returns
     * undefined on 404.
     */
    async getManifest(repository, reference) {
        const where = this.where(repository, reference);
        const answer = await this.send({
            method: 'GET',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            headers: { accept: media_types/* MANIFEST_TYPES */._P.join(', ') },
            what: `the manifest ${where}`,
        });
        if (answer.status === 404)
            return undefined;
        if (answer.status !== 200)
            throw unexpected(`the manifest ${where}`, answer);
        const digest = (0,media_types/* sha256Digest */.sI)(answer.body);
        if (reference.startsWith('sha256:') && digest !== reference)
            throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `the manifest ${where}: the registry served bytes whose sha256 is ${digest}, not the digest asked for`);
        let json;
        try {
            json = JSON.parse(answer.body.toString('utf8'));
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} is not JSON: ${(0,core_quote/* quote */.h)(answer.body.toString('utf8'))}`);
        }
        if (json === null || typeof json !== 'object' || Array.isArray(json))
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} is not a JSON object`);
        const body = json;
        const header = answer.headers.get('content-type')?.split(';')[0].trim();
        const mediaType = header && media_types/* MANIFEST_TYPES */._P.includes(header) ? header : body.mediaType;
        if (typeof mediaType !== 'string' || !media_types/* MANIFEST_TYPES */._P.includes(mediaType))
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} has the media type ${(0,core_quote/* quote */.h)(header ?? mediaType)}, none of ${media_types/* MANIFEST_TYPES */._P.join(', ')}`);
        // The body's own mediaType must agree with what it was served as: an index served as a
        // single manifest (or the reverse) would be read with the wrong rules.
        if (body.mediaType !== undefined && body.mediaType !== mediaType)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `the manifest ${where} was served as ${(0,core_quote/* quote */.h)(mediaType)} but its mediaType is ${(0,core_quote/* quote */.h)(body.mediaType)}`);
        const etag = answer.headers.get('etag') ?? undefined;
        return { digest, mediaType, bytes: answer.body, json: body, ...(etag === undefined ? {} : { etag }) };
    }
    /** Like getManifest, but a missing manifest is a `NOT_FOUND` failure. */
    async requireManifest(repository, reference) {
        const manifest = await this.getManifest(repository, reference);
        if (!manifest)
            throw new oci_errors/* OciError */.M('NOT_FOUND', `the manifest ${this.where(repository, reference)} does not exist`);
        return manifest;
    }
    /**
     * Whether a manifest exists (HEAD). Only existence and size are returned: the digest a HEAD
     * announces (`Docker-Content-Digest`) cannot be checked without the bytes, so it is not used.
     */
    async hasManifest(repository, reference) {
        const where = this.where(repository, reference);
        const answer = await this.send({
            method: 'HEAD',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            headers: { accept: media_types/* MANIFEST_TYPES */._P.join(', ') },
            what: `the manifest ${where}`,
        });
        if (answer.status === 404)
            return false;
        if (answer.status === 200)
            return true;
        throw unexpected(`the manifest ${where}`, answer);
    }
    /**
     * Writes `bytes` exactly under a tag or a digest and returns their sha256. Under a digest it
     * must be the bytes' own; a `Docker-Content-Digest` in the answer must name it too (a registry
     * that stored something else says so there). Returns the answer's `OCI-Subject` header, which a
     * registry with the referrers API sends for a manifest with a `subject` (distribution-spec,
     * "Pushing Manifests with Subject"). With `ifMatch` (the `ETag` of the manifest read) the
     * write is conditional: a registry that honours `If-Match` answers 412 when the tag moved since,
     * which is a `CONFLICT` (distribution 2.8 ignores the header and writes).
     */
    async putManifest(repository, reference, bytes, mediaType, options = {}) {
        const digest = (0,media_types/* sha256Digest */.sI)(bytes);
        const where = this.where(repository, reference);
        if (reference.startsWith('sha256:') && reference !== digest)
            throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `the manifest for ${where} hashes to ${digest}, not to the digest it is written under`);
        if (!media_types/* MANIFEST_TYPES */._P.includes(mediaType))
            throw new oci_errors/* OciError */.M('BAD_MANIFEST', `the manifest for ${where} has the media type ${(0,core_quote/* quote */.h)(mediaType)}, none of ${media_types/* MANIFEST_TYPES */._P.join(', ')}`);
        let declared;
        try {
            declared = JSON.parse(Buffer.from(bytes).toString('utf8'))
                ?.mediaType;
        }
        catch {
            throw new oci_errors/* OciError */.M('BAD_MANIFEST', `the manifest for ${where} is not JSON`);
        }
        if (declared !== undefined && declared !== mediaType)
            throw new oci_errors/* OciError */.M('BAD_MANIFEST', `the manifest for ${where} declares the mediaType ${(0,core_quote/* quote */.h)(declared)} but would be written as ${(0,core_quote/* quote */.h)(mediaType)}`);
        const answer = await this.send({
            method: 'PUT',
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            push: true,
            headers: { 'content-type': mediaType, ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
            body: Buffer.from(bytes),
            what: `writing the manifest ${where}`,
        });
        if (answer.status === 412)
            throw new oci_errors/* OciError */.M('CONFLICT', `writing the manifest ${where}: it changed since it was read (412)`);
        if (answer.status !== 201 && answer.status !== 200)
            throw unexpected(`writing the manifest ${where}`, answer);
        checkAnnounced(answer, digest, `writing the manifest ${where}`);
        return { digest, subject: answer.headers.get('oci-subject') ?? undefined };
    }
    /** Whether a blob exists (HEAD; existence only, as for manifests). */
    async hasBlob(repository, digest) {
        const where = this.where(repository, digest);
        const answer = await this.send({
            method: 'HEAD',
            path: `/v2/${repository}/blobs/${digest}`,
            repository,
            what: `the blob ${where}`,
        });
        if (answer.status === 404)
            return false;
        if (answer.status === 200)
            return true;
        throw unexpected(`the blob ${where}`, answer);
    }
    /** A blob's bytes, whose sha256 must be `digest`. */
    async getBlob(repository, digest, limit = MAX_BLOB_BYTES) {
        const where = this.where(repository, digest);
        const answer = await this.send({
            method: 'GET',
            path: `/v2/${repository}/blobs/${digest}`,
            repository,
            limit,
            what: `the blob ${where}`,
        });
        if (answer.status === 404)
            throw new oci_errors/* OciError */.M('NOT_FOUND', `the blob ${where} does not exist`);
        if (answer.status !== 200)
            throw unexpected(`the blob ${where}`, answer);
        const got = (0,media_types/* sha256Digest */.sI)(answer.body);
        if (got !== digest)
            throw new oci_errors/* OciError */.M('DIGEST_MISMATCH', `the blob ${where}: the registry served bytes whose sha256 is ${got}, not the digest asked for`);
        return answer.body;
    }
    /**
     * Puts a blob unless it is already there: a cross-repository mount from `mountFrom` when given
     * (201: mounted; 202: the registry opened an upload instead, which is used), otherwise a
     * monolithic upload (POST, then PUT `?digest=` with the bytes). Returns its digest and whether
     * bytes were sent.
     */
    async pushBlob(repository, bytes, options = {}) {
        const digest = (0,media_types/* sha256Digest */.sI)(bytes);
        const where = this.where(repository, digest);
        if (options.mountFrom !== undefined)
            (0,oci_reference/* checkTarget */.e$)(options.mountFrom);
        if (await this.hasBlob(repository, digest))
            return { digest, uploaded: false, mounted: false };
        const query = options.mountFrom ? `?mount=${digest}&from=${encodeURIComponent(options.mountFrom)}` : '';
        const opened = await this.send({
            method: 'POST',
            path: `/v2/${repository}/blobs/uploads/${query}`,
            repository,
            push: true,
            from: options.mountFrom,
            headers: { 'content-length': '0' },
            what: `opening the upload of ${where}`,
        });
        if (opened.status === 201) {
            checkAnnounced(opened, digest, `mounting ${where}`);
            return { digest, uploaded: false, mounted: true };
        }
        if (opened.status !== 202)
            throw unexpected(`opening the upload of ${where}`, opened);
        const location = opened.headers.get('location');
        if (!location)
            throw new oci_errors/* OciError */.M('BAD_ANSWER', `opening the upload of ${where}: the registry sent no Location`);
        const target = new URL(location, `${this.baseUrl}/`);
        target.searchParams.set('digest', digest);
        const put = await this.send({
            method: 'PUT',
            path: target.href,
            repository,
            push: true,
            headers: { 'content-type': 'application/octet-stream' },
            body: Buffer.from(bytes),
            what: `uploading ${where}`,
        });
        // A PUT whose answer was lost and that was sent again finds its session closed (404): the
        // blob is there if the first one took effect.
        if (put.status === 404 && (await this.hasBlob(repository, digest)))
            return { digest, uploaded: true, mounted: false };
        if (put.status !== 201)
            throw unexpected(`uploading ${where}`, put);
        checkAnnounced(put, digest, `uploading ${where}`);
        return { digest, uploaded: true, mounted: false };
    }
    /**
     * Every tag of the repository, in the order served, asking `n=1000` a page and following `Link:
     * <…>; rel="next"` (distribution-spec, "Listing Tags"); a registry that ignores `n` and sends
     * no `Link` (distribution 2.8) is read whole in one request. A `Link` that leads back to a page
     * already read, or a page that adds nothing, is a failure: the list could not be finished.
     */
    async listTags(repository) {
        const tags = [];
        const seen = new Set();
        const visited = new Set();
        let next = `${this.baseUrl}/v2/${repository}/tags/list?n=${TAG_PAGE}`;
        (0,oci_reference/* checkTarget */.e$)(repository);
        const what = `the tags of ${this.registry}/${repository}`;
        while (next !== undefined) {
            if (visited.has(next))
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the pages lead back to ${(0,core_quote/* quote */.h)(next)}`);
            visited.add(next);
            const answer = await this.send({ method: 'GET', path: next, repository, what, limit: MAX_BLOB_BYTES });
            if (answer.status === 404)
                return [];
            if (answer.status !== 200)
                throw unexpected(what, answer);
            const page = parseJson(answer.body, what);
            if (page.tags !== null &&
                page.tags !== undefined &&
                (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string')))
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: "tags" is not a list of strings`);
            let added = 0;
            for (const tag of page.tags ?? []) {
                if (seen.has(tag))
                    continue;
                seen.add(tag);
                tags.push(tag);
                added++;
            }
            next = nextLink(answer.headers.get('link'), next, what);
            if (next !== undefined && added === 0)
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: a page with a next Link added no tag`);
            if (next !== undefined && new URL(next).origin !== new URL(this.baseUrl).origin)
                throw new oci_errors/* OciError */.M('BAD_ANSWER', `${what}: the next page ${(0,core_quote/* quote */.h)(next)} is on another host`);
        }
        return tags;
    }
}

;// CONCATENATED MODULE: ./.build/core/image/credentials.js
/*
 * The registry clients of one run that signs or attests images: one OciClient per registry (so
 * a token obtained once serves every image of that registry), with the credentials the contract
 * sets ("Container images": `registry-username` / `registry-password` when given; for `ghcr.io`
 * otherwise `github.actor` and `github-token`; anonymous elsewhere, through `registryCredentials`
 * of core/oci/auth.ts), and a registry's refusal turned into the known failure with its fix.
 */




/**
 * Makes the run's clients. `github` is the runner's actor (`GITHUB_ACTOR`) and the action's
 * `github-token`, the default credentials of `ghcr.io`. `baseUrls` points a registry's API
 * elsewhere (tests: a `ghcr.io` that is an emulator on loopback).
 */
function registryClients(given, github, options = {}) {
    const clients = new Map();
    const sources = new Map();
    const open = (registry) => {
        let client = clients.get(registry);
        if (client)
            return client;
        const credentials = registryCredentials(registry, given, github);
        const source = given.username !== undefined ? 'inputs' : credentials ? 'github-token' : 'anonymous';
        client = new OciClient({
            registry,
            credentials,
            credentialInputs: source === 'github-token' ? ['github-token'] : ['registry-username', 'registry-password'],
            http: options.http,
            baseUrl: options.baseUrls?.[registry],
        });
        clients.set(registry, client);
        sources.set(registry, source);
        return client;
    };
    return {
        client: open,
        source: (registry) => {
            open(registry);
            return sources.get(registry);
        },
    };
}
/**
 * A registry's refusal (the known failure `REGISTRY_AUTH`, raised by the OCI transport) of a
 * push to `ghcr.io` with the job's own token: GHCR refuses `GITHUB_TOKEN` without the
 * `packages: write` permission, so the fix names it (and the inputs that replace the token).
 * Anything else is returned as it was.
 */
function explainRegistryRefusal(error, registry, source) {
    if (!(error instanceof errors/* BaseError */.Cf) || error.code !== 'REGISTRY_AUTH')
        return error;
    if (registry === 'ghcr.io' && source === 'github-token')
        return new KnownFailure('PACKAGES_WRITE_PERMISSION', `${error.message}`, {
            cause: error,
            fix: "Add `permissions: packages: write` to the job (the default credentials of ghcr.io are github.actor and the job's github-token), or give `registry-username` and `registry-password` with a token that may write this package.",
        });
    if (source === 'anonymous')
        return new KnownFailure('REGISTRY_AUTH', `${error.message}`, {
            cause: error,
            fix: 'No credentials were sent to this registry: give `registry-username` and `registry-password` with a token that may read and write this repository.',
        });
    return error;
}

;// CONCATENATED MODULE: ./.build/core/image/attest-images.js





/** An image signature: cosign v3's predicate type with its empty predicate (see attest-image.ts). */
const COSIGN_SIGN = { type: COSIGN_SIGN_PREDICATE, predicate: {} };
/** The output form of the attached (or kept) images, in input order. */
function imageBundlesOutput(done) {
    return done.map((a) => ({
        image: a.image,
        'bundle-digest': a.bundleDigest,
        'referrer-digest': a.referrerDigest,
    }));
}
/**
 * Attests every image with its predicate (`predicateFor`), adding a row `<check>: <image>` each;
 * returns the images attached or kept (the failed ones are only rows).
 */
async function attestImages(images, predicateFor, signer, clients, report, options = {}) {
    const check = options.check ?? 'image';
    const done = [];
    for (const image of images) {
        const name = (0,oci_reference/* formatReference */.FH)(image);
        try {
            const attestation = await attestImage(image, predicateFor(image), signer, {
                registry: clients.registries.client(image.registry),
                signDsse: clients.signDsse,
                trust: clients.trust,
            }, { settleMs: options.settleMs });
            done.push(attestation);
            report.pass(`${check}: ${name}`, `${attestation.state === 'kept' ? 'already attached and verifies; kept unchanged' : 'signed, verified and attached'}: ` +
                `referrer ${attestation.referrerDigest} (found by ${attestation.via === 'api' ? 'the referrers API' : `the tag index`}), ` +
                `bundle ${attestation.bundleDigest}, for exactly ${attestation.identity}`);
        }
        catch (error) {
            const explained = explainRegistryRefusal(error, image.registry, clients.registries.source(image.registry));
            report.fail(`${check}: ${name}`, (0,errors/* messageWithFix */.vW)(explained));
        }
    }
    return done;
}
/**
 * Markdown for release notes: the `cosign verify` command (cosign v3 reads the bundle referrer
 * and checks the `https://sigstore.dev/cosign/sign/v1` statement) for each signed image.
 */
function imageVerifyInstructions(options) {
    const lines = [
        '### Verifying the image signatures',
        '',
        `Every image below is signed with Sigstore by the release workflow \`${options.identity}\` ` +
            `(OIDC issuer \`${options.issuer}\`); the signature is attached to the image as an OCI referrer. ` +
            'With [cosign](https://github.com/sigstore/cosign) v3:',
        '',
        '```sh',
        ...options.images.map((image) => `cosign verify --certificate-identity ${shellQuote(options.identity)} ` +
            `--certificate-oidc-issuer ${shellQuote(options.issuer)} ${shellQuote(image)}`),
        '```',
    ];
    if (options.privateInstance)
        lines.push('', "These signatures were made with a private Sigstore instance: pass that instance's trusted root to the verifier.");
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/actions/sigstore-sign/main.js












/** Signatures in flight at once: the work is network-bound, and Fulcio/Rekor rate-limit. */
const CONCURRENCY = 6;
/** Writes a new file and refuses to replace one that appeared meanwhile (no clobber, ever). */
function writeNew(file, text) {
    const temp = `${file}.${external_node_crypto_.randomBytes(6).toString('hex')}.tmp`;
    external_node_fs_.writeFileSync(temp, text, { flag: 'wx' });
    try {
        external_node_fs_.linkSync(temp, file);
    }
    finally {
        external_node_fs_.rmSync(temp, { force: true });
    }
}
/**
 * Signs every file with the job's identity, keeps bundles that already verify, refuses ones
 * that do not, then (verify: true) verifies every bundle against the expected identity.
 *
 * The expected identity is what Fulcio certifies for the job's token: `${GITHUB_SERVER_URL}/` +
 * its `job_workflow_ref` claim, and its issuer; every check (the kept bundles and the fresh
 * ones) compares the certificate with it exactly. The `identity` output is read from the
 * certificates themselves.
 */
async function main_run(inputs, env = process.env) {
    // It ends as every action does, through runChecks: a glob that matches nothing, a missing
    // permission or a bad trusted root is a row of the one summary, and every output is written.
    await runChecks('sigstore-sign', [(report) => signCheck(inputs, env, report)], {
        onReject: 'fail',
        verdictOutputs: false,
    });
}
async function signCheck(inputs, env, report) {
    (0,secrets/* registerSecret */.cl)(inputs.identityToken);
    const root = workspaceRoot();
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const issuer = (0,sigstore_inputs/* expectedIssuer */.k2)(serverUrl);
    // Bundles matched by a broad glob (dist/*) are never signed themselves: a re-run must be a no-op.
    // `files` may be empty when `images` is given (parseInputs requires one of them).
    const matched = inputs.files.length > 0 ? await expandFiles('files', inputs.files, root) : [];
    const files = matched.filter((f) => !f.endsWith(inputs.bundleSuffix));
    if (inputs.files.length > 0 && files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'files' matches only bundles (*${inputs.bundleSuffix}), nothing to sign.`);
    }
    // Without a token source the run can still succeed when every bundle already exists and
    // verifies (a re-run); the missing permission is reported only when a file needs signing.
    let tokenProvider;
    let noTokenReason;
    try {
        tokenProvider = inputs.identityToken
            ? staticIdentityProvider(inputs.identityToken)
            : runnerIdentityProvider(inputs.oidcAudience, env, { onToken: secrets/* registerSecret */.cl });
    }
    catch (error) {
        noTokenReason = error;
    }
    // Every token (the first and any renewal) must come from the issuer we verify against and
    // name the same job workflow, checked before Fulcio sees it.
    let expectedRef;
    const provider = {
        async getToken() {
            if (!tokenProvider)
                throw noTokenReason;
            const token = await tokenProvider.getToken();
            const claims = decodeJwtClaims(token);
            if (claims.iss !== issuer) {
                throw new errors/* ConfigurationError */.j1(`The identity token's issuer is ${(0,errors/* quote */.hD)(claims.iss)}, expected ${(0,errors/* quote */.hD)(issuer)}.`);
            }
            const { jobWorkflowRef } = signingIdentityOfToken(claims, serverUrl);
            if (expectedRef !== undefined && jobWorkflowRef !== expectedRef) {
                throw new errors/* ConfigurationError */.j1(`A renewed identity token names job workflow ${(0,errors/* quote */.hD)(jobWorkflowRef, 400)}, the first one ${(0,errors/* quote */.hD)(expectedRef, 400)}.`);
            }
            return token;
        },
    };
    let trust;
    const getTrust = () => (trust ??= loadInputTrust(inputs.trustedRoot));
    const session = new SigningSession({ fulcioURL: inputs.fulcioURL, rekorURL: inputs.rekorURL, tsaURL: inputs.tsaURL }, provider);
    // A trusted root given as an input is read and checked before anything is requested or
    // written: found malformed only at the self-verify, it would come after Fulcio and Rekor were
    // used and the bundles written.
    if (inputs.trustedRoot !== undefined)
        await getTrust();
    // The expected identity comes from the token, so the token is requested once, up front,
    // whenever there is a source for it (one clear error for a missing permission or a wrong
    // token, not one per file). Only a re-run without any token source, where every bundle
    // already exists, falls back to GITHUB_WORKFLOW_REF, which names the same workflow except in
    // a reusable workflow (whose own bundles then fail to verify: fail closed).
    let identity;
    let identitySource;
    const needsSigning = files.some((f) => !external_node_fs_.existsSync(f + inputs.bundleSuffix)) || inputs.images.length > 0;
    if (tokenProvider || needsSigning) {
        const claims = decodeJwtClaims(await provider.getToken());
        const expected = signingIdentityOfToken(claims, serverUrl);
        identity = expected.identity;
        expectedRef = expected.jobWorkflowRef;
        identitySource = "the OIDC token's job_workflow_ref";
    }
    else {
        const workflowRef = env.GITHUB_WORKFLOW_REF;
        if (!workflowRef)
            throw noTokenReason;
        identity = `${serverUrl}/${workflowRef}`;
        identitySource =
            'GITHUB_WORKFLOW_REF (no OIDC token available; in a reusable workflow, grant id-token: write)';
    }
    const policy = { identity, issuer };
    report.pass('expected identity', `exactly \`${identity}\` (from ${identitySource}), issuer exactly \`${issuer}\``);
    // Identities read from certificates: the kept bundles' (verified) and every one Fulcio issued.
    const seen = [];
    const outcomes = await pool_mapBounded(files, CONCURRENCY, async (file) => {
        const bundle = file + inputs.bundleSuffix;
        const shown = displayPath(file, root);
        if (external_node_fs_.existsSync(bundle)) {
            try {
                const loaded = await getTrust();
                const r = await verify_verifyBundleFile(bundle, { file }, loaded.material, policy);
                seen.push({ identity: r.identity, issuer: r.issuer });
                return {
                    file: shown,
                    bundle,
                    state: 'kept',
                    detail: `existing bundle verifies for exactly ${r.identity}; kept unchanged`,
                };
            }
            catch (error) {
                return {
                    file: shown,
                    bundle,
                    state: 'failed',
                    detail: `existing bundle ${displayPath(bundle, root)} does not verify for this file and identity ` +
                        `(${(0,errors/* messageWithFix */.vW)(error)}); it was left untouched: delete it to sign again`,
                };
            }
        }
        try {
            // Streamed: the file is hashed with bounded memory and the digest is signed, so a file of
            // any size signs in the same few tens of MiB.
            const signed = await session.signFile(file);
            writeNew(bundle, JSON.stringify(signed.bundle, null, 2) + '\n');
            return {
                file: shown,
                bundle,
                state: 'signed',
                sha256: signed.sha256,
                detail: `signed sha256:${signed.sha256} (${signed.size} bytes), bundle ${displayPath(bundle, root)}`,
            };
        }
        catch (error) {
            return { file: shown, bundle, state: 'failed', detail: `signing failed: ${(0,errors/* messageWithCauses */.OM)(error)}` };
        }
    });
    for (const o of outcomes)
        report.add({ check: `sign: ${o.file}`, ok: o.state !== 'failed', detail: o.detail });
    for (const pem of session.signer.certificates) {
        try {
            const found = certificateIdentityOf(pem);
            seen.push({ identity: found.san, issuer: found.issuer });
        }
        catch (error) {
            report.fail('certificate identity', `the certificate Fulcio issued names no usable signer: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
    if (inputs.verify) {
        const fresh = outcomes.filter((o) => o.state === 'signed');
        let loaded;
        try {
            loaded = fresh.length > 0 ? await getTrust() : undefined;
        }
        catch (error) {
            report.fail('verify: trusted root', (0,errors/* messageWithFix */.vW)(error));
        }
        if (loaded) {
            if (loaded.dropped.length > 0) {
                report.pass('verify: trusted root', `${loaded.source}; ignored as invalid: ${loaded.dropped.join('; ')}`);
            }
            const verified = await pool_mapBounded(fresh, CONCURRENCY, async (o) => {
                try {
                    // The digest that was just signed, not a second read of the file: the file was hashed
                    // once while signing (a 2 GiB artifact would otherwise be read twice). What this check
                    // is for, that the bundle Fulcio/Rekor helped build verifies for the expected identity
                    // over exactly the bytes signed, is unchanged.
                    const r = await verify_verifyBundleFile(o.bundle, { sha256: Buffer.from(o.sha256, 'hex') }, loaded.material, policy);
                    return {
                        ok: true,
                        detail: `verifies for exactly ${r.identity} (issuer ${r.issuer}), sha256:${r.sha256}`,
                    };
                }
                catch (error) {
                    return { ok: false, detail: (0,errors/* messageOf */.bD)(error) };
                }
            });
            fresh.forEach((o, i) => report.add({ check: `verify: ${o.file}`, ...verified[i] }));
        }
    }
    // Images (issue 21): each digest signed with the same certificate, verified for the same
    // identity (always: an unverified bundle is never attached to an image), attached as a referrer.
    let images = [];
    if (inputs.images.length > 0) {
        (0,secrets/* registerSecret */.cl)(inputs.registry.password);
        (0,secrets/* registerSecret */.cl)(inputs.githubToken);
        images = await attestImages(inputs.images, () => COSIGN_SIGN, { identity, issuer }, {
            registries: registryClients(inputs.registry, { actor: env.GITHUB_ACTOR, token: inputs.githubToken }),
            signDsse: (payload, type) => session.signDsse(payload, type),
            trust: getTrust,
        }, report, { check: 'sign image' });
        for (const a of images)
            seen.push({ identity: a.identity, issuer });
    }
    // One identity for the outputs, read from the certificates. Several (possible only with
    // verify: false and a Fulcio that certified something else) cannot be one output: fail.
    const distinct = [...new Map(seen.map((s) => [JSON.stringify([s.identity, s.issuer]), s])).values()];
    if (distinct.length > 1) {
        report.fail('certificate identity', `the certificates name ${distinct.length} signers: ${distinct.map((s) => `${s.identity} (issuer ${s.issuer})`).join(', ')}`);
    }
    const certified = distinct.length === 1 ? distinct[0] : undefined;
    const signedCount = outcomes.filter((o) => o.state === 'signed').length;
    const keptCount = outcomes.filter((o) => o.state === 'kept').length;
    const fileInstructions = certified && outcomes.length > 0
        ? verifyInstructions({
            files: outcomes.map((o) => o.file),
            bundleSuffix: inputs.bundleSuffix,
            identity: certified.identity,
            issuer: certified.issuer,
            tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined,
            privateInstance: inputs.trustedRoot !== undefined,
        })
        : '';
    const imageInstructions = certified && images.length > 0
        ? imageVerifyInstructions({
            images: images.map((a) => a.image),
            identity: certified.identity,
            issuer: certified.issuer,
            privateInstance: inputs.trustedRoot !== undefined,
        })
        : '';
    const instructions = [fileInstructions, imageInstructions].filter(Boolean).join('\n');
    const imagesLine = inputs.images.length > 0
        ? `images: ${images.filter((a) => a.state === 'attached').length} signed, ${images.filter((a) => a.state === 'kept').length} kept, ${inputs.images.length - images.length} failed; `
        : '';
    const stats = `${signedCount} signed, ${keptCount} kept, ${outcomes.length - signedCount - keptCount} failed; ` +
        imagesLine +
        `${session.signer.certificatesIssued} Fulcio certificate(s) for ${signedCount} signature(s); ` +
        (certified
            ? `identity \`${certified.identity}\`, issuer \`${certified.issuer}\`.`
            : `expected identity \`${identity}\`, issuer \`${issuer}\`.`);
    info(stats);
    return {
        outputs: {
            bundles: outcomes.map((o) => displayPath(o.bundle, root)).join('\n'),
            identity: certified?.identity ?? '',
            issuer: certified?.issuer ?? '',
            'verify-instructions': instructions,
            'image-bundles': JSON.stringify(imageBundlesOutput(images)),
        },
        hardFailures: 0,
        summary: instructions ? [stats, instructions] : [stats],
    };
}


/***/ })

};
