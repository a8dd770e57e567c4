export const id = 786;
export const ids = [786];
export const modules = {

/***/ 63786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeBuildAttestation: () => (/* binding */ judgeBuildAttestation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);
/* harmony import */ var _intoto_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42141);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65688);
/* harmony import */ var _provenance_predicate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66679);
/* harmony import */ var _sigstore_github_extensions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98211);
/* harmony import */ var _sigstore_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38543);
/*
 * Judging one build attestation (SLSA provenance, or another in-toto predicate) for an artifact,
 * what `gh attestation verify` does, with every identity compared whole. Each check is its own
 * row, so a consumer sees which one said no:
 * - `signature`: the one verification path (verifySigstoreBundle): certificate chain, SCTs, log
 *   entries, timestamps and the DSSE signature, the OIDC issuer exactly;
 * - `subject`: the statement names the artifact's sha256;
 * - `predicate-type`: exactly the one asked for;
 * - `signer`: the SAN is `<server>/<signer-workflow>@<source-ref>` (each part compared whole),
 *   or, without `--signer-workflow`, a workflow of the repository (`--repo`) or of the owner
 *   (`--owner`), as gh's default;
 * - `source-repository`, `source-ref`, `source-digest`, `runner`: the certificate's GitHub
 *   extensions (Fulcio's OIDs, github-extensions.ts) against what was asked;
 * - `predicate-agrees`: SLSA provenance's own workflow, commit and builder equal the
 *   certificate's (the predicate is the signer's word; the certificate is Fulcio's, from the token).
 * Sources: gh's verification policy (cli/cli pkg/cmd/attestation/verify/policy.go: SAN regex
 * `^https://github.com/<owner>/<repo>/` by default, source repository URI and owner URI
 * extensions, `--deny-self-hosted-runners` requiring runner environment `github-hosted`) and
 * the predicate fields of core/provenance/predicate.ts.
 */




/**
 * The build types whose workflow and commit are read: GitHub's (actions/attest-build-provenance,
 * attest-provenance) and the earlier one that npm's provenance and GitHub's reusable attest
 * workflow write (the same externalParameters.workflow and resolvedDependencies: cli/cli's test
 * data sigstore-js-2.1.0-bundle.json and reusable-workflow-attestation.sigstore.json show it).
 */
const BUILD_TYPES = new Set([
    _provenance_predicate_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_WORKFLOW_BUILD_TYPE */ .Kl,
    'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
]);


