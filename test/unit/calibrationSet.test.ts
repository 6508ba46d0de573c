import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Window } from 'happy-dom';
import { CALIBRATION_DIR, DEFECT_KINDS, IMPACTS, loadPairs, readPairFile, type Pair } from '../../bench/calibrationSet';
import { axeRef } from '../../src/core/a11y/axeRules';
import { extractComponents } from '../../src/core/extract';
import { FRAMEWORKS, type Framework } from '../../src/core/frameworks';

// The calibration set itself (test/fixtures/calibration): complete, parseable, one defect kind per pair.
// What the scores on it must be is the scorer's test, not this one.

const EXTENSION: Record<Framework, string> = { react: '.tsx', vue: '.vue', svelte: '.svelte', angular: '.component.ts', html: '.html' };
const pairs: Pair[] = loadPairs();

interface AxeResults {
  violations: { id: string }[];
}

/** axe-core's violations on a whole HTML page in happy-dom; colour contrast needs layout, which happy-dom has not. */
async function axeViolations(html: string): Promise<string[]> {
  const win = new Window({ url: 'https://calibration.test/', settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  try {
    win.document.write(html);
    const script = win.document.createElement('script');
    script.textContent = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    win.document.head.appendChild(script);
    const axe = (win as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
    const results = await axe.run(win.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    // Array.from: an array of this realm, not the page's, so deepEqual compares values only
    return Array.from(results.violations, (v) => String(v.id)).sort();
  } finally {
    await win.happyDOM.close();
  }
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

describe('calibration set', () => {
  it('has at least 64 pairs, at least 12 in each framework, with unique ids', () => {
    assert.ok(pairs.length >= 64, `${pairs.length} pairs`);
    const perFramework = countBy(pairs, (p) => p.framework);
    for (const fw of FRAMEWORKS) assert.ok((perFramework.get(fw) ?? 0) >= 12, `${fw}: ${perFramework.get(fw) ?? 0} pairs`);
    assert.equal(new Set(pairs.map((p) => p.id)).size, pairs.length, 'duplicate ids');
  });

  it('covers every defect kind at least 3 times, in more than one framework where the kind allows it', () => {
    const perKind = countBy(pairs, (p) => p.kind);
    for (const kind of DEFECT_KINDS) {
      assert.ok((perKind.get(kind) ?? 0) >= 3, `${kind}: ${perKind.get(kind) ?? 0} pairs`);
      const frameworks = new Set(pairs.filter((p) => p.kind === kind).map((p) => p.framework));
      // a missing lang on <html> exists only in whole HTML pages
      if (kind !== 'missing-html-lang') assert.ok(frameworks.size >= 3, `${kind} in ${[...frameworks].join(', ')}`);
    }
    for (const p of pairs) assert.ok((DEFECT_KINDS as readonly string[]).includes(p.kind), `${p.id}: unknown kind ${p.kind}`);
  });

  it('names its files <framework>/<id>.good|flawed.<ext>, and every file on disk is in the manifest', () => {
    const listed = new Set<string>();
    for (const p of pairs) {
      const ext = EXTENSION[p.framework];
      assert.ok(ext, `${p.id}: unknown framework ${p.framework}`);
      assert.equal(p.good, `${p.framework}/${p.id}.good${ext}`);
      assert.equal(p.flawed, `${p.framework}/${p.id}.flawed${ext}`);
      listed.add(p.good).add(p.flawed);
    }
    for (const fw of FRAMEWORKS) {
      for (const f of readdirSync(path.join(CALIBRATION_DIR, fw))) assert.ok(listed.has(`${fw}/${f}`), `${fw}/${f} is not in pairs.json`);
    }
  });

  it('gives each pair a defect sentence, an axe-core impact level and, where named, a real axe-core rule', () => {
    for (const p of pairs) {
      assert.ok(p.defect.trim().length >= 20 && /[.!?]$/.test(p.defect.trim()), `${p.id}: defect "${p.defect}"`);
      assert.ok((IMPACTS as readonly string[]).includes(p.impact), `${p.id}: impact ${p.impact}`);
      if (p.kind === 'unsafe-html' || p.kind === 'eval' || p.kind === 'blank-target-no-rel') {
        assert.ok(p.impact === 'serious' || p.impact === 'critical', `${p.id}: a security defect is ${p.impact}`);
      }
      if (p.axe !== null) {
        const ref = axeRef(p.axe);
        assert.ok(ref, `${p.id}: axe-core has no rule ${p.axe}`);
        assert.equal(p.impact, ref.impact, `${p.id}: axe-core rates ${p.axe} ${ref.impact}`);
      }
      assert.ok(p.wcag === null || /^\d\.\d\.\d{1,2}$/.test(p.wcag), `${p.id}: wcag ${p.wcag}`);
    }
  });

  describe('HTML pages under axe-core (happy-dom)', () => {
    for (const p of pairs.filter((x) => x.framework === 'html')) {
      // axe-core leaves autoplay "incomplete" without real media durations, so it cannot confirm that rule here
      const confirmable = p.axe !== null && p.axe !== 'no-autoplay-audio';
      it(`${p.id}: the good page has no axe-core violation${confirmable ? `; the flawed one has ${p.axe}` : ''}`, async () => {
        assert.deepEqual(await axeViolations(readPairFile(p.good)), [], p.good);
        if (confirmable) assert.ok((await axeViolations(readPairFile(p.flawed))).includes(p.axe!), `${p.flawed}: no ${p.axe}`);
      });
    }
  });

  for (const p of pairs) {
    it(`${p.id} (${p.framework}): both files exist, differ and hold exactly one ${p.framework} component`, () => {
      const texts = [p.good, p.flawed].map((rel) => {
        assert.ok(existsSync(path.join(CALIBRATION_DIR, rel)), `${rel} is missing`);
        const text = readPairFile(rel);
        const lines = text.replace(/\n$/, '').split('\n').length;
        assert.ok(lines >= 10 && lines <= 60, `${rel}: ${lines} lines (a realistic component: 10 to 60)`);
        const { components, errors } = extractComponents(rel, text);
        assert.deepEqual(errors, [], `${rel}: ${errors.join('; ')}`);
        assert.equal(components.length, 1, `${rel}: ${components.map((c) => `${c.name} (${c.kind})`).join(', ') || 'no component'}`);
        assert.equal(components[0]!.framework, p.framework, rel);
        if (p.framework === 'angular') assert.equal(components[0]!.template?.kind, 'inline', `${rel}: the template is not inline`);
        return text;
      });
      assert.notEqual(texts[0], texts[1], `${p.id}: good and flawed are the same`);
    });
  }
});

describe('calibration, held-out sets: complete and parseable', () => {
  for (const name of ['calibration-holdout', 'calibration-holdout-b']) {
    const dir = path.join(path.dirname(CALIBRATION_DIR), name);
    it(`${name}: 30 pairs of real files, known kinds and impacts, each file one parseable component`, () => {
      const held = loadPairs(dir);
      assert.equal(held.length, 30);
      assert.equal(new Set(held.map((p) => p.id)).size, 30);
      for (const p of held) {
        assert.ok((DEFECT_KINDS as readonly string[]).includes(p.kind) && (IMPACTS as readonly string[]).includes(p.impact), p.id);
        for (const rel of [p.good, p.flawed]) {
          assert.ok(rel.endsWith(EXTENSION[p.framework]) || (p.framework === 'react' && rel.endsWith('.jsx')), rel);
          const r = extractComponents(rel, readPairFile(rel, dir));
          assert.deepEqual(r.errors, [], rel);
          assert.ok(r.components.length >= 1 || p.framework === 'html', rel);
        }
        assert.notEqual(readPairFile(p.good, dir), readPairFile(p.flawed, dir), p.id);
      }
    });
  }
});
