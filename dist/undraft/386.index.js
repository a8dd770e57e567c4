export const id = 386;
export const ids = [386];
export const modules = {

/***/ 47386:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTENT_TYPES: () => (/* binding */ CONTENT_TYPES),
  DEFAULT_MIN_COMPONENTS: () => (/* binding */ DEFAULT_MIN_COMPONENTS),
  MAX_SBOM_BYTES: () => (/* binding */ MAX_SBOM_BYTES),
  MAX_SCHEMA_ERRORS: () => (/* binding */ MAX_SCHEMA_ERRORS),
  SbomError: () => (/* binding */ SbomError),
  analyzeSbom: () => (/* binding */ analyzeSbom),
  componentShortfall: () => (/* binding */ componentShortfall),
  formatBytes: () => (/* binding */ formatBytes),
  hasComponent: () => (/* binding */ hasComponent),
  judgeSbom: () => (/* binding */ judgeSbom),
  readSbom: () => (/* binding */ readSbom),
  readSbomFile: () => (/* binding */ readSbomFile)
});

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
const MAX_SBOM_BYTES = 64 * 1024 * 1024;
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
    const { size } = await external_node_fs_.promises.stat(file);
    return readSbom({ size, read: () => external_node_fs_.promises.readFile(file) }, limit);
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


/***/ })

};
