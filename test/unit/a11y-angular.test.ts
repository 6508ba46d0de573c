import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import angularTemplate from '@angular-eslint/eslint-plugin-template';
import { build } from 'esbuild';
import { analysisWorkerBuild } from '../../scripts/worker-builds.mjs';
import { ANGULAR_A11Y_RULES, lintAngularComponentA11y, lintAngularTemplateA11y } from '../../src/core/a11y/angular';
import axeJson from '../../src/core/a11y/angular.axe.json';
import { axeRef } from '../../src/core/a11y/axeRules';
import type { A11yFinding } from '../../src/core/a11y/finding';
import { siblingReader } from '../../src/core/a11y/sibling';
import { ruleset } from '../../src/core/quality/index';
import { ROOT } from './helpers';

/** src/core/a11y/angular.ts: @angular-eslint's template accessibility rules, inline templates mapped into the .ts. */

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'a11y', 'angular', name), 'utf8');
const summary = (findings: readonly A11yFinding[]) => findings.map((f) => [f.ruleId, f.line, f.axe?.id ?? f.impact]);
/** The text a finding points at, from its 1-based line and column in the source. */
const at = (code: string, f: A11yFinding) => code.split('\n')[f.line - 1]!.slice(f.column - 1);

describe('a11y-angular: lintAngularComponentA11y on real components', () => {
  it('finds each defect of a flawed inline template at its line in the .ts file', () => {
    const code = fixture('flawed.component.ts');
    const r = lintAngularComponentA11y(code);
    assert.equal(r.parseError, undefined);
    assert.equal(r.error, undefined);
    assert.deepEqual(summary(r.findings), [
      ['angular-template/alt-text', 15, 'image-alt'],
      ['angular-template/click-events-have-key-events', 17, 'serious'],
      ['angular-template/interactive-supports-focus', 17, 'serious'],
      ['angular-template/no-positive-tabindex', 20, 'tabindex'],
      // one rule, two axe-core rules: refined by the element it reports
      ['angular-template/elements-content', 21, 'empty-heading'],
      ['angular-template/role-has-required-aria', 22, 'aria-required-attr'],
      ['angular-template/no-autofocus', 23, 'minor'],
      ['angular-template/elements-content', 24, 'button-name'],
    ]);
    const [img, click] = r.findings;
    assert.match(at(code, img!), /^<img \[src\]=/);
    assert.match(at(code, click!), /^<div class="card__bio" \(click\)/);
    assert.match(at(code, r.findings[3]!), /^3"/);
    assert.match(at(code, r.findings[4]!), /^<h4><\/h4>/);
    assert.match(at(code, r.findings[7]!), /^<button type="button" class="card__close"/);
    assert.equal(img!.severity, 'error');
    assert.equal(img!.message, '<img/> element must have a text alternative.');
    assert.equal(img!.helpUrl, 'https://github.com/angular-eslint/angular-eslint/blob/main/packages/eslint-plugin-template/docs/rules/alt-text.md');
    assert.deepEqual(img!.axe, axeRef('image-alt'));
  });

  it('a clean component with control flow and bindings gives no findings', () => {
    assert.deepEqual(lintAngularComponentA11y(fixture('clean.component.ts')), { findings: [] });
  });

  it('a malformed template gives a parseError at its line in the .ts file, and no throw', () => {
    const r = lintAngularComponentA11y(fixture('malformed.component.ts'));
    assert.deepEqual(r.findings, []);
    assert.match(r.parseError ?? '', /Unexpected closing tag "ul".*\(10:5\)$/);
  });

  it('a TypeScript syntax error gives a parseError', () => {
    const code = fixture('clean.component.ts').replace('expanded = false;', 'expanded = ;');
    const r = lintAngularComponentA11y(code);
    assert.deepEqual(r.findings, []);
    assert.match(r.parseError ?? '', /Expression expected.*\(31:14\)$/);
  });

  it('a quoted template with escapes: findings still point at their elements in the file', () => {
    const code = fixture('escaped.component.ts');
    const r = lintAngularComponentA11y(code);
    assert.deepEqual(summary(r.findings), [
      ['angular-template/alt-text', 4, 'image-alt'],
      ['angular-template/no-distracting-elements', 4, 'marquee'],
    ]);
    assert.match(at(code, r.findings[0]!), /^<img src="\/logo.svg">/);
    assert.match(at(code, r.findings[1]!), /^<marquee>/);
  });

  it('a templateUrl file, read beside the component: its findings on the templateUrl line, each naming its file and line', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'a11y', 'angular');
    const asked: string[] = [];
    const reader = siblingReader(path.join(dir, 'url.component.ts'), (abs) => {
      asked.push(abs);
      return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    });
    const r = lintAngularComponentA11y(fixture('url.component.ts'), reader);
    assert.deepEqual(asked, [path.join(dir, 'url.component.html')]);
    assert.equal(r.error, undefined);
    assert.deepEqual(summary(r.findings), [
      ['angular-template/label-has-associated-control', 6, 'label'],
      ['angular-template/alt-text', 6, 'object-alt'],
    ]);
    // at the templateUrl's value: line 6, column 16 of the .ts file
    assert.deepEqual(r.findings.map((f) => f.column), [16, 16]);
    assert.match(r.findings[0]!.message, /\(\.\/url\.component\.html, line 2\)$/);
    assert.match(r.findings[1]!.message, /\(\.\/url\.component\.html, line 5\)$/);
    // the same file linted on its own gives the same findings at its own lines
    assert.deepEqual(summary(lintAngularTemplateA11y(fixture('url.component.html')).findings), [
      ['angular-template/label-has-associated-control', 2, 'label'],
      ['angular-template/alt-text', 5, 'object-alt'],
    ]);
  });

  it('a templateUrl that is not read is the lint\'s error, never a clean result; a malformed one is a parseError naming it', () => {
    assert.deepEqual(lintAngularComponentA11y(fixture('url.component.ts')), { findings: [], error: 'templateUrl not read: ./url.component.html' });
    assert.deepEqual(lintAngularComponentA11y(fixture('url.component.ts'), () => undefined), { findings: [], error: 'templateUrl not read: ./url.component.html' });
    const r = lintAngularComponentA11y(fixture('url.component.ts'), () => '<div>\n  <p>\n</div');
    assert.equal(r.findings.length, 0);
    assert.match(r.parseError ?? '', /\(\.\/url\.component\.html \d+:\d+\)$/);
  });

  it('siblingReader reads .html beside the component only: no absolute path, no other kind of file', () => {
    const asked: string[] = [];
    const read = siblingReader('/w/src/app/card.component.ts', (abs) => (asked.push(abs), 'x'));
    assert.equal(read('./card.component.html'), 'x');
    assert.equal(read('../shared/panel.html'), 'x');
    assert.equal(read('/etc/passwd.html'), undefined);
    assert.equal(read('./card.component.ts'), undefined);
    assert.deepEqual(asked, ['/w/src/app/card.component.html', '/w/src/shared/panel.html']);
  });

  it('lintAngularTemplateA11y moves lines by lineOffset, and the first line\'s columns by columnOffset', () => {
    const code = fixture('flawed.component.ts');
    const start = code.indexOf('template: `') + 'template: `'.length;
    const template = code.slice(start, code.indexOf('`', start));
    const before = code.slice(0, start).split('\n');
    const moved = lintAngularTemplateA11y(template, { lineOffset: before.length - 1, columnOffset: before.at(-1)!.length });
    assert.deepEqual(moved, lintAngularComponentA11y(code));
    const oneLine = lintAngularTemplateA11y('<p>Logo</p><img src="a.png">\n<img src="b.png">', { lineOffset: 3, columnOffset: 10 });
    assert.deepEqual(oneLine.findings.map((f) => [f.line, f.column]), [[4, 22], [5, 1]]);
  });
});

