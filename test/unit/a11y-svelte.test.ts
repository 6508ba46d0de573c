import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';
import { analysisWorkerBuild } from '../../scripts/worker-builds.mjs';
import { axeRef } from '../../src/core/a11y/axeRules';
import { inProcessScore } from '../../src/core/a11y/index';
import type { A11yFinding } from '../../src/core/a11y/finding';
import { lintSvelteA11y, SVELTE_AXE } from '../../src/core/a11y/svelte';
import axeJson from '../../src/core/a11y/svelte.axe.json';
import { ruleset } from '../../src/core/quality/index';
import { ROOT } from './helpers';

/** src/core/a11y/svelte.ts: Svelte's compiler's own a11y_* warnings as findings mapped to axe-core. */

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'a11y', 'svelte', name), 'utf8');
const summary = (findings: readonly A11yFinding[]) => findings.map((f) => [f.ruleId, f.line, f.axe?.id ?? f.impact]);
/** The text a finding points at, from its 1-based line and column in the source. */
const at = (code: string, f: A11yFinding) => code.split('\n')[f.line - 1]!.slice(f.column - 1);

/** The compiler's own list of warning codes (its source, as shipped in node_modules). */
function compilerA11yCodes(): string[] {
  const src = readFileSync(path.join(ROOT, 'node_modules', 'svelte', 'src', 'compiler', 'warnings.js'), 'utf8');
  const list = /export const codes = \[([\s\S]*?)\];/.exec(src)?.[1];
  assert.ok(list, 'svelte/src/compiler/warnings.js lists its codes');
  return [...list.matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]!).filter((c) => c.startsWith('a11y'));
}

describe('a11y-svelte: lintSvelteA11y on real components', () => {
  it('finds each defect of a flawed card at its line, with its axe-core rule or judged impact', () => {
    const code = fixture('flawed.svelte');
    const r = lintSvelteA11y(code);
    assert.equal(r.parseError, undefined);
    assert.equal(r.error, undefined);
    assert.deepEqual(summary(r.findings), [
      ['svelte/a11y_missing_attribute', 8, 'image-alt'],
      ['svelte/a11y_click_events_have_key_events', 10, 'serious'],
      ['svelte/a11y_no_static_element_interactions', 10, 'serious'],
      ['svelte/a11y_invalid_attribute', 13, 'moderate'],
      // the same warning on an <a> without href is no image: refined by its element
      ['svelte/a11y_missing_attribute', 14, 'moderate'],
      ['svelte/a11y_positive_tabindex', 15, 'tabindex'],
      ['svelte/a11y_no_noninteractive_tabindex', 15, 'moderate'],
      ['svelte/a11y_consider_explicit_label', 16, 'button-name'],
      // reported although a `svelte-ignore` comment above it asks otherwise
      ['svelte/a11y_autofocus', 20, 'minor'],
    ]);
    const byRule = (id: string) => r.findings.find((f) => f.ruleId === id)!;
    assert.match(at(code, byRule('svelte/a11y_missing_attribute')), /^<img src=/);
    assert.match(at(code, byRule('svelte/a11y_positive_tabindex')), /^tabindex="3"/);
    assert.match(at(code, byRule('svelte/a11y_consider_explicit_label')), /^<button type="button" class="card__close"/);
    assert.match(at(code, byRule('svelte/a11y_autofocus')), /^autofocus/);
    const img = byRule('svelte/a11y_missing_attribute');
    assert.equal(img.severity, 'error');
    assert.equal(img.message, '`<img>` element should have an alt attribute');
    assert.equal(img.helpUrl, 'https://svelte.dev/e/a11y_missing_attribute');
    assert.deepEqual(img.axe, axeRef('image-alt'));
    assert.equal(img.axe?.impact, 'critical');
  });

  it('a clean card with TypeScript and SCSS gives no findings', () => {
    const code = fixture('clean.svelte');
    // the compiler alone cannot read its SCSS: the style body is blanked before the a11y pass
    assert.throws(() => compile(code, { generate: false }), /css/i);
    assert.deepEqual(lintSvelteA11y(code), { findings: [] });
  });

  it('a malformed component gives a parseError at its line and column, and no throw', () => {
    const r = lintSvelteA11y(fixture('malformed.svelte'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.error, undefined);
    assert.match(r.parseError ?? '', /\(7:16\)$/);
  });
});

describe('a11y-svelte: svelte.axe.json', () => {
  const codes = compilerA11yCodes();

  it('maps every a11y warning the compiler has, and names no code it lacks', () => {
    assert.ok(codes.length >= 40, `the compiler's a11y codes: ${codes.length}`);
    const named = new Set(SVELTE_AXE.rules.map((k) => k.split(':')[0]!));
    assert.deepEqual([...named].filter((c) => !codes.includes(c)), []);
    assert.deepEqual(codes.filter((c) => !named.has(c)), []);
  });

  it('every axe id is one axe-core has, every judged impact says why', () => {
    for (const [rule, entry] of Object.entries(axeJson.axe)) {
      if (typeof entry === 'string') assert.ok(axeRef(entry), `${rule} → ${entry}`);
      else assert.ok(entry.why.length > 20, rule);
    }
  });

  it('every heuristic accessibility rule is covered or says why not, by warnings the map has', () => {
    const heuristic = ruleset().rules.filter((r) => r.id.startsWith('a11y/')).map((r) => r.id).sort();
    assert.deepEqual([...Object.keys(axeJson.covers), ...Object.keys(axeJson.not_covered)].sort(), heuristic);
    for (const warnings of Object.values(axeJson.covers)) for (const w of warnings) assert.ok(Object.hasOwn(axeJson.axe, w), w);
  });
});

describe('a11y-svelte: bundled as the analysis worker bundles', () => {
  it('an icon button is one finding: the compiler\'s where it sees the button, the heuristic\'s where its icon sits in a block', async () => {
    const plain = '<button type="button" onclick={go}>\n  <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M1 1" /></svg>\n</button>\n';
    const inBlock = '<button type="button" onclick={go}>\n  {#if on}<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M1 1" /></svg>{/if}\n</button>\n';
    const named = async (code: string) =>
      (await inProcessScore(code, 'svelte', 'Bell.svelte')).violations.filter((v) => v.reference?.id === 'button-name').map((v) => [v.rule, v.line]);
    assert.deepEqual(await named(plain), [['svelte/a11y_consider_explicit_label', 1]]);
    assert.deepEqual(await named(inBlock), [['a11y/icon-button-name', 1]]);
  });

  it('builds with the worker\'s esbuild options and gives the same findings from the bundle', async () => {
    const outfile = path.join(ROOT, 'test-output', 'a11y-svelte', String(process.pid), 'svelte.js');
    try {
      await build({ ...analysisWorkerBuild({ outfile }), entryPoints: ['src/core/a11y/svelte.ts'], sourcemap: false });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const bundled = require(outfile) as { lintSvelteA11y: typeof lintSvelteA11y };
      const code = fixture('flawed.svelte');
      assert.deepEqual(bundled.lintSvelteA11y(code), lintSvelteA11y(code));
    } finally {
      rmSync(path.dirname(outfile), { recursive: true, force: true });
    }
  });
});
