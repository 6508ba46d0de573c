import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Window } from 'happy-dom';
import { AXE_VERSION, axeRules } from '../../src/core/a11y/axeRules';
import { AXE_REFERENCES_VERSION, axeReferences, ruleset, scoreHeuristic } from '../../src/core/quality/index';
import { scoreResponseSchema, type Violation } from '../../src/core/protocol/index';
import { dom } from '../../src/webview-ui/dom';
import { renderScore } from '../../src/webview-ui/score';
import { ROOT } from './helpers';
import { scoreView } from './webviewFixtures';

/** axe-core's real rule metadata, the table that maps our accessibility rules to it, and the citation in a score. */

const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const TABLE = JSON.parse(readFileSync(path.join(ROOT, 'python', 'siza_ml', 'rules', 'axe_references.json'), 'utf8')) as {
  axe_core_version: string;
  references: Record<string, { id: string; help: string; url: string }>;
};

describe('axe-core rules (src/core/a11y/axeRules.ts)', () => {
  it('reads the real rules from the pinned axe-core in plain Node, no DOM', () => {
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
    assert.equal(AXE_VERSION, PKG.dependencies['axe-core'], 'the exact pin in package.json');
    const rules = axeRules();
    assert.ok(rules.length > 80, `${rules.length} rules`);
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'unique ids');
    const img = rules.find((r) => r.id === 'image-alt');
    assert.ok(img);
    assert.equal(img.help, 'Images must have alternative text');
    const minor = AXE_VERSION.split('.').slice(0, 2).join('.');
    assert.equal(img.helpUrl, `https://dequeuniversity.com/rules/axe/${minor}/image-alt?application=axeAPI`);
    assert.ok(img.tags.includes('wcag2a') && img.tags.includes('cat.text-alternatives'));
    for (const r of rules) {
      assert.match(r.id, /^[a-z0-9-]+$/);
      assert.ok(r.help && r.description, r.id);
      assert.match(r.helpUrl, /^https:\/\/dequeuniversity\.com\/rules\/axe\//, r.id);
    }
  });
});

describe('axe references table (python/siza_ml/rules/axe_references.json)', () => {
  it('was checked against the installed axe-core version', () => {
    assert.equal(TABLE.axe_core_version, AXE_VERSION);
    assert.equal(AXE_REFERENCES_VERSION, AXE_VERSION);
  });

  it('names real axe rules with the help text and URL axe-core gives', () => {
    const byId = new Map(axeRules().map((r) => [r.id, r]));
    const entries = Object.entries(TABLE.references);
    assert.ok(entries.length >= 5);
    for (const [rule, ref] of entries) {
      const axe = byId.get(ref.id);
      assert.ok(axe, `${rule} → ${ref.id}: no such axe rule`);
      assert.equal(ref.help, axe.help, rule);
      assert.equal(ref.url, axe.helpUrl, rule);
    }
    assert.deepEqual(axeReferences().get('a11y/img-alt'), { ...TABLE.references['a11y/img-alt'], match: 'table' });
  });

  it('maps only accessibility rules of quality_rules.json', () => {
    const a11y = new Set(ruleset().rules.filter((r) => r.factor === 'accessibility').map((r) => r.id));
    for (const rule of Object.keys(TABLE.references)) assert.ok(a11y.has(rule), rule);
  });
});

describe('the heuristic scorer cites the axe rule', () => {
  const code = ['<main>', '  <img src="hero.png">', '  <div onClick={open}>More</div>', '</main>'].join('\n');

  it('gives a mapped violation its reference and leaves an unmapped one without', () => {
    const r = scoreHeuristic({ code, framework: 'react' });
    assert.deepEqual(scoreResponseSchema.parse(r), r);
    const img = r.violations.find((v) => v.rule === 'a11y/img-alt');
    assert.deepEqual(img?.reference, {
      id: 'image-alt',
      help: 'Images must have alternative text',
      url: `https://dequeuniversity.com/rules/axe/${AXE_VERSION.split('.').slice(0, 2).join('.')}/image-alt?application=axeAPI`,
      match: 'table',
    });
    // key order as the sidecar's JSON: reference last
    assert.deepEqual(Object.keys(img), ['rule', 'factor', 'severity', 'message', 'line', 'hint', 'reference']);
    const click = r.violations.find((v) => v.rule === 'a11y/click-non-interactive');
    assert.ok(click);
    assert.equal('reference' in click, false);
    for (const v of r.violations) if (v.factor !== 'accessibility') assert.equal('reference' in v, false, v.rule);
  });

  it('hands out copies (a caller editing a response cannot change the table)', () => {
    const first = scoreHeuristic({ code, framework: 'react' }).violations.find((v) => v.rule === 'a11y/img-alt')!;
    first.reference!.id = 'changed';
    const again = scoreHeuristic({ code, framework: 'react' }).violations.find((v) => v.rule === 'a11y/img-alt')!;
    assert.equal(again.reference!.id, 'image-alt');
  });
});

describe('score webview: the axe reference', () => {
  function render(violations: Violation[]): Element {
    const window = new Window();
    const d = dom(window.document as unknown as Document);
    const v = scoreView();
    return renderScore(d, { title: v.title, fileLabel: v.fileLabel, component: v.component, result: { ...v.result, violations }, canReveal: false }, () => undefined);
  }
  const base: Violation = { rule: 'a11y/img-alt', factor: 'accessibility', severity: 'error', message: 'Image without alt text', line: 2, hint: 'Add alt' };
  const url = 'https://dequeuniversity.com/rules/axe/4.14/image-alt?application=axeAPI';

  it('links "axe: image-alt" to its help page', () => {
    const root = render([{ ...base, reference: { id: 'image-alt', help: 'Images must have alternative text', url, match: 'table' } }]);
    const links = root.querySelectorAll('a.axe-link');
    assert.equal(links.length, 1);
    assert.equal(links[0]!.textContent, 'axe: image-alt');
    assert.equal(links[0]!.getAttribute('href'), url);
    assert.ok(root.textContent.includes('Images must have alternative text'));
  });

  it('says when the reference is only the closest rule, and never links a non-https URL', () => {
    const root = render([
      { ...base, rule: 'a11y/dialog-role', reference: { id: 'aria-dialog-name', help: 'ARIA dialog … name', url: 'javascript:alert(1)', match: 'nearest' } },
    ]);
    assert.equal(root.querySelectorAll('a').length, 0);
    assert.ok(root.textContent.includes('axe: aria-dialog-name'));
    assert.ok(root.textContent.includes('javascript:alert(1)'), 'shown as text');
    assert.ok(root.textContent.includes('(closest match)'));
  });

  it('shows nothing extra for a violation without a reference', () => {
    const root = render([base]);
    assert.equal(root.querySelectorAll('.axe-ref').length, 0);
  });
});
