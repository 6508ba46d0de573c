// siza-gen-check end to end: built with scripts/build-cli.mjs, packed with `npm pack`, installed from the tarball
// into an empty folder, and its installed bin run with node on a copy of test/fixtures/cli-workspace.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';

const ROOT = path.resolve(__dirname, '..', '..');
const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'cli-workspace');
const SCHEMA = path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json');
const ALL = '**/*.{tsx,ts,vue,svelte,html}';
const BAD = ['bad/ArticleHero.svelte', 'bad/GalleryNoAlt.vue', 'bad/TeamMemberPhoto.tsx', 'bad/press-kit.component.ts'];
/** An Angular templateUrl file: checked through its component, listed as such, never as plain HTML. */
const TEMPLATE_SKIP = { file: 'bad/press-kit.component.html', reason: 'the Angular template of bad/press-kit.component.ts: checked with that component', checkedWith: 'bad/press-kit.component.ts' };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface JsonReport {
  exitCode: number;
  min: number;
  summary: { files: number; components: number; below: number; unparsable: number; skipped: number };
  components: { file: string; name: string; framework: string; score: number; passed: boolean; drivenBy: string }[];
  findings: { ruleId: string; file: string; line: number; level: string; message: string }[];
  unparsable: string[];
  skipped: { file: string; reason: string; checkedWith?: string }[];
}

