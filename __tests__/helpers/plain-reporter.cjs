// Prints the plain closing line CI's parser reads, "N passed, N failed[, N skipped]", as the very
// last line of the run: Jest's own summary is written after reporters finish, so the line is
// written when the process exits (stdout to a file or pipe is synchronous on Linux).

class PlainReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    process.once('exit', () => process.stdout.write(`\n${line}`));
  }
}
module.exports = PlainReporter;
