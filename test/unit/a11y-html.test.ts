import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import axe from 'axe-core';
import { build } from 'esbuild';
import { loadPairs, readPairFile } from '../../bench/calibrationSet';
import { analysisWorkerBuild } from '../../scripts/worker-builds.mjs';
import { axeRef } from '../../src/core/a11y/axeRules';
import type { A11yFinding, A11yLint } from '../../src/core/a11y/finding';
import { closeHtmlA11y, DOCUMENT_ONLY, HTML_AXE, lintHtmlA11y } from '../../src/core/a11y/html';
import htmlAxe from '../../src/core/a11y/html.axe.json';
import { ruleset } from '../../src/core/quality/index';
import { ROOT } from './helpers';

/** src/core/a11y/html.ts: axe-core on a happy-dom DOM built from the HTML text, findings at their start tags. */

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'a11y', 'html');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const at = (findings: readonly A11yFinding[]) => findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
const lines = (...rows: string[]) => rows.join('\n');

after(closeHtmlA11y);

describe('a11y-html: lintHtmlA11y finds real defects where they are', () => {
  it('a component fragment: each defect at its start tag, with its axe-core rule and impact', async () => {
    const r = await lintHtmlA11y(fixture('account-menu.flawed.html'));
    assert.equal(r.parseError, undefined);
    assert.equal(r.error, undefined);
    assert.deepEqual(at(r.findings), [
      'axe/image-alt@3:3',
      'axe/button-name@5:3',
      'axe/aria-valid-attr@10:25',
      'axe/aria-command-name@11:5',
      'axe/link-name@11:25',
      'axe/label@14:5',
      'axe/tabindex@15:5',
      'axe/aria-roles@17:3',
    ]);
    const img = r.findings[0]!;
    assert.deepEqual(img.axe, axeRef('image-alt'));
    assert.equal(img.axe?.impact, 'critical');
    assert.equal(img.severity, 'error');
    assert.equal(img.helpUrl, axeRef('image-alt')!.helpUrl);
    assert.match(img.message, /^Images must have alternative text: /);
    assert.match(r.findings[2]!.message, /aria-lable/);
  });

  it('the same component fixed has no findings', async () => {
    assert.deepEqual(await lintHtmlA11y(fixture('account-menu.good.html')), { findings: [] });
  });

  it('a whole page: the page rules run, hidden content (a <style> display:none) is not judged, implied <tbody> does not shift lines', async () => {
    const r = await lintHtmlA11y(fixture('order-page.flawed.html'));
    assert.deepEqual(at(r.findings), ['axe/document-title@2:1', 'axe/html-has-lang@2:1', 'axe/select-name@14:5', 'axe/scope-attr-valid@20:11']);
    const scope = r.findings.at(-1)!;
    assert.equal(scope.severity, 'warning', 'a moderate impact is a warning');
    assert.deepEqual(await lintHtmlA11y(fixture('order-page.good.html')), { findings: [] });
  });

  it('a fragment is not judged as a page; the same markup in an <html> without lang is', async () => {
    const markup = '<h3>Prices</h3>\n<p>From 4 EUR a month.</p>';
    const fragment = await lintHtmlA11y(markup);
    assert.deepEqual(fragment, { findings: [] });
    const page = await lintHtmlA11y(`<html>\n<body>\n${markup}\n</body>\n</html>`);
    const rules = new Set(page.findings.map((f) => f.ruleId));
    for (const r of ['axe/html-has-lang', 'axe/document-title', 'axe/landmark-one-main', 'axe/page-has-heading-one', 'axe/region']) assert.ok(rules.has(r), `${r} in ${[...rules].join(', ')}`);
  });

  it('lines and columns are those of the text passed in (leading lines, CRLF, a tag after text on its line)', async () => {
    const r = await lintHtmlA11y(['', '', '<p>Logo:   <img src="a.png"></p>', '<p>', '  <a href="/x"></a>', '</p>'].join('\r\n'));
    assert.deepEqual(at(r.findings), ['axe/image-alt@3:12', 'axe/link-name@5:3']);
  });

  it('the page\'s scripts and handlers never run (a script hiding the body would be an aria-hidden-body finding)', async () => {
    const code = lines(
      '<script>document.body.setAttribute("aria-hidden", "true"); document.body.innerHTML = "";</script>',
      '<img src="a.png" onerror="this.alt = \'fixed\'" onload="this.alt = \'fixed\'">',
    );
    assert.deepEqual(at((await lintHtmlA11y(code)).findings), ['axe/image-alt@2:1']);
  });

  it('framework attributes the DOM API refuses (@click, :class, [prop]) are skipped, not fatal', async () => {
    const code = '<div x-data="{ open: false }">\n  <button @click="open = !open" :class="{ on: open }" [disabled]="busy"></button>\n</div>';
    const r = await lintHtmlA11y(code);
    assert.equal(r.error, undefined);
    assert.deepEqual(at(r.findings), ['axe/button-name@2:3']);
  });

  it('runs queued on the shared window give each text its own findings', async () => {
    const [a, b, c] = await Promise.all([lintHtmlA11y('<img src="a.png">'), lintHtmlA11y('<p>fine</p>'), lintHtmlA11y('\n<input type="text">')]);
    assert.deepEqual([at(a.findings), at(b.findings), at(c.findings)], [['axe/image-alt@1:1'], [], ['axe/label@2:1']]);
  });

  it('a truncated file is a parseError with line:column, not a throw and no findings', async () => {
    const r = await lintHtmlA11y(fixture('newsletter-signup.truncated.html'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.parseError, 'eof-in-tag: the text ends inside a tag (5:1)');
    assert.match((await lintHtmlA11y('<p>a</p>\n<!-- never closed')).parseError ?? '', /^eof-in-comment: .* \(2:18\)$/);
    assert.match((await lintHtmlA11y('<textarea>\nno end')).parseError ?? '', /^eof-in-element-that-can-contain-only-text/);
    // sloppy but complete HTML is judged as browsers read it
    assert.deepEqual(await lintHtmlA11y('<div><span>unclosed</div></p>'), { findings: [] });
  });
});

describe('a11y-html: the calibration set\'s HTML pages', () => {
  for (const p of loadPairs().filter((x) => x.framework === 'html')) {
    // no-autoplay-audio is excluded (it needs the media loaded); other kinds have no axe-core rule
    const expected = p.axe !== null && Object.hasOwn(htmlAxe.axe, p.axe) ? `axe/${p.axe}` : undefined;
    it(`${p.id}: the good page has no finding${expected ? `; the flawed one has ${expected}` : ''}`, async () => {
      assert.deepEqual(await lintHtmlA11y(readPairFile(p.good)), { findings: [] }, p.good);
      if (expected) assert.ok((await lintHtmlA11y(readPairFile(p.flawed))).findings.some((f) => f.ruleId === expected), `${p.flawed}: no ${expected}`);
    });
  }
});

describe('a11y-html: html.axe.json', () => {
  const all = axe.getRules().map((r) => r.ruleId);
  const excluded = Object.keys(htmlAxe.excluded);

  it('names every axe-core rule once: run (mapped to itself, known to axeRef) or excluded with a reason', () => {
    for (const [rule, id] of Object.entries(htmlAxe.axe)) {
      assert.equal(id, rule, `${rule} maps to itself`);
      assert.ok(axeRef(id), `axe-core has no ${id}`);
      assert.deepEqual(HTML_AXE.lookup(rule), { axe: axeRef(id) });
    }
    for (const [rule, why] of Object.entries(htmlAxe.excluded)) {
      assert.ok(all.includes(rule), `excluded ${rule} is not an axe-core rule`);
      assert.ok(why.length > 20, rule);
      assert.ok(!Object.hasOwn(htmlAxe.axe, rule), `${rule} is both run and excluded`);
    }
    assert.deepEqual([...HTML_AXE.rules, ...excluded].sort(), [...all].sort());
    for (const r of ['color-contrast', 'target-size', 'link-in-text-block', 'scrollable-region-focusable']) assert.ok(excluded.includes(r), r);
  });

  it('leaves the page-level rules to whole documents', () => {
    for (const r of ['html-has-lang', 'document-title', 'landmark-one-main', 'page-has-heading-one', 'region']) assert.ok(DOCUMENT_ONLY.has(r), r);
    for (const r of DOCUMENT_ONLY) assert.ok(HTML_AXE.rules.includes(r), `${r} is not run at all`);
  });

  it('sorts every heuristic accessibility rule into covers or not_covered, covering with rules it runs', () => {
    const heuristic = ruleset()
      .rules.filter((r) => r.factor === 'accessibility')
      .map((r) => r.id);
    assert.ok(heuristic.length >= 10);
    assert.deepEqual([...Object.keys(htmlAxe.covers), ...Object.keys(htmlAxe.not_covered)].sort(), [...heuristic].sort());
    for (const [rule, by] of Object.entries(htmlAxe.covers)) {
      for (const id of by) assert.ok(id.startsWith('axe/') && HTML_AXE.rules.includes(id.slice(4)), `${rule}: ${id} is not run`);
    }
  });
});

describe('a11y-html: bundled as the analysis worker is', () => {
  const dir = path.join(ROOT, 'test-output', 'a11y-html', String(process.pid));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const production of [false, true]) {
    it(`loads and lints in a worker thread from an esbuild bundle (${production ? 'minified' : 'development'})`, async () => {
      mkdirSync(dir, { recursive: true });
      const entry = path.join(dir, 'entry.ts');
      // the analysis worker's own build options: axe-core's source and happy-dom must survive bundling
      writeFileSync(
        entry,
        `import { parentPort } from 'node:worker_threads';\nimport { lintHtmlA11y } from ${JSON.stringify(path.join(ROOT, 'src', 'core', 'a11y', 'html'))};\nparentPort!.once('message', (code: string) => { void lintHtmlA11y(code).then((r) => { parentPort!.postMessage(r); process.exit(0); }); });\n`,
      );
      const outfile = path.join(dir, `worker-${production ? 'min' : 'dev'}.js`);
      await build({ ...analysisWorkerBuild({ outfile, production }), entryPoints: [entry], sourcemap: false, logLevel: 'error' });
      const worker = new Worker(outfile);
      const result = await new Promise<A11yLint>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(fixture('account-menu.flawed.html'));
      });
      await worker.terminate();
      assert.equal(result.error, undefined);
      assert.deepEqual(result.findings.map((f) => f.ruleId).slice(0, 2), ['axe/image-alt', 'axe/button-name']);
      assert.equal(result.findings.length, 8);
    });
  }
});