describe('siza-gen-check (built, packed, installed)', function () {
  this.timeout(180_000);
  let tmp: string;
  let bin: string;
  let cwd: string;
  const check = (...args: string[]): Run => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(async function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'siza-cli-'));
    const out = path.join(tmp, 'cli');
    // the build script is ESM; tsx's loader runs it from this CommonJS test
    const { buildCli } = (await import(path.join(ROOT, 'scripts', 'build-cli.mjs'))) as { buildCli: (o: { outDir: string }) => Promise<string> };
    await buildCli({ outDir: out });
    const packed = execFileSync('npm', ['pack', out, '--pack-destination', tmp, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').pop()!;
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{"name":"consumer","private":true}\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(tmp, packed)], { cwd: project, stdio: 'pipe' });
    const installed = path.join(project, 'node_modules', 'siza-gen-check');
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { bin: Record<string, string>; engines: { node: string }; dependencies?: object };
    bin = path.join(installed, manifest.bin['siza-gen-check']!);
    assert.equal(manifest.engines.node, '>=20');
    assert.equal(manifest.dependencies, undefined, 'the bundle is self-contained');
    assert.ok(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
    // a copy outside this repository: its .gitignore files are the only ones that apply
    cwd = path.join(tmp, 'workspace');
    fs.cpSync(WORKSPACE, cwd, { recursive: true });
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('exit 0 when every component reaches --min', () => {
    const r = check('good/**/*', '--min', '7');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /5 files checked; 5 components, 0 below 7; /);
    for (const fw of ['react', 'vue', 'svelte', 'angular', 'html']) assert.match(r.stdout, new RegExp(`ok +\\d+\\.\\d .*\\(${fw}\\)`));
  });

  it('text: exit 1, the components below --min with what drives them, parse errors, the binary file on stderr, nothing .gitignored', () => {
    const r = check(ALL);
    assert.equal(r.code, 1);
    for (const file of BAD) assert.match(r.stdout, new RegExp(`^${file.replace('.', '\\.')}\\n(  .*\\n)*  \\d+:\\d+  error  \\w+ \\(\\w+\\) scores \\d\\.\\d/10, below 7: .+  siza/below-threshold$`, 'm'));
    assert.match(r.stdout, /^broken\/Unclosed\.tsx\n {2}3:6 {2}error {2}Does not parse: .* {2}parse-error$/m);
    assert.match(r.stdout, / {2}11:1 {2}error {2}img elements must have an alt prop.* {2}jsx-a11y\/alt-text/);
    assert.match(r.stdout, /10 files checked; 10 components, 4 below 7; \d+ findings; 1 file that does not parse; 2 skipped/);
    assert.equal(r.stderr, `siza-gen-check: skipped ${TEMPLATE_SKIP.file}: ${TEMPLATE_SKIP.reason}\nsiza-gen-check: skipped broken/Logo.tsx: binary (contains NUL bytes)\n`);
    assert.doesNotMatch(r.stdout + r.stderr, /ignored\/|drafts\/|IgnoredCard|DraftCard/);
  });

  it('json: every component scored, exactly the bad ones below, the parse error and the skipped file listed', () => {
    const r = check(ALL, '--format', 'json');
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '', 'JSON mode lists skipped files in the report, not on stderr');
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.exitCode, 1);
    assert.deepEqual(report.components.filter((c) => !c.passed).map((c) => c.file).sort(), BAD);
    assert.ok(report.components.filter((c) => !c.passed).every((c) => c.score < 7 && /Images must have alternative text/.test(c.drivenBy)));
    assert.deepEqual(report.unparsable, ['broken/Unclosed.tsx']);
    assert.deepEqual(report.skipped, [TEMPLATE_SKIP, { file: 'broken/Logo.tsx', reason: 'binary (contains NUL bytes)' }]);
    // the templateUrl file's image without alt, on the component's templateUrl line, naming the template's line
    assert.ok(report.findings.some((f) => f.file === 'bad/press-kit.component.ts' && f.ruleId === 'angular-template/alt-text' && f.line === 11 && /press-kit\.component\.html, line 6\)$/.test(f.message)), JSON.stringify(report.findings.filter((f) => f.file.startsWith('bad/press'))));
    assert.deepEqual([...new Set(report.components.map((c) => c.framework))].sort(), ['angular', 'html', 'react', 'svelte', 'vue']);
    assert.ok(report.components.every((c) => !/^(ignored|bad\/drafts)\//.test(c.file)), 'a .gitignored file was checked');
    // the img without alt sits on line 11 of the file (line 4 of the component, which starts on line 8)
    assert.ok(report.findings.some((f) => f.file === 'bad/TeamMemberPhoto.tsx' && f.ruleId === 'jsx-a11y/alt-text' && f.line === 11));
  });

  it('--no-gitignore checks the .gitignored files too (root and nested .gitignore)', () => {
    const ignored = check('ignored/**/*.tsx', 'bad/drafts/*.tsx', '--format', 'json');
    assert.equal(ignored.code, 3);
    assert.match(ignored.stderr, /no file matched .* \(2 excluded by \.gitignore\)/);
    const all = check('ignored/**/*.tsx', 'bad/drafts/*.tsx', '--no-gitignore', '--format', 'json');
    assert.equal(all.code, 1);
    assert.deepEqual((JSON.parse(all.stdout) as JsonReport).components.map((c) => c.name).sort(), ['DraftCard', 'IgnoredCard']);
  });

  describe('sarif', () => {
    // strict off: the schema has keywords ajv's strict mode rejects; unicodeRegExp off: its `language` pattern is
    // not a valid regex under the u flag, and draft-04 patterns are plain ECMA 262 ones
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    let validate: ReturnType<typeof ajv.compile>;
    const errors = () => ajv.errorsText(validate.errors);
    let log: Log;

    before(() => {
      validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
      const r = check(ALL, '--format', 'sarif', '--output', 'out/report.sarif');
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      log = JSON.parse(fs.readFileSync(path.join(cwd, 'out', 'report.sarif'), 'utf8')) as Log;
    });

    it('validates against the SARIF 2.1.0 schema', () => {
      assert.ok(validate(log), errors());
    });

    it('one run: the driver with its rules, one result per finding, one error per component below --min', () => {
      assert.equal(log.runs.length, 1);
      const run = log.runs[0]!;
      const rules = run.tool.driver.rules!;
      assert.ok(rules.every((r) => r.id && r.shortDescription?.text && /^https:\/\//.test(r.helpUri ?? '')));
      const below = run.results!.filter((r) => r.ruleId === 'siza/below-threshold');
      assert.deepEqual(below.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri).sort(), BAD);
      assert.ok(below.every((r) => r.level === 'error' && /scores \d\.\d\/10, below 7: capped by a critical finding/.test(r.message.text!)));
      const alt = run.results!.find((r) => r.ruleId === 'jsx-a11y/alt-text')!;
      assert.deepEqual(alt.locations![0]!.physicalLocation!.region, { startLine: 11, startColumn: 1 });
      assert.equal(rules[alt.ruleIndex!]!.id, 'jsx-a11y/alt-text');
      const parse = run.results!.filter((r) => r.ruleId === 'parse-error');
      assert.ok(parse.length > 0 && parse.every((r) => r.level === 'error' && r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'broken/Unclosed.tsx'));
      for (const r of run.results!) assert.ok(rules.some((d) => d.id === r.ruleId), `no rule for ${r.ruleId}`);
      const notes = run.invocations![0]!.toolExecutionNotifications!;
      assert.deepEqual(
        notes.map((n) => [n.locations![0]!.physicalLocation!.artifactLocation!.uri, n.level]),
        [
          [TEMPLATE_SKIP.file, 'note'],
          ['broken/Logo.tsx', 'warning'],
        ],
      );
    });

    it('the schema check fails on a broken SARIF', () => {
      const broken = (edit: (l: Log) => void) => {
        const copy = structuredClone(log);
        edit(copy);
        return validate(copy);
      };
      assert.equal(broken((l) => ((l.runs[0]!.results![0] as { level: string }).level = 'fatal')), false);
      assert.equal(broken((l) => delete (l.runs[0]!.tool.driver as { name?: string }).name), false);
      assert.equal(broken((l) => ((l.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region as { startLine: number }).startLine = 0)), false);
      assert.equal(broken((l) => ((l as { version: string }).version = '2.0.0')), false);
    });
  });

  it('exit 2 on a usage error: unknown flag, no glob, bad --min, bad --format', () => {
    for (const args of [['--bogus', ALL], [], [ALL, '--min', '11'], [ALL, '--min', 'seven'], [ALL, '--min', ''], [ALL, '--format', 'xml']]) {
      const r = check(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^siza-gen-check: .+\nRun siza-gen-check --help for the usage\.\n$/);
      assert.equal(r.stdout, '');
    }
  });

  it('exit 3 when no file matched', () => {
    const r = check('nowhere/**/*.tsx');
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no file matched "nowhere\/\*\*\/\*\.tsx"/);
  });

  it('--min moves the gate; --help documents every exit code', () => {
    const lowest = Math.min(...(JSON.parse(check('bad/**/*', '--format', 'json').stdout) as JsonReport).components.map((c) => c.score));
    assert.equal(check('bad/**/*', '--min', String(lowest)).code, 0, 'a score equal to --min passes');
    assert.equal(check('bad/**/*', '--min', String(lowest + 0.05)).code, 1);
    const help = check('--help');
    assert.equal(help.code, 0);
    for (const code of [0, 1, 2, 3]) assert.match(help.stdout, new RegExp(`^  ${code}  \\S`, 'm'));
    assert.match(check('--version').stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
