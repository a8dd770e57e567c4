export const id = 906;
export const ids = [906];
export const modules = {

/***/ 72906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G1: () => (/* binding */ REFERRER_FAULTS),
  g3: () => (/* binding */ fetchReferrerBundle),
  bl: () => (/* binding */ judgeCandidate),
  G6: () => (/* binding */ registryCandidates)
});

// UNUSED EXPORTS: SIGSTORE_BUNDLE_TYPES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
// EXTERNAL MODULE: ./.build/core/intoto.js
var intoto = __webpack_require__(42141);
// EXTERNAL MODULE: ./.build/core/oci/errors.js
var oci_errors = __webpack_require__(31935);
// EXTERNAL MODULE: ./.build/core/oci/media-types.js
var media_types = __webpack_require__(46802);
// EXTERNAL MODULE: ./.build/core/oci/referrers.js
var referrers = __webpack_require__(74010);
;// CONCATENATED MODULE: ./.build/core/oci/bundle-referrer.js



/** The media type of a v0.3 Sigstore bundle, and the referrer's `artifactType`. */
const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The empty JSON blob of the image spec's "Guidance for an Empty Descriptor". */
const EMPTY_JSON = Buffer.from('{}');
/** The referrer manifest's exact bytes. */
function bundleReferrer(input) {
    if (!SHA256_DIGEST.test(input.subject.digest))
        throw new OciError('BAD_REFERENCE', `the bundle's subject ${input.subject.digest} is not a sha256 digest`);
    const type = input.bundleMediaType ?? SIGSTORE_BUNDLE_V03;
    const annotations = {
        'dev.sigstore.bundle.content': input.content,
        'dev.sigstore.bundle.predicateType': input.predicateType,
    };
    if (input.created !== undefined)
        annotations['org.opencontainers.image.created'] = input.created;
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: type,
        config: { mediaType: OCI_EMPTY_CONFIG, digest: sha256Digest(EMPTY_JSON), size: EMPTY_JSON.length },
        layers: [{ mediaType: type, digest: sha256Digest(input.bundle), size: input.bundle.length }],
        subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
        annotations,
    };
    return { bytes: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
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

// EXTERNAL MODULE: ./.build/core/oci/transport.js + 2 modules
var transport = __webpack_require__(53727);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
// EXTERNAL MODULE: ./.build/core/sigstore/github-extensions.js
var github_extensions = __webpack_require__(98211);
// EXTERNAL MODULE: ./.build/core/sigstore/verify.js + 3 modules
var verify = __webpack_require__(38543);
// EXTERNAL MODULE: ./.build/core/image/evidence-predicates.js + 5 modules
var evidence_predicates = __webpack_require__(62577);
;// CONCATENATED MODULE: ./.build/core/image/evidence-candidates.js
/*
 * One candidate piece of evidence, judged: a Sigstore bundle referrer (or a bundle from GitHub's
 * attestations API), fetched by digest and checked link by link, each link whole:
 * - the referrer manifest is fetched by the digest the referrers list names (the client checks
 *   the body's sha256) and its `subject` must be exactly the image's digest: a referrer listed
 *   under this image but about another one is not this image's evidence;
 * - its one layer is the bundle, of a Sigstore bundle media type, fetched by digest with the
 *   size the manifest declares as the limit;
 * - the bundle verifies through the one verification path (exact SAN and issuer, an in-toto
 *   statement whose subject is this digest), then its predicate is judged by kind.
 *
 * Layouts read: the contract's "Container images" (cosign v3, actions/attest), and what
 * `@sigstore/oci` 0.7.2 (actions/attest's writer) attaches: its manifest's `artifactType` and
 * layer media type are the bundle's own media type, v0.3 (`…bundle.v0.3+json`) today, v0.2
 * (`…bundle+json;version=0.2`) from sigstore-js before v0.3 bundles (sigstore-js
 * `@sigstore/bundle` BUNDLE_V02_MEDIA_TYPE), so both are read.
 */











/** The media types of a Sigstore bundle read as evidence (see the top). */
const SIGSTORE_BUNDLE_TYPES = [
    SIGSTORE_BUNDLE_V03,
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
];
const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/** The Sigstore bundle referrers among a referrers list, each a candidate. */
function registryCandidates(descriptors, foundBy) {
    return descriptors
        .filter((d) => d.artifactType !== undefined && SIGSTORE_BUNDLE_TYPES.includes(d.artifactType))
        .map((d) => {
        const annotated = d.annotations?.[PREDICATE_ANNOTATION];
        const hint = typeof annotated === 'string' ? (0,evidence_predicates/* kindOf */.I)(annotated) : undefined;
        return {
            label: `referrer ${d.digest} (${foundBy})`,
            foundBy,
            manifest: d,
            ...(typeof annotated === 'string' ? { annotated } : {}),
            ...(hint ? { hint } : {}),
        };
    });
}
/** Reasons a registry gives about one referrer: that referrer fails, the others are still judged. */
const REFERRER_FAULTS = ['NOT_FOUND', 'DIGEST_MISMATCH', 'BAD_ANSWER', 'TOO_LARGE'];
/** Fetches (for a referrer) and verifies one candidate; transport and auth failures throw. */
async function judgeCandidate(client, repository, digest, candidate, policy) {
    const kind = candidate.hint;
    let text;
    if (candidate.bundle !== undefined) {
        text = candidate.bundle;
    }
    else {
        try {
            const fetched = await fetchReferrerBundle(client, repository, digest, candidate);
            if (typeof fetched !== 'string')
                return { ...fetched, ...(kind ? { kind } : {}) };
            text = fetched;
        }
        catch (error) {
            if (error instanceof oci_errors/* OciError */.M && REFERRER_FAULTS.includes(error.code))
                return { reason: error.message, ...(kind ? { kind } : {}) };
            throw error;
        }
    }
    return judgeBundle(text, digest, candidate, policy);
}
/**
 * The referrer's bundle text, or why the referrer is not a bundle about this digest (its
 * `subject`, `artifactType`, annotation and one layer each checked). Also read by the CLI's
 * `verify-attestation oci://…` (core/attestation/image-bundles.ts).
 */
async function fetchReferrerBundle(client, repository, digest, candidate) {
    const named = candidate.manifest.digest;
    const manifest = await client.getManifest(repository, named);
    if (!manifest)
        return { reason: `the referrers list names the manifest ${named}, which is not in the registry` };
    if (manifest.mediaType !== media_types/* OCI_MANIFEST */.EG)
        return { reason: `the referrer is a ${(0,quote/* quote */.h)(manifest.mediaType)}, not an OCI image manifest` };
    const subject = manifest.json.subject?.digest;
    if (subject !== digest)
        return { reason: `the referrer's subject is ${(0,quote/* quote */.h)(subject)}, not ${digest}` };
    const artifactType = manifest.json.artifactType;
    if (typeof artifactType !== 'string' || !SIGSTORE_BUNDLE_TYPES.includes(artifactType))
        return { reason: `the referrer's artifactType is ${(0,quote/* quote */.h)(artifactType)}, not a Sigstore bundle` };
    const annotated = manifest.json.annotations?.[PREDICATE_ANNOTATION];
    if (candidate.annotated !== undefined && annotated !== candidate.annotated)
        return {
            reason: `the referrers list says the predicate type is ${(0,quote/* quote */.h)(candidate.annotated)}, the referrer itself ${(0,quote/* quote */.h)(annotated)}`,
        };
    if (typeof annotated === 'string')
        candidate.annotated = annotated;
    const layers = manifest.json.layers;
    if (!Array.isArray(layers) || layers.length !== 1)
        return {
            reason: `the referrer has ${Array.isArray(layers) ? layers.length : 'no'} layers, not one bundle`,
        };
    const layer = layers[0];
    if (!layer ||
        typeof layer.mediaType !== 'string' ||
        !SIGSTORE_BUNDLE_TYPES.includes(layer.mediaType) ||
        typeof layer.digest !== 'string' ||
        !media_types/* SHA256_DIGEST */.fu.test(layer.digest) ||
        typeof layer.size !== 'number' ||
        !Number.isInteger(layer.size) ||
        layer.size < 0)
        return {
            reason: "the referrer's layer is not a Sigstore bundle descriptor with a sha256 digest and size",
        };
    if (layer.size > transport/* MAX_BLOB_BYTES */.TP)
        return { reason: `the referrer's bundle is ${layer.size} bytes, over the ${transport/* MAX_BLOB_BYTES */.TP}-byte limit` };
    // The declared size is the limit: a registry that serves more is refused before it is hashed.
    const bytes = await client.getBlob(repository, layer.digest, Math.max(layer.size, 1));
    return bytes.toString('utf8');
}
/** Verifies a bundle's text for `digest` and judges its predicate. */
async function judgeBundle(text, digest, candidate, policy) {
    const hinted = candidate.annotated !== undefined ? (0,evidence_predicates/* kindOf */.I)(candidate.annotated) : candidate.hint;
    const withKind = (reason, kind = hinted) => ({
        reason,
        ...(kind ? { kind } : {}),
    });
    let verified;
    try {
        verified = await (0,verify/* verifySigstoreBundle */.Kh)(text, policy.trust, {
            signer: { identity: policy.identity, issuer: policy.issuer },
            artifact: { sha256: Buffer.from(digest.slice('sha256:'.length), 'hex') },
            payloadType: intoto/* IN_TOTO_PAYLOAD_TYPE */.T4,
        });
    }
    catch (error) {
        // Anyone who can push can attach a bundle: a broken or foreign one is this candidate's
        // failure, never the end of the search.
        return withKind(error instanceof errors/* BaseError */.Cf ? error.message : `unreadable bundle: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    const statement = verified.statement;
    if (!statement)
        return withKind('the bundle holds no in-toto statement');
    if (statement.subjects.length !== 1 || statement.subjectProblems.length > 0)
        return withKind(`the statement has ${statement.subjects.length} subjects${statement.subjectProblems.length ? ` (${statement.subjectProblems.join('; ')})` : ''}, not the one image`);
    const kind = (0,evidence_predicates/* kindOf */.I)(statement.predicateType);
    if (!kind)
        return withKind(`the predicate type ${(0,quote/* quote */.h)(statement.predicateType)} is not a signature, SBOM or provenance`);
    if (candidate.annotated !== undefined && candidate.annotated !== statement.predicateType)
        return withKind(`the referrer is annotated ${(0,quote/* quote */.h)(candidate.annotated)} but the signed statement is ${(0,quote/* quote */.h)(statement.predicateType)}`);
    // A provenance must be from the commit asked for twice over: its predicate says so (below),
    // and so does the certificate Fulcio issued from the run's token (Source Repository Digest,
    // 1.3.6.1.4.1.57264.1.13 = the token's `sha`; github-extensions.ts), which the predicate's
    // author cannot choose.
    if (kind === 'provenance' && policy.commit !== undefined) {
        let source;
        try {
            source = verified.certificate
                ? (0,github_extensions/* readGitHubExtensions */.So)(verified.certificate).sourceRepositoryDigest
                : undefined;
        }
        catch (error) {
            return withKind((0,errors/* messageOf */.bD)(error), kind);
        }
        if (source !== policy.commit)
            return withKind(`the certificate's source commit (1.3.6.1.4.1.57264.1.13) is ${(0,quote/* quote */.h)(source ?? 'absent')}, not ${policy.commit}`, kind);
    }
    const problem = (0,evidence_predicates/* predicateProblem */.ds)(kind, statement, {
        identity: verified.identity,
        sbomMinComponents: policy.sbomMinComponents,
        ...(policy.commit !== undefined ? { commit: policy.commit } : {}),
    });
    if (problem)
        return withKind(problem, kind);
    return {
        evidence: {
            kind,
            'predicate-type': statement.predicateType,
            identity: verified.identity,
            issuer: verified.issuer,
            'bundle-digest': `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`,
            'found-by': candidate.foundBy,
        },
    };
}


/***/ }),