describe('a11y-angular: angular.axe.json', () => {
  const plugin = angularTemplate.rules as Record<string, { meta: { docs?: { description?: string } } }>;

  it('runs the plugin\'s accessibility rules: those its docs mark [Accessibility], and no-positive-tabindex', () => {
    const documented = Object.keys(plugin).filter((r) => plugin[r]!.meta.docs?.description?.startsWith('[Accessibility]'));
    assert.ok(documented.length >= 11, documented.join(', '));
    assert.deepEqual([...ANGULAR_A11Y_RULES].sort(), [...documented, 'no-positive-tabindex'].sort());
  });

  it('every axe id is one axe-core has, every judged impact says why', () => {
    for (const [rule, entry] of Object.entries(axeJson.axe)) {
      if (typeof entry === 'string') assert.ok(axeRef(entry), `${rule} → ${entry}`);
      else assert.ok(entry.why.length > 20, rule);
    }
  });

  it('every heuristic accessibility rule is covered or says why not, by rules the map has', () => {
    const heuristic = ruleset().rules.filter((r) => r.id.startsWith('a11y/')).map((r) => r.id).sort();
    assert.deepEqual([...Object.keys(axeJson.covers), ...Object.keys(axeJson.not_covered)].sort(), heuristic);
    for (const rules of Object.values(axeJson.covers)) for (const r of rules) assert.ok(Object.hasOwn(axeJson.axe, r), r);
  });
});

describe('a11y-angular: bundled as the analysis worker bundles', () => {
  it('builds with the worker\'s esbuild options and gives the same findings from the bundle', async () => {
    const outfile = path.join(ROOT, 'test-output', 'a11y-angular', String(process.pid), 'angular.js');
    try {
      await build({ ...analysisWorkerBuild({ outfile }), entryPoints: ['src/core/a11y/angular.ts'], sourcemap: false });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const bundled = require(outfile) as { lintAngularComponentA11y: typeof lintAngularComponentA11y };
      const code = fixture('flawed.component.ts');
      assert.deepEqual(bundled.lintAngularComponentA11y(code), lintAngularComponentA11y(code));
      // ESLint's Node entry stays out: its config loader is what would have needed jiti
      assert.doesNotMatch(readFileSync(outfile, 'utf8'), /loadJiti/);
    } finally {
      rmSync(path.dirname(outfile), { recursive: true, force: true });
    }
  });
});
