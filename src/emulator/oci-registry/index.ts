export {
  blob,
  pushImage,
  readLayout,
  testImage,
  writeLayout,
  type Blob,
  type ImageOptions,
  type TestImage,
} from './image.js';
export {
  startOciRegistryEmulator,
  type OciRegistryEmulator,
  type OciRegistryOptions,
  type OciLogEntry,
} from './server.js';
export { OciRegistryState, digestOf, type Repository, type StoredManifest } from './state.js';
export { OciFaults, type OciFault, type OciFaultRule, type OciTarget } from './faults.js';
