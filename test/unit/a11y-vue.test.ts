import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import plugin from 'eslint-plugin-vuejs-accessibility';
import { axeRef } from '../../src/core/a11y/axeRules';
import { lintVueA11y, VUE_A11Y_AXE, VUE_A11Y_RULES } from '../../src/core/a11y/vue';
import axeJson from '../../src/core/a11y/vue.axe.json';
import rulesJson from '../../python/siza_ml/rules/quality_rules.json';
import { analysisWorkerBuild } from '../../scripts/worker-builds.mjs';
import { ROOT } from './helpers';

/** src/core/a11y/vue.ts: eslint-plugin-vuejs-accessibility through vue-eslint-parser and ESLint's Linter. */

const FIXTURES = path.join(ROOT, 'test/fixtures/a11y/vue');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture holds ${needle}`);
  const before = text.slice(0, i).split('\n');
  return [before.length, before.at(-1)!.length + 1];
}

type Row = [rule: string, line: number, column: number, axeOrImpact: string | undefined];
const rows = (code: string): Row[] =>
  lintVueA11y(code).findings.map((f) => [f.ruleId, f.line, f.column, f.axe?.id ?? f.impact]);

describe('a11y-vue: lintVueA11y finds real defects in Vue SFCs', () => {
  it('a container with keyboard handlers only is delegation, as in React; a click handler on a span keeps its findings', () => {
    const code = [
      '<template>',
      '  <div class="switcher" @keydown.esc="open = false">',
      '    <button type="button" @click="open = !open">Workspaces</button>',
      '    <span class="opt" @click="choose()">Acme</span>',
      '  </div>',
      '</template>',
    ].join('\n');
    const r = lintVueA11y(code);
    assert.ok(r.findings.length > 0 && r.findings.every((f) => f.line === 4), JSON.stringify(r.findings.map((f) => [f.ruleId, f.line])));
  });

  it('event-card (<script setup lang="ts">): each defect at its element, with its axe-core rule', () => {
    const code = fixture('event-card.flawed.vue');
    const r = lintVueA11y(code);
    assert.equal(r.parseError, undefined);
    assert.equal(r.error, undefined);
    const p = 'vuejs-accessibility/';
    assert.deepEqual(rows(code), [
      [`${p}alt-text`, ...at(code, '<img src="/images/event-banner.jpg"'), 'image-alt'],
      [`${p}click-events-have-key-events`, ...at(code, '<div class="toggle"'), 'serious'],
      [`${p}no-static-element-interactions`, ...at(code, '<div class="toggle"'), 'serious'],
      [`${p}media-has-caption`, ...at(code, '<video'), 'video-caption'],
      [`${p}iframe-has-title`, ...at(code, '<iframe'), 'frame-title'],
      [`${p}form-control-has-label`, ...at(code, '<input v-model="email"'), 'label'],
      [`${p}tabindex-no-positive`, ...at(code, '<button type="submit" tabindex="2"'), 'tabindex'],
      [`${p}anchor-has-content`, ...at(code, '<a href="/events">'), 'link-name'],
    ]);
    const img = r.findings[0]!;
    assert.equal(img.severity, 'error');
    assert.match(img.message, /alt/);
    assert.equal(img.helpUrl, 'https://vue-a11y.github.io/eslint-plugin-vuejs-accessibility/rules/alt-text.html');
    assert.equal(img.axe?.impact, 'critical', "axe-core's own impact for image-alt");
    assert.match(img.axe?.helpUrl ?? '', /dequeuniversity\.com\/rules\/axe\/.*\/image-alt/);
  });

  it('menu-widgets (Options API, plain JS): ARIA, heading, access key, autofocus, redundant role', () => {
    const code = fixture('menu-widgets.flawed.vue');
    const p = 'vuejs-accessibility/';
    assert.deepEqual(rows(code), [
      [`${p}heading-has-content`, ...at(code, '<h3></h3>'), 'empty-heading'],
      [`${p}role-has-required-aria-props`, ...at(code, '<span role="checkbox"'), 'aria-required-attr'],
      [`${p}aria-props`, ...at(code, 'aria-labeledby'), 'aria-valid-attr'],
      [`${p}no-access-key`, ...at(code, '<a href="/" accesskey'), 'accesskeys'],
      [`${p}no-autofocus`, ...at(code, 'autofocus'), 'minor'],
      [`${p}no-redundant-roles`, ...at(code, '<button type="button" role="button"'), 'minor'],
    ]);
  });

  it('the same component with the defects fixed has no findings (label for=, nested label, <output>, <div />)', () => {
    assert.deepEqual(lintVueA11y(fixture('event-card.good.vue')), { findings: [] });
  });

  it('the findings come from the template alone: a <script> with the same markup in a string is not linted', () => {
    const code = ['<script setup lang="ts">', "const html: string = '<img src=\"a.png\">';", '</script>', '', '<template>', '  <p>{{ html }}</p>', '</template>'].join('\n');
    assert.deepEqual(lintVueA11y(code), { findings: [] });
  });

  it('eslint-disable comments are ignored: the score judges the code', () => {
    const code = ['<template>', '  <!-- eslint-disable-next-line vuejs-accessibility/alt-text -->', '  <img src="a.png">', '</template>'].join('\n');
    assert.deepEqual(rows(code).map((r) => r.slice(0, 2)), [['vuejs-accessibility/alt-text', 3]]);
  });
});

describe('a11y-vue: what does not parse is a parseError, never a throw', () => {
  it('a template cut off inside a tag', () => {
    const r = lintVueA11y(fixture('template-broken.vue'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.parseError, 'Template: unexpected-character-in-attribute-name (10:1)');
  });

  it('a TypeScript syntax error in <script setup lang="ts">, at its line:column', () => {
    const r = lintVueA11y(fixture('script-broken.vue'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.parseError, 'Parsing error: Expression expected. (2:22)');
  });

  it('a syntax error in a template expression', () => {
    const r = lintVueA11y(fixture('expression-broken.vue'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.parseError, `Template: Expression expected. (${at(fixture('expression-broken.vue'), '}">').join(':')})`);
  });

  it('a pug template is reported as not analysed; no template, or no text, gives no findings', () => {
    const pug = lintVueA11y('<template lang="pug">\nimg(src="a.png")\n</template>');
    assert.deepEqual(pug.findings, []);
    assert.match(pug.error ?? '', /not HTML/);
    assert.deepEqual(lintVueA11y(''), { findings: [] });
    assert.deepEqual(lintVueA11y('<script>export default {};</script>\n<style>p { color: red; }</style>'), { findings: [] });
  });
});

describe('a11y-vue: vue.axe.json', () => {
  const recommended = Object.keys(plugin.configs['flat/recommended'][1].rules).map((id) => id.replace(/^vuejs-accessibility\//, ''));

  it("lints with exactly the plugin's recommended rules, the plugin's own rule objects", () => {
    assert.deepEqual(Object.keys(VUE_A11Y_RULES).sort(), [...recommended].sort());
    const rules = plugin.rules as Record<string, unknown>;
    for (const [id, rule] of Object.entries(VUE_A11Y_RULES)) assert.equal(rule, rules[id], id);
  });

  it('lists every rule the analyser can report, each an axe-core id or a judged impact with a reason', () => {
    assert.deepEqual([...VUE_A11Y_AXE.rules].sort(), [...recommended].sort());
    for (const [rule, e] of Object.entries(axeJson.axe)) {
      if (typeof e === 'string') assert.ok(axeRef(e), `${rule} → ${e}: axe-core has it`);
      else assert.match(e.why, /^no axe-core counterpart: /, rule);
    }
  });

  it('names every heuristic a11y rule once, in covers or not_covered, and covers only with rules it lints', () => {
    const heuristic = rulesJson.rules.map((r) => r.id).filter((id) => id.startsWith('a11y/'));
    const covers = Object.keys(axeJson.covers);
    const notCovered = Object.keys(axeJson.not_covered);
    assert.deepEqual([...covers, ...notCovered].sort(), [...heuristic].sort());
    for (const ids of Object.values<string[]>(axeJson.covers)) for (const id of ids) assert.ok(recommended.includes(id), id);
  });
});

describe('a11y-vue: bundles as the analysis worker is bundled, and runs without node_modules', function () {
  this.timeout(120_000);
  let dir: string;
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('an esbuild bundle of vue.ts, loaded from a folder with no node_modules above it, lints a fixture', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'siza-vue-a11y-'));
    const outfile = path.join(dir, 'vue-a11y.js');
    await build({ ...analysisWorkerBuild({ outfile, production: true }), entryPoints: ['src/core/a11y/vue.ts'], logLevel: 'silent' });
    const bundled = createRequire(outfile)(outfile) as { lintVueA11y: typeof lintVueA11y };
    const code = fixture('event-card.flawed.vue');
    assert.deepEqual(bundled.lintVueA11y(code), lintVueA11y(code));
  });
});
