/*
 * The images of the OCI tests live in src/emulator/oci-registry/image.ts, beside the registry
 * emulator, because the rehearsal's stand-in for docker/build-push-action and the image benches
 * make the same images; the tests import them from here, as before.
 */
export * from '../../src/emulator/oci-registry/image.js';
