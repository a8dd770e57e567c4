/**
 * The program's version, printed by `--version`. A constant rather than a read of package.json:
 * the bundle must answer wherever it is copied. A test keeps it equal to package.json's.
 */
export const VERSION = '0.1.0';
