import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Entry point the extension host calls for extensionTestsPath: runs every *.test.js beside it. */
export function run(): Promise<void> {
  const out = process.env.SIZA_TEST_OUTPUT ?? path.resolve('test-output');
  fs.mkdirSync(out, { recursive: true });
  // an .only left in, or a skipped test, fails the run: a suite must not pass by running less
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, forbidOnly: true, forbidPending: true });
  // SIZA_TEST_FILES=webviews,sidecar runs only the files whose names contain one of those parts
  const only = (process.env.SIZA_TEST_FILES ?? '').split(',').filter(Boolean);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js') && (only.length === 0 || only.some((o) => f.includes(o)))) mocha.addFile(path.join(__dirname, f));
  }
  // stamped with scripts/test.sh's run id, so a file an earlier run left behind is never counted
  const results = {
    runId: process.env.SIZA_TEST_RUN_ID ?? null,
    passed: [] as string[],
    failed: [] as { title: string; error: string }[],
    pending: [] as string[],
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      fs.writeFileSync(path.join(out, 'mocha-results.json'), JSON.stringify(results, null, 2));
      console.log(`[siza-test] ${results.passed.length} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => results.failed.push({ title: t.fullTitle(), error: String(err.stack ?? err) }));
    runner.on('pending', (t) => results.pending.push(t.fullTitle()));
  });
}
