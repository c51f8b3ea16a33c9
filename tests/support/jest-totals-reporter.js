/**
 * Jest reporter used by every package: when ORCHARD_TEST_RESULTS is set (by .ci/run), appends one
 * line "<passed> <failed> <label>" to that file, so CI can print grand totals across packages.
 */
const fs = require("node:fs");

class TotalsReporter {
  constructor(globalConfig, options = {}) {
    this.label = options.label ?? "jest";
  }

  onRunComplete(_contexts, results) {
    const file = process.env.ORCHARD_TEST_RESULTS;
    if (!file) return;
    // A suite that fails to load has no failed test but must still count as a failure.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    fs.appendFileSync(file, `${results.numPassedTests} ${failed} ${this.label}\n`);
  }
}

module.exports = TotalsReporter;