/***/ 62577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ kindOf),
  ds: () => (/* binding */ predicateProblem)
});

// UNUSED EXPORTS: COSIGN_SIGN_PREDICATE

// EXTERNAL MODULE: ./.build/core/provenance/predicate.js
var provenance_predicate = __webpack_require__(66679);
// EXTERNAL MODULE: ./.build/core/quote.js
var quote = __webpack_require__(65688);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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

// EXTERNAL MODULE: ./.build/core/errors.js
var errors = __webpack_require__(8005);
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
const MAX_SBOM_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** How many schema errors a failure quotes. */
const MAX_SCHEMA_ERRORS = 5;
const CONTENT_TYPES = {
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

;// CONCATENATED MODULE: ./.build/core/image/evidence-predicates.js
/*
 * What each kind of image evidence must say, once its bundle verified (exact signer, in-toto
 * statement about this digest): its predicate type names its kind, and its predicate is judged.
 *
 * Predicate types, from their writers:
 * - a signature: `https://sigstore.dev/cosign/sign/v1`, the statement cosign v3 signs for an
 *   image (the contract's "Container images"); its predicate is not read;
 * - an SBOM: `https://spdx.dev/Document` (cosign `attest --type spdxjson`), `…/Document/vX.Y`
 *   (actions/attest-sbom names the document's own SPDX version) and `https://cyclonedx.org/bom`
 *   (cosign `--type cyclonedx`, actions/attest-sbom); the predicate is the SBOM document itself;
 * - a provenance: `https://slsa.dev/provenance/v1` with GitHub's workflow build type, as
 *   core/provenance/predicate.ts writes it and GitHub's own attestations carry it.
 */






/** The kind a predicate type is evidence of, or undefined for any other predicate. */
function kindOf(predicateType) {
    if (predicateType === COSIGN_SIGN_PREDICATE)
        return 'signature';
    if (predicateType === provenance_predicate/* SLSA_PROVENANCE_V1 */.us)
        return 'provenance';
    if (predicateType === CYCLONEDX_BOM_PREDICATE || SPDX_DOCUMENT_PREDICATE.test(predicateType))
        return 'sbom';
    return undefined;
}
const evidence_predicates_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Why the statement's predicate is not acceptable evidence of `kind`, or undefined when it is. */
function predicateProblem(kind, statement, demands) {
    if (kind === 'signature')
        return undefined;
    if (kind === 'sbom')
        return sbomProblem(statement, demands.sbomMinComponents);
    return provenanceProblem(statement.predicate, demands);
}
/** sbom-attach's judge on the predicate (its own subject not counted); the format must be the one the type names. */
function sbomProblem(statement, minComponents) {
    let analysis;
    try {
        analysis = judgeSbom(JSON.stringify(statement.predicate), minComponents);
    }
    catch (error) {
        return `the SBOM is refused: ${(0,errors/* messageOf */.bD)(error)}`;
    }
    const spdx = SPDX_DOCUMENT_PREDICATE.exec(statement.predicateType);
    const format = spdx ? 'spdx' : 'cyclonedx';
    if (analysis.format !== format)
        return `the predicate type ${(0,quote/* quote */.h)(statement.predicateType)} names ${format} but the predicate is ${analysis.format}`;
    if (spdx?.[1] !== undefined && analysis.specVersion !== `SPDX-${spdx[1]}`)
        return `the predicate type names SPDX ${spdx[1]} but the document is ${(0,quote/* quote */.h)(analysis.specVersion)}`;
    return undefined;
}
/**
 * A GitHub workflow's SLSA v1 provenance: the build type, the predicate's own workflow (its
 * repository, path and ref) being exactly the certificate's identity (the SAN of a GitHub
 * certificate is `<repository URL>/<path>@<ref>`), and, when a commit is demanded, every
 * resolved git dependency of that repository naming exactly that commit.
 */
function provenanceProblem(predicate, demands) {
    const definition = predicate.buildDefinition;
    if (!evidence_predicates_isObject(definition))
        return 'the provenance has no buildDefinition';
    if (definition.buildType !== provenance_predicate/* GITHUB_WORKFLOW_BUILD_TYPE */.Kl)
        return `the build type is ${(0,quote/* quote */.h)(definition.buildType)}, not ${provenance_predicate/* GITHUB_WORKFLOW_BUILD_TYPE */.Kl}`;
    const workflow = evidence_predicates_isObject(definition.externalParameters)
        ? definition.externalParameters.workflow
        : undefined;
    if (!evidence_predicates_isObject(workflow) ||
        typeof workflow.repository !== 'string' ||
        typeof workflow.path !== 'string' ||
        typeof workflow.ref !== 'string')
        return 'the provenance names no workflow (externalParameters.workflow repository, path and ref)';
    const named = `${workflow.repository}/${workflow.path}@${workflow.ref}`;
    if (named !== demands.identity)
        return `the provenance's workflow is ${(0,quote/* quote */.h)(named)}, not the certificate's ${(0,quote/* quote */.h)(demands.identity)}`;
    const deps = definition.resolvedDependencies;
    if (!Array.isArray(deps))
        return 'the provenance has no resolvedDependencies list';
    const commits = deps
        .filter(evidence_predicates_isObject)
        .filter((d) => evidence_predicates_isObject(d.digest) && d.digest.gitCommit !== undefined)
        .map((d) => ({ uri: d.uri, commit: d.digest.gitCommit }));
    for (const c of commits)
        if (typeof c.uri !== 'string' || !c.uri.startsWith(`git+${workflow.repository}@`))
            return `a resolved dependency ${(0,quote/* quote */.h)(c.uri)} is not of the workflow's repository ${(0,quote/* quote */.h)(workflow.repository)}`;
    if (demands.commit === undefined)
        return undefined;
    if (commits.length === 0)
        return `the provenance names no commit; ${demands.commit} was required`;
    const other = commits.find((c) => c.commit !== demands.commit);
    if (other)
        return `the provenance was built from the commit ${(0,quote/* quote */.h)(other.commit)}, not ${demands.commit}`;
    return undefined;
}


/***/ }),

