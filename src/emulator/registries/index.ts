export { startRegistryEmulator, type RegistryEmulator, type LogEntry } from './server.js';
export { RegistryState, normalizePypiName, type PublishedFile, type PublishedVersion } from './state.js';
export { Faults, type Fault, type FaultRule, type RegistryName, type Target } from './faults.js';
export { registryUrls, type RegistryUrls } from './routes.js';
