/*
 * The real registry (distribution 2.8) and skopeo for the tests live in
 * src/emulator/oci-registry/distribution.ts, beside the registry emulator, because the image
 * benches start them too; the tests import them from here, as before.
 */
export * from '../../src/emulator/oci-registry/distribution.js';
