/*
 * Loaded before every test file (jest.config.js, setupFilesAfterEnv): what the runner harness
 * made for a file's runs (`runner-<name>-*` in the temp dir, kept so tests can read RUNNER_TEMP)
 * is removed once the file is done, so the suite leaves no folder behind.
 */
import { disposeRuns } from '../../src/emulator/runner.js';

afterAll(disposeRuns);
