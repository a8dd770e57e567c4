import { readKeyed } from './keyed.js';
import { readText } from './shared.js';
import type { DeclaredVersion } from './types.js';

/** A Helm chart's Chart.yaml: the top-level `version` (the chart's, not `appVersion`). */
export function readChartYaml(file: string, shown: string): DeclaredVersion {
  return readKeyed(readText(file, shown), 'Chart.yaml', ['version'], shown, false);
}