const shown = (value) => (value === undefined ? '(absent)' : (0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(value, 400));
/** Equal, whole and exactly, or a row saying what was found and what was expected. */
function same(check, what, found, expected) {
    return found === expected
        ? { check, ok: true, detail: `${what} is ${expected}` }
        : {
            check,
            ok: false,
            detail: `${what} is ${shown(found)}, expected exactly ${JSON.stringify(expected)}`,
        };
}
/** The signer row: the SAN against the signer workflow and source ref, or gh's default scope. */
function signerRow(san, expected) {
    const server = expected.serverUrl;
    if (expected.signerWorkflow !== undefined && expected.sourceRef !== undefined) {
        return same('signer', 'the certificate SAN', san, `${server}/${expected.signerWorkflow}@${expected.sourceRef}`);
    }
    if (expected.signerWorkflow !== undefined) {
        // The workflow part ends exactly at the '@' that starts the ref: compared whole, never as a prefix pattern.
        const head = `${server}/${expected.signerWorkflow}@`;
        return san.startsWith(head) && san.length > head.length
            ? { check: 'signer', ok: true, detail: `signed by ${san}` }
            : {
                check: 'signer',
                ok: false,
                detail: `the certificate SAN is ${shown(san)}, not the workflow ${expected.signerWorkflow} at some ref`,
            };
    }
    const scope = expected.repo === undefined ? `${expected.owner}/` : `${expected.owner}/${expected.repo}/`;
    return san.startsWith(`${server}/${scope}`) && san.includes('@')
        ? { check: 'signer', ok: true, detail: `signed by ${san}, a workflow of ${scope.slice(0, -1)}` }
        : {
            check: 'signer',
            ok: false,
            detail: `the certificate SAN is ${shown(san)}, not a workflow of ${scope.slice(0, -1)} (give --signer-workflow for a reusable workflow of another repository)`,
        };
}
/** The certificate's GitHub extensions against what was asked. */
function extensionRows(ext, expected) {
    const server = expected.serverUrl;
    const rows = [
        expected.repo === undefined
            ? same('source-repository', 'the source repository owner (1.3.6.1.4.1.57264.1.16)', ext.sourceRepositoryOwnerUri, `${server}/${expected.owner}`)
            : same('source-repository', 'the source repository (1.3.6.1.4.1.57264.1.12)', ext.sourceRepositoryUri, `${server}/${expected.owner}/${expected.repo}`),
    ];
    if (expected.sourceRef !== undefined)
        rows.push(same('source-ref', 'the source ref (1.3.6.1.4.1.57264.1.14)', ext.sourceRepositoryRef, expected.sourceRef));
    if (expected.sourceDigest !== undefined)
        rows.push(same('source-digest', 'the source commit (1.3.6.1.4.1.57264.1.13)', ext.sourceRepositoryDigest, expected.sourceDigest));
    const runner = ext.runnerEnvironment;
    rows.push(expected.denySelfHostedRunners
        ? same('runner', 'the runner environment (1.3.6.1.4.1.57264.1.11)', runner, 'github-hosted')
        : runner === undefined
            ? {
                check: 'runner',
                ok: false,
                detail: 'the certificate names no runner environment (1.3.6.1.4.1.57264.1.11)',
            }
            : { check: 'runner', ok: true, detail: `built on a ${runner} runner` });
    return rows;
}
const at = (value, ...path) => path.reduce((v, k) => (typeof v === 'object' && v !== null ? v[k] : undefined), value);
const text = (value) => (typeof value === 'string' ? value : undefined);
/**
 * SLSA provenance's workflow, commit and builder against the certificate: the predicate is what
 * the signer wrote, the extensions what Fulcio took from the token. Another predicate type has
 * nothing to compare (a row that says so, and passes).
 */
function predicateRow(predicateType, predicate, ext) {
    if (predicateType !== _provenance_predicate_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_V1 */ .us) {
        return {
            check: 'predicate-agrees',
            ok: true,
            detail: `not SLSA provenance (${predicateType}): nothing to compare`,
        };
    }
    const buildType = text(at(predicate, 'buildDefinition', 'buildType'));
    if (buildType === undefined || !BUILD_TYPES.has(buildType)) {
        return {
            check: 'predicate-agrees',
            ok: false,
            detail: `the build type ${shown(buildType)} is not one this verifier reads (${[...BUILD_TYPES].join(', ')})`,
        };
    }
    const workflow = at(predicate, 'buildDefinition', 'externalParameters', 'workflow');
    const repository = text(at(workflow, 'repository'));
    const ref = text(at(workflow, 'ref'));
    const path = text(at(workflow, 'path'));
    const dependencies = at(predicate, 'buildDefinition', 'resolvedDependencies');
    const commits = Array.isArray(dependencies)
        ? dependencies.map((d) => text(at(d, 'digest', 'gitCommit'))).filter((c) => c !== undefined)
        : [];
    const pairs = [
        ['workflow.repository / source repository', repository, ext.sourceRepositoryUri],
        ['workflow.ref / source ref', ref, ext.sourceRepositoryRef],
        [
            'workflow repository/path@ref / build config',
            repository !== undefined && path !== undefined && ref !== undefined
                ? `${repository}/${path}@${ref}`
                : undefined,
            ext.buildConfigUri,
        ],
        [
            'resolvedDependencies gitCommit / source commit',
            commits.length === 1 ? commits[0] : undefined,
            ext.sourceRepositoryDigest,
        ],
    ];
    // GitHub's build type names the signing workflow as the builder; the older one (npm's
    // provenance, GitHub's reusable attest workflow) names the runner
    // (`https://github.com/actions/runner/github-hosted`), which no certificate extension holds.
    if (buildType === _provenance_predicate_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_WORKFLOW_BUILD_TYPE */ .Kl)
        pairs.push([
            'builder.id / build signer',
            text(at(predicate, 'runDetails', 'builder', 'id')),
            ext.buildSignerUri,
        ]);
    const off = pairs
        .filter(([, p, c]) => p === undefined || c === undefined || p !== c)
        .map(([what, p, c]) => `${what}: the predicate says ${shown(p)}, the certificate ${shown(c)}`);
    if (commits.length > 1)
        off.push(`the predicate names ${commits.length} commits; exactly one is expected`);
    return off.length === 0
        ? {
            check: 'predicate-agrees',
            ok: true,
            detail: `the predicate's ${buildType === _provenance_predicate_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_WORKFLOW_BUILD_TYPE */ .Kl ? 'workflow, commit and builder' : 'workflow and commit'} are the certificate's (${commits[0]})`,
        }
        : { check: 'predicate-agrees', ok: false, detail: off.join('; ') };
}
/**
 * Judges one bundle: its rows, in order. A signature that does not verify is the only row then
 * (nothing it says can be believed); otherwise every check is made and reported.
 */
async function judgeBuildAttestation(bundle, trust, expected, thresholds = {}) {
    let verified;
    try {
        verified = await (0,_sigstore_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .verifySigstoreBundle */ .Kh)(bundle, trust, {
            // Any SAN here: it is compared whole in its own row below, on the certificate just proven.
            signer: { identityRegExp: /[^]*/, issuer: expected.issuer },
            thresholds,
            payloadType: _intoto_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_PAYLOAD_TYPE */ .T4,
        });
    }
    catch (error) {
        return [{ check: 'signature', ok: false, detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) }];
    }
    const rows = [
        {
            check: 'signature',
            ok: true,
            detail: `verified: certificate chain, transparency log and timestamps, issuer ${verified.issuer}`,
        },
    ];
    const statement = verified.statement;
    const hex = expected.sha256;
    rows.push(statement.subjects.some((s) => s.digest.sha256 === hex)
        ? { check: 'subject', ok: true, detail: `the statement names sha256:${hex}` }
        : { check: 'subject', ok: false, detail: `no subject of the statement has sha256:${hex}` });
    rows.push(same('predicate-type', 'the predicate type', statement.predicateType, expected.predicateType));
    rows.push(signerRow(verified.identity, expected));
    let ext;
    try {
        ext = (0,_sigstore_github_extensions_js__WEBPACK_IMPORTED_MODULE_3__/* .readGitHubExtensions */ .So)(verified.certificate);
    }
    catch (error) {
        rows.push({ check: 'source-repository', ok: false, detail: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) });
        return rows;
    }
    rows.push(...extensionRows(ext, expected));
    rows.push(predicateRow(statement.predicateType, statement.predicate, ext));
    return rows;
}


