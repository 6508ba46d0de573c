import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENT_FILE_GLOB, type Component, type ExtractResult, type Position, extractComponents, isComponentFile } from '../../src/core/extract';
import { closestNamed } from '../../src/core/extract/locate';

const FIXTURES = join(__dirname, '..', 'fixtures', 'extract');
const SAMPLE = join(__dirname, '..', 'fixtures', 'sample-workspace', 'src', 'components');

function extractFixture(rel: string): ExtractResult & { text: string } {
  const text = readFileSync(join(FIXTURES, rel), 'utf8');
  return { ...extractComponents(rel, text), text };
}

function byName(r: ExtractResult, name: string): Component {
  const c = r.components.find((x) => x.name === name);
  assert.ok(c, `no component ${name} in ${r.components.map((x) => x.name).join(', ')}`);
  return c;
}

/** A VS Code position back to a string offset, independently of the extractor (\n, \r\n, \r). */
function offsetOf(text: string, p: Position): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  const start = starts[p.line];
  assert.ok(start !== undefined, `line ${p.line} out of range`);
  return start + p.character;
}

/** Every component's code is its range's text, and its hash that code's sha256. */
function assertConsistent(text: string, r: ExtractResult): void {
  for (const c of r.components) {
    assert.equal(c.code, text.slice(offsetOf(text, c.range.start), offsetOf(text, c.range.end)), `${c.name}: code is not the range's text`);
    assert.equal(c.hash, createHash('sha256').update(c.code).digest('hex'), `${c.name}: hash`);
  }
}

const allFixtures = readdirSync(FIXTURES).flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => `${d}/${f}`));

