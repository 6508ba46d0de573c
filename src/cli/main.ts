/** siza-gen-check: the quality gate for CI (bundled by scripts/build-cli.mjs into dist/cli/siza-gen-check.js). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXIT, HELP, parseCli, TOOL, UsageError, type Options } from './args';
import { checkFiles, gateExitCode, type CheckResult } from './check';
import { findFiles } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText, skippedLines } from './format/text';

/** The version the build stamps in (the root package.json's); tsx runs of the source say so. */
declare const __SIZA_VERSION__: string | undefined;
export const VERSION = typeof __SIZA_VERSION__ === 'string' ? __SIZA_VERSION__ : '0.0.0-source';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

function report(r: CheckResult, o: Options, exitCode: number): string {
  const meta = { tool: TOOL, version: VERSION, exitCode };
  if (o.format === 'json') return formatJson(r, meta);
  if (o.format === 'sarif') return formatSarif(r, meta);
  return formatText(r);
}

/** --output's file, its folder made first (CI jobs name e.g. reports/siza.sarif). */
function writeReport(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** One run; resolves to the exit code (EXIT). Nothing here calls process.exit, so tests can run it in-process too. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let options: Options;
  try {
    const parsed = parseCli(argv);
    if (parsed.kind === 'help') return io.stdout(HELP), EXIT.ok;
    if (parsed.kind === 'version') return io.stdout(`${VERSION}\n`), EXIT.ok;
    options = parsed.options;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${TOOL}: ${e.message}\nRun ${TOOL} --help for the usage.\n`);
    return EXIT.usage;
  }
  const found = await findFiles(options.patterns, io.cwd, { gitignore: options.gitignore });
  const result = await checkFiles(found.files, io.cwd, options.min);
  const nothing = result.files === 0;
  const code = nothing ? EXIT.noFiles : gateExitCode(result);
  if (options.format === 'text') io.stderr(skippedLines(result));
  if (nothing) {
    const why = found.files.length === 0 ? `no file matched ${options.patterns.map((p) => JSON.stringify(p)).join(' ')}` : 'every file that matched was skipped';
    io.stderr(`${TOOL}: ${why}${found.gitignored > 0 ? ` (${found.gitignored} excluded by .gitignore)` : ''}\n`);
  }
  const text = report(result, options, code);
  if (options.output === undefined) io.stdout(text);
  else writeReport(path.resolve(io.cwd, options.output), text);
  return code;
}

/** The bin's entry: the real process, its exit code set (not forced, so stdout is flushed first). */
if (require.main === module) {
  run(process.argv.slice(2), { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${TOOL}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
