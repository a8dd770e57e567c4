/** Sigstore signing and verification shared by sigstore-sign, sigstore-verify, undraft and the CLI. */
export * from './bundle.js';
export * from './identity.js';
export * from './instructions.js';
export * from './oidc.js';
export * from './sign.js';
export * from './trust.js';
export * from './embedded-root.js';
export * from './verify.js';
export * from './verify-files.js';
export * from './inputs.js';
