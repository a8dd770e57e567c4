import { BaseError } from '../core/errors.js';

/**
 * Why a benchmark run stopped instead of writing a figure:
 * - `USAGE`: a bad flag or BENCH_* variable;
 * - `RUN_FAILED`: a measured or baseline command failed;
 * - `NO_READING`: a command ran but gave no time, size or RSS to read;
 * - `WRONG_RESULT`: the product's result disagrees with the baseline's (a figure would be a lie).
 */
export type BenchErrorCode = 'USAGE' | 'RUN_FAILED' | 'NO_READING' | 'WRONG_RESULT';

/** A benchmark that cannot produce an honest figure (see {@link BenchErrorCode}). */
export class BenchError extends BaseError<BenchErrorCode> {}