/***/ }),

/***/ 66679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ GITHUB_WORKFLOW_BUILD_TYPE),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1)
/* harmony export */ });
/* unused harmony exports ProvenanceError, PROVENANCE_CLAIMS, readProvenanceClaims, buildProvenancePredicate, fileSubjects, hashFileSubjects, provenanceStatement, environmentDisagreements */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34002);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8005);
/* harmony import */ var _intoto_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42141);
/*
 * SLSA v1 build provenance as GitHub's own attestations carry it, built from the job's OIDC token.
 *
 * Sources of the format:
 * - the predicate builder of `@actions/attest` (actions/toolkit packages/attest/src/provenance.ts,
 *   `buildSLSAProvenancePredicate`, which actions/attest-build-provenance runs): predicate type
 *   `https://slsa.dev/provenance/v1`, build type `https://actions.github.io/buildtypes/workflow/v1`,
 *   `externalParameters.workflow` {ref, repository, path} split from the `workflow_ref` claim,
 *   `internalParameters.github` {event_name, repository_id, repository_owner_id,
 *   runner_environment}, one resolved dependency `git+${server}/${repository}@${ref}` with
 *   `digest.gitCommit` = `sha`, `runDetails.builder.id` = `${server}/${job_workflow_ref}` and
 *   `runDetails.metadata.invocationId` = `${server}/${repository}/actions/runs/${run_id}/attempts/${run_attempt}`;
 * - the SLSA provenance v1 spec (slsa.dev/spec/v1.0/provenance): `buildDefinition` {buildType,
 *   externalParameters, internalParameters, resolvedDependencies} and `runDetails` {builder.id,
 *   metadata.invocationId};
 * - the buildType's definition (github.com/actions/buildtypes, workflow/v1): the same fields;
 * - in-toto statement v1 (github.com/in-toto/attestation spec/v1/statement.md): `_type`,
 *   `subject` [{name, digest}], `predicateType`, `predicate`; actions/attest names a file's subject
 *   by its basename.
 *
 * Every value comes from the token's claims and never from environment variables: an earlier step
 * can rewrite `GITHUB_SHA` or `GITHUB_REF` through `GITHUB_ENV`, but not the token GitHub signed.
 * This module is pure: no I/O, no clock.
 */