/***/ 74010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports referrersTag, attachReferrer */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53727);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31935);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65688);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76359);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46802);
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
    (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.checkTarget)(repository);
    if (!_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SHA256_DIGEST */ .fu.test(subject))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('BAD_REFERENCE', `${what}: the subject is not sha256:<64 lowercase hex>`);
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let next = `${client.baseUrl}/v2/${repository}/referrers/${subject}${query}`;
    const descriptors = [];
    const visited = new Set();
    let api = true;
    while (next !== undefined) {
        if (visited.has(next))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('BAD_ANSWER', `${what}: the pages lead back to a page already read`);
        visited.add(next);
        const answer = await client.send({ method: 'GET', path: next, repository, what });
        // 404 is a registry without the API (distribution 2.8: Go's plain-text 404). A first answer
        // that is not an OCI index is no API either: GHCR answers some of these with a 303 to a page
        // that is not one (TOOLCHAIN.md, measured). Only an index counts, as @sigstore/oci counts
        // only a 200 to its probe.
        const type = answer.headers.get('content-type')?.split(';')[0].trim();
        if (visited.size === 1 && (answer.status === 404 || (answer.status === 200 && type !== _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p))) {
            api = false;
            break;
        }
        if (answer.status === 200 && type !== _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('BAD_ANSWER', `${what}: a later page is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(type ?? 'untyped')}, not an OCI index`);
        if (answer.status !== 200)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('BAD_ANSWER', `${what}: the registry answered ${answer.status}`);
        descriptors.push(...indexDescriptors((0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(answer.body, what), what));
        next = (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .nextLink */ .IX)(answer.headers.get('link'), next, what);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('BAD_ANSWER', `${what}: "manifests" is not a list`);
    return manifests.map((m, i) => {
        const d = m;
        if (!d ||
            typeof d.mediaType !== 'string' ||
            typeof d.digest !== 'string' ||
            !_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SHA256_DIGEST */ .fu.test(d.digest) ||
            typeof d.size !== 'number')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('BAD_ANSWER', `${what}: manifests[${i}] is not a descriptor with mediaType, a sha256 digest and size`);
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
        throw new OciError('DIGEST_MISMATCH', `the referrer manifest's subject is ${quote(named)}, not ${subject}`);
    const digest = sha256Digest(manifest.bytes);
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
                : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
            index.manifests = [...(index.manifests ?? []), descriptor];
            try {
                await client.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), OCI_INDEX, {
                    ifMatch: current?.etag,
                });
            }
            catch (error) {
                // Another writer got there first: read its index and add ours to it.
                if (error instanceof OciError && error.code === 'CONFLICT')
                    continue;
                throw error;
            }
            writes++;
        }
        await sleep(settleMs * (1 + Math.random()));
        const after = await client.getManifest(repository, tag);
        if (after && indexDescriptors(after.json, `the referrers index ${tag}`).some((d) => d.digest === digest))
            return { digest, via: 'tag', indexWrites: writes };
    }
    throw new OciError('REFERRER_LOST', `the referrers index ${client.registry}/${repository}:${tag} lost ${digest} after ${tries} writes; other writers keep replacing it`);
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
