export { startPackageRegistryEmulator, type PackageRegistryEmulator, type LogEntry } from './server.js';
export {
  PackageRegistryState,
  normalizePypiName,
  type PublishedFile,
  type PublishedVersion,
  type PypiDigest,
} from './state.js';
export { Faults, type Fault, type FaultRule, type PackageRegistryName, type Target } from './faults.js';
export { registryUrls, type RegistryUrls } from './routes.js';