/** The predicate type of SLSA provenance v1. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type for a workflow run (what @actions/attest writes). */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
class ProvenanceError extends (/* unused pure expression or super */ null && (BaseError)) {
}
/** The claims the predicate is built from, in the order the contract names them. */
const PROVENANCE_CLAIMS = (/* unused pure expression or super */ null && ([
    'ref',
    'sha',
    'repository',
    'repository_id',
    'repository_owner_id',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'runner_environment',
    'run_id',
    'run_attempt',
]));
/**
 * Reads the provenance claims of a token. Every missing, empty or non-string claim is named in
 * one error (`MISSING_CLAIM`): GitHub writes every one as a string (ids too), and the predicate
 * carries each exactly as the token has it. A claim of the wrong form is `BAD_CLAIM`.
 */
function readProvenanceClaims(claims) {
    const out = {};
    const missing = [];
    for (const name of PROVENANCE_CLAIMS) {
        const value = claims[name];
        if (typeof value === 'string' && value !== '')
            out[name] = value;
        else
            missing.push(value === undefined ? name : `${name} (got ${quote(value)})`);
    }
    if (missing.length > 0) {
        throw new ProvenanceError('MISSING_CLAIM', `The OIDC token lacks the claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, ` +
            'which the provenance is built from; a GitHub Actions token carries every one.');
    }
    const bad = [];
    if (!/^[0-9a-f]{40}$/.test(out.sha))
        bad.push(`sha is ${quote(out.sha)}, not a 40-hex commit`);
    // A control character or a space cannot be in a ref GitHub issues; in a URI it would change its meaning.
    for (const name of PROVENANCE_CLAIMS) {
        if (/[\s\p{Cc}]/u.test(out[name]))
            bad.push(`${name} is ${quote(out[name])}, which holds a space or a control character`);
    }
    if (!out.workflow_ref.startsWith(`${out.repository}/`) || !out.workflow_ref.includes('@')) {
        bad.push(`workflow_ref is ${quote(out.workflow_ref)}, not '${out.repository}/<path>@<ref>' (the token's repository)`);
    }
    if (!/^[^@]+@.+$/.test(out.job_workflow_ref)) {
        bad.push(`job_workflow_ref is ${quote(out.job_workflow_ref)}, not '<owner>/<repo>/<path>@<ref>'`);
    }
    if (bad.length > 0)
        throw new ProvenanceError('BAD_CLAIM', `The OIDC token's claims are not GitHub's: ${bad.join('; ')}.`);
    return out;
}
/**
 * Builds the predicate. `serverUrl` is `GITHUB_SERVER_URL` (the one value not in the token; the
 * certificate's SAN is built from it too, so a wrong one fails the verification right after).
 * The workflow's path and ref are split at the first `@` after the repository, so a tag that
 * holds `@` (`pkg@1.2.3`) stays whole, as @actions/attest splits it.
 */
function buildProvenancePredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    const rest = claims.workflow_ref.slice(claims.repository.length + 1);
    const at = rest.indexOf('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: rest.slice(at + 1),
                    repository: `${server}/${claims.repository}`,
                    path: rest.slice(0, at),
                },
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [
                { uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
            },
        },
    };
}
/**
 * The subjects of the files, in the order given, one per distinct (name, digest). Two files with
 * one basename and the same bytes are one subject; with different bytes a verifier could not
 * tell which one the name means, so it is refused.
 */