describe('component extraction', () => {
  describe('React (TypeScript parser)', () => {
    it('finds function, arrow, memo, forwardRef, class, nested and default anonymous components in a TSX file', () => {
      const r = extractFixture('react/Components.tsx');
      assert.deepEqual(r.errors, []);
      const summary = r.components.map((c) => [c.name, c.kind, c.exported, c.parent ?? null, c.wrappers ?? null]);
      assert.deepEqual(summary, [
        ['Button', 'function', true, null, null],
        ['Badge', 'arrow', true, null, null],
        ['Avatar', 'function', true, null, null], // exported later: `export { Avatar }`
        ['MemoList', 'function', true, null, ['memo']],
        ['Input', 'arrow', true, null, ['forwardRef']],
        ['FancyInput', 'function', true, null, ['memo', 'forwardRef']], // `export { FancyInput as Fancy }`
        ['Counter', 'class', true, null, null],
        ['Pure', 'class', false, null, null],
        ['Layout', 'function', true, null, null],
        ['Sidebar', 'function', false, 'Layout', null],
        ['Header', 'arrow', false, 'Layout', null],
        ['Components', 'function', 'default', null, null], // anonymous default export: the file's name
      ]);
      assert.ok(r.components.every((c) => c.framework === 'react' && c.file === 'react/Components.tsx'));
      assertConsistent(r.text, r);
    });

    it('leaves out PascalCase helpers without JSX, factories, lower-case render helpers and classes without render', () => {
      const names = extractFixture('react/Components.tsx').components.map((c) => c.name);
      for (const not of ['FormatPrice', 'MakeIcon', 'renderRow', 'Store']) assert.ok(!names.includes(not), not);
    });

    it('takes the whole declaration as the code, `export` included', () => {
      const r = extractFixture('react/Components.tsx');
      assert.equal(byName(r, 'Badge').code, 'export const Badge = ({ label }: Props) => <span className="badge">{label}</span>;');
      assert.deepEqual(byName(r, 'Button').range, { start: { line: 5, character: 0 }, end: { line: 7, character: 1 } });
      assert.match(byName(r, 'Sidebar').code, /^function Sidebar\(\) \{[\s\S]*<aside>side<\/aside>;\n {2}\}$/);
    });

    it('recognises createElement, class expressions and default-exported memo in JSX and JS files', () => {
      const widgets = extractFixture('react/widgets.jsx');
      assert.deepEqual(
        widgets.components.map((c) => [c.name, c.kind, c.exported]),
        [['Panel', 'arrow', true], ['Toggle', 'class', false], ['widgets', 'arrow', 'default']],
      );
      const legacy = extractFixture('react/Legacy.js');
      assert.deepEqual(legacy.components.map((c) => [c.name, c.exported]), [['Title', 'default'], ['Note', true]]);
      const ts = extractFixture('react/Hello.ts'); // no JSX in .ts: createElement only; `a < b` is no JSX
      assert.deepEqual(ts.components.map((c) => c.name), ['Hello']);
      for (const r of [widgets, legacy, ts]) {
        assert.deepEqual(r.errors, []);
        assertConsistent(r.text, r);
      }
    });

    it('extracts the sample workspace components', () => {
      for (const [file, name] of [['Button.tsx', 'Button'], ['Card.tsx', 'Card']] as const) {
        const text = readFileSync(join(SAMPLE, file), 'utf8');
        const r = extractComponents(join(SAMPLE, file), text);
        assert.deepEqual(r.errors, []);
        assert.deepEqual(r.components.map((c) => [c.name, c.framework, c.kind, c.exported]), [[name, 'react', 'function', true]]);
        assertConsistent(text, r);
        assert.equal(r.components[0]!.code, text.slice(text.indexOf('export function')).trimEnd()); // to the file's end
      }
    });
  });

  describe('Vue (@vue/compiler-sfc)', () => {
    it('names a <script setup> SFC after defineOptions, else the file; an options-API SFC after its name', () => {
      const cases = [
        ['vue/TodoItem.vue', 'TodoItem'],
        ['vue/named-setup.vue', 'FancyHeader'],
        ['vue/options-list.vue', 'OptionsList'], // defineComponent({ name })
        ['vue/plain-options.vue', 'PlainOptions'], // export default { name }
      ] as const;
      for (const [file, name] of cases) {
        const r = extractFixture(file);
        assert.deepEqual(r.errors, [], file);
        assert.equal(r.components.length, 1);
        const c = r.components[0]!;
        assert.deepEqual([c.name, c.framework, c.kind, c.exported], [name, 'vue', 'sfc', 'default']);
        assert.equal(c.code, r.text); // the whole SFC
        assertConsistent(r.text, r);
      }
    });
  });

  describe('Svelte (svelte/compiler)', () => {
    it('takes a Svelte 5 component with runes, snippets and TypeScript as one component named after the file', () => {
      const r = extractFixture('svelte/Counter.svelte');
      assert.deepEqual(r.errors, []);
      assert.deepEqual(
        r.components.map((c) => [c.name, c.framework, c.kind, c.exported, c.code === r.text]),
        [['Counter', 'svelte', 'sfc', 'default', true]],
      );
      assertConsistent(r.text, r);
    });
  });

  describe('Angular (TypeScript parser + @angular/compiler)', () => {
    it('finds @Component classes with selector and inline template, parsed for its elements', () => {
      const r = extractFixture('angular/user-card.component.ts');
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.components.map((c) => [c.name, c.framework, c.kind, c.exported, c.selector]), [
        ['UserCardComponent', 'angular', 'class', true, 'app-user-card'],
        ['ChipComponent', 'angular', 'class', true, 'app-chip'],
      ]); // UserService (@Injectable) is no component
      const card = byName(r, 'UserCardComponent');
      assert.equal(card.template?.kind, 'inline');
      assert.ok(card.template?.kind === 'inline');
      assert.deepEqual(card.template.elements, ['div', 'app-avatar', 'span', 'ul', 'li']); // @if/@for blocks walked
      assert.match(card.template.source, /^\n {4}<div class="card">/);
      assert.match(card.code, /^@Component\(\{\n {2}selector: 'app-user-card',[\s\S]*\nexport class UserCardComponent \{[\s\S]*\}$/);
      assertConsistent(r.text, r);
    });

    it('records a templateUrl as a path and a default export', () => {
      const r = extractFixture('angular/dashboard.component.ts');
      assert.deepEqual(r.errors, []);
      const c = byName(r, 'DashboardComponent');
      assert.deepEqual([c.exported, c.selector, c.template], ['default', 'app-dashboard', { kind: 'url', path: './dashboard.component.html' }]);
      assertConsistent(r.text, r);
    });
  });

  describe('HTML (parse5)', () => {
    it('takes the body as the page component and the outermost marked sections as their own', () => {
      const r = extractFixture('html/landing.html');
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.components.map((c) => [c.name, c.kind]), [
        ['landing', 'template'],
        ['top', 'section'], // header#top (its nav#nav-inside-header is inside it)
        ['content', 'section'], // main#content (section#hero inside it)
        ['PricingTable', 'section'], // data-component, inside a plain wrapper
        ['footer-1', 'section'], // class="component" without an id
      ]); // the <nav> without an id is no section
      assert.ok(r.components.every((c) => c.framework === 'html' && c.exported === false));
      assert.match(byName(r, 'landing').code, /^<body class="page">[\s\S]*<\/body>$/);
      assertConsistent(r.text, r);
    });

    it('takes a fragment without <body> from its first to its last node', () => {
      const r = extractFixture('html/partial.htm');
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.components.map((c) => [c.name, c.kind]), [['partial', 'template'], ['promo', 'section']]);
      assert.equal(byName(r, 'partial').code, r.text.trim());
      assertConsistent(r.text, r);
    });
  });

  describe('malformed files', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['broken/Unclosed.tsx', ['Good', 'Bad'], /^broken\/Unclosed\.tsx:8:8: JSX element 'span' has no corresponding closing tag/],
      ['broken/Broken.vue', ['BrokenThing'], /^broken\/Broken\.vue:3:5: Element is missing end tag/],
      ['broken/Broken.svelte', ['Broken'], /^broken\/Broken\.svelte:7:1: `<\/div>` attempted to close an element that was not open/],
      ['broken/broken.html', ['broken', 'main', 'tail'], /^broken\/broken\.html:\d+:\d+: HTML: /],
      ['broken/broken.component.ts', ['BrokenComponent'], /^broken\/broken\.component\.ts:5:36: Angular template: Unexpected closing tag "div"/],
    ];
    for (const [file, names, firstError] of cases) {
      it(`${file}: what can be found, and the error, without throwing`, () => {
        const r = extractFixture(file);
        assert.deepEqual(r.components.map((c) => c.name), names);
        assert.ok(r.errors.length > 0);
        assert.ok(r.errors.some((e) => firstError.test(e)), r.errors.join('\n'));
        assertConsistent(r.text, r);
      });
    }

    it('reports a script syntax error inside an SFC at its place in the file', () => {
      assert.ok(extractFixture('broken/Broken.vue').errors.includes("broken/Broken.vue:10:1: '}' expected."));
    });

    it('reports unclosed HTML elements and tokenizer errors', () => {
      const errors = extractFixture('broken/broken.html').errors;
      assert.ok(errors.includes('broken/broken.html:5:25: HTML: <span> is not closed'), errors.join('\n'));
      assert.ok(errors.includes('broken/broken.html:8:1: HTML: eof-in-comment'), errors.join('\n'));
    });

    it('never throws, whatever the text', () => {
      const junk = ['', '<', '</', '<<<>>>', '{{', '`${', '@Component(', 'export default', '\u0000\uffff', '<script>', '<template><div', '{#if}', 'class X extends Component { render', '\r\r\n\n'];
      for (const text of junk) {
        for (const ext of ['tsx', 'jsx', 'ts', 'js', 'mjs', 'cjs', 'vue', 'svelte', 'html', 'htm']) {
          const r = extractComponents(`junk.${ext}`, text);
          assert.ok(Array.isArray(r.components) && Array.isArray(r.errors));
          assertConsistent(text, r);
        }
      }
    });

    it('lists at most five errors a file, and counts the rest', () => {
      const text = Array.from({ length: 12 }, (_, i) => `<div class="a${i}`).join('\n');
      const errors = extractComponents('many.ts', `const X = () => (${text}`).errors;
      assert.ok(errors.length <= 6);
      assert.match(errors[errors.length - 1]!, /^many\.ts: \d+ more errors$/);
    });
  });

  describe('ranges and hashes', () => {
    it('holds code = range text and hash = sha256(code) for every fixture, with \\n and \\r\\n line ends', () => {
      for (const file of allFixtures) {
        const text = readFileSync(join(FIXTURES, file), 'utf8');
        const crlf = text.replace(/\n/g, '\r\n');
        const lf = extractComponents(file, text);
        const dos = extractComponents(file, crlf);
        assert.ok(lf.components.length > 0, file);
        assertConsistent(text, lf);
        assertConsistent(crlf, dos);
        // same components at the same lines whatever the line ends
        assert.deepEqual(
          dos.components.map((c) => [c.name, c.range.start.line, c.range.end.line]),
          lf.components.map((c) => [c.name, c.range.start.line, c.range.end.line]),
          file,
        );
      }
    });

    it('counts characters in UTF-16 code units, as VS Code does', () => {
      const text = 'const s = "😀é";\nexport const Smile = () => <b>😀</b>;\n';
      const c = extractComponents('smile.tsx', text).components[0]!;
      assert.deepEqual(c.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 37 } });
      assertConsistent(text, { components: [c], errors: [] });
    });

    it('gives the same hash to the same code, wherever it moves, and a new one when it changes', () => {
      const text = readFileSync(join(FIXTURES, 'react/Components.tsx'), 'utf8');
      const before = byName(extractComponents('a.tsx', text), 'Badge');
      const moved = byName(extractComponents('b.tsx', `// a comment\n\n${text}`), 'Badge');
      assert.equal(moved.hash, before.hash);
      assert.equal(moved.range.start.line, before.range.start.line + 2);
      assert.equal(before.hash, createHash('sha256').update(before.code).digest('hex'));
      const changed = byName(extractComponents('a.tsx', text.replace('className="badge"', 'className="pill"')), 'Badge');
      assert.notEqual(changed.hash, before.hash);
      // run to run: the same result
      assert.deepEqual(extractComponents('a.tsx', text), extractComponents('a.tsx', text));
    });
  });

  describe('files', () => {
    it('handles the component file extensions, not declaration files', () => {
      assert.equal(COMPONENT_FILE_GLOB, '**/*.{tsx,jsx,ts,js,mjs,cjs,vue,svelte,html,htm}');
      for (const f of ['a.tsx', 'src/b.jsx', 'c.ts', 'd.js', 'e.mjs', 'f.cjs', 'G.vue', 'h.svelte', 'i.html', 'j.htm', 'C:\\x\\K.TSX']) {
        assert.ok(isComponentFile(f), f);
      }
      for (const f of ['a.d.ts', 'b.css', 'c.json', 'Makefile', 'd.tsx.map', 'e.md']) assert.ok(!isComponentFile(f), f);
      assert.deepEqual(extractComponents('styles.css', '.a{}'), { components: [], errors: [] });
    });

    it('names an anonymous default export in index.tsx after its folder', () => {
      const r = extractComponents('src/Toolbar/index.tsx', 'export default () => <nav />;');
      assert.deepEqual(r.components.map((c) => c.name), ['Toolbar']);
    });
  });
});

describe('closestNamed', () => {
  const at = (name: string, line: number) => ({ name, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } });
  it('picks the component of that name nearest the recorded line, and nothing for an unknown name', () => {
    const all = [at('Card', 2), at('Button', 10), at('Card', 30)];
    assert.equal(closestNamed(all, 'Card', 25), all[2]);
    assert.equal(closestNamed(all, 'Card', 0), all[0]);
    assert.equal(closestNamed(all, 'Modal', 5), undefined);
  });
});
