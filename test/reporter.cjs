// The unit tier's mocha reporter: the spec reporter on the console, plus a results file (SIZA_TEST_RESULTS)
// stamped with the run id scripts/test.sh generated, which scripts/test-results.py reads. The file is
// written only when the run ends, so a crashed run leaves no file and counts as failed.
const fs = require('node:fs');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class ResultsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const results = { runId: process.env.SIZA_TEST_RUN_ID ?? null, passed: [], failed: [], pending: [] };
    runner.on(EVENT_TEST_PASS, (t) => results.passed.push(t.fullTitle()));
    runner.on(EVENT_TEST_FAIL, (t, err) => results.failed.push({ title: t.fullTitle(), error: String(err?.stack ?? err) }));
    runner.on(EVENT_TEST_PENDING, (t) => results.pending.push(t.fullTitle()));
    runner.once(EVENT_RUN_END, () => {
      const out = process.env.SIZA_TEST_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
    });
  }
}

module.exports = ResultsReporter;