function fileSubjects(files) {
    const byName = new Map();
    const out = [];
    for (const file of files) {
        const seen = byName.get(file.name);
        if (seen === undefined) {
            byName.set(file.name, file.sha256);
            out.push({ name: file.name, digest: { sha256: file.sha256 } });
        }
        else if (seen !== file.sha256) {
            throw new ProvenanceError('DUPLICATE_SUBJECT', `Two files are named ${quote(file.name)} with different contents (sha256 ${seen} and ${file.sha256}); ` +
                'a subject is named by its basename, so narrow the files globs to one of them.');
        }
    }
    return out;
}
/** The subjects of files on disk: each hashed (streamed), named by its basename, as {@link fileSubjects}. */
async function hashFileSubjects(files) {
    const hashed = [];
    for (const file of files)
        hashed.push({ name: path.basename(file), sha256: (await hashFile(file, ['sha256'])).sha256 });
    return fileSubjects(hashed);
}
function provenanceStatement(subjects, predicate) {
    return { _type: IN_TOTO_STATEMENT_V1, subject: subjects, predicateType: SLSA_PROVENANCE_V1, predicate };
}
/**
 * The runner's variables that say the same as a claim, and the claim. Where one is set and
 * differs, the token wins (it is what GitHub signed); the caller warns, naming the variable.
 */
const ENV_OF_CLAIM = (/* unused pure expression or super */ null && ([
    ['GITHUB_SHA', 'sha'],
    ['GITHUB_REF', 'ref'],
    ['GITHUB_REPOSITORY', 'repository'],
]));
/** One warning per variable that disagrees with the token (an unset variable says nothing). */
function environmentDisagreements(claims, env) {
    const out = [];
    for (const [variable, claim] of ENV_OF_CLAIM) {
        const value = env[variable];
        if (value === undefined || value === '' || value === claims[claim])
            continue;
        out.push(`${variable} is ${quote(value)} but the OIDC token's ${claim} claim is ${quote(claims[claim])}: ` +
            "the provenance names the token's value (an earlier step may have changed the variable).");
    }
    return out;
}


/***/ }),

/***/ 98211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ readGitHubExtensions)
/* harmony export */ });
/* unused harmony exports GITHUB_EXTENSION_OIDS, CertificateExtensionError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8005);

/** The extensions read, by name, with their OIDs. */
const GITHUB_EXTENSION_OIDS = {
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationUri: '1.3.6.1.4.1.57264.1.21',
};
/** A certificate whose GitHub extensions cannot be read faithfully (`BAD_EXTENSION`). */
class CertificateExtensionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BaseError */ .Cf {
    constructor(message) {
        super('BAD_EXTENSION', message);
        this.name = 'CertificateExtensionError';
    }
}
const UNIVERSAL_UTF8_STRING = 12;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Reads the GitHub extensions of a (verified) Fulcio leaf certificate. */
function readGitHubExtensions(cert) {
    const out = {};
    for (const [name, oid] of Object.entries(GITHUB_EXTENSION_OIDS)) {
        const found = cert.extensions.filter((ext) => ext.subs[0]?.toOID() === oid);
        if (found.length === 0)
            continue;
        if (found.length > 1) {
            throw new CertificateExtensionError(`the certificate has ${found.length} ${name} (${oid}) extensions`);
        }
        // extnValue is the last element (after the optional `critical`): an OCTET STRING holding the DER.
        const value = found[0].subs[found[0].subs.length - 1]?.subs[0];
        if (!value || !value.tag.isUniversal() || value.tag.number !== UNIVERSAL_UTF8_STRING) {
            throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not a UTF8String`);
        }
        try {
            out[name] = strictUtf8.decode(value.value);
        }
        catch {
            throw new CertificateExtensionError(`the certificate's ${name} (${oid}) extension is not valid UTF-8`);
        }
    }
    return out;
}


/***/ })

};
