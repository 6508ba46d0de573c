import { FRAMEWORKS, type Framework } from '../../src/core/frameworks';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractComponents } from '../../src/core/extract';
import {
  LIBRARY, type LibraryComponent,
  libraryComponentSchema, parseComponent, render, validate,
} from '../../src/core/library';
import { type Seen, inspectAngular, inspectHtml, inspectScript, inspectSvelte, inspectVue } from './libraryInspect';

const ROOT = join(__dirname, '..', '..');

/** Each framework's naming convention for a component called `PrimaryButton`. */
const FILE_NAMES: Record<Framework, RegExp> = {
  react: /^[A-Z][A-Za-z0-9]*\.tsx$/,
  vue: /^[A-Z][A-Za-z0-9]*\.vue$/,
  svelte: /^[A-Z][A-Za-z0-9]*\.svelte$/,
  angular: /^[a-z0-9]+(-[a-z0-9]+)*\.component\.ts$/,
  html: /^[a-z0-9]+(-[a-z0-9]+)*\.html$/,
};

describe('component library', () => {
  describe('the schema', () => {
    it('accepts every library component, and their names are unique', () => {
      for (const c of LIBRARY) parseComponent(c);
      const names = LIBRARY.map((c) => c.name);
      assert.equal(new Set(names).size, names.length, 'duplicate names');
      assert.ok(LIBRARY.length >= 60, `${LIBRARY.length} components: the library promises at least 60`);
    });

    it('survives a JSON round trip (the library is plain data, embeddable as LLM examples)', () => {
      for (const c of LIBRARY) assert.deepEqual(parseComponent(JSON.parse(JSON.stringify(c))), c);
    });

    const base = LIBRARY.find((c) => c.name === 'PrimaryButton')!;
    const malformed: [string, (c: LibraryComponent) => unknown, RegExp][] = [
      ['a name that is not PascalCase', (c) => ({ ...c, name: 'primary-button' }), /PascalCase/],
      ['an unknown category', (c) => ({ ...c, category: 'widget' }), /category/],
      ['an unknown key (a typo)', (c) => ({ ...c, markup: { ...c.markup, clas: 'x' } }), /clas/],
      ['a ref to a prop that does not exist', (c) => ({ ...c, markup: { ...c.markup, children: [{ text: { prop: 'lable' } }] } }), /no prop "lable"/],
      ['an enum default outside its values', (c) => ({ ...c, props: c.props.map((p) => (p.name === 'variant' ? { ...p, default: 'huge' } : p)) }), /not one of/],
      ['a condition comparing an enum with a value it cannot take', (c) => ({ ...c, markup: { ...c.markup, classWhen: [{ when: { ref: { prop: 'variant' }, is: 'huge' }, class: 'x' }] } }), /not one of/],
      ['a callback named after a DOM event', (c) => ({ ...c, props: [...c.props, { name: 'onClick', type: 'callback', description: 'x' }] }), /native "click" event/],
      ['a callback call without its callback prop', (c) => ({ ...c, markup: { ...c.markup, on: [{ event: 'click', do: [{ call: 'onSubmit' }] }] } }), /no callback prop/],
      ['an inline handler attribute', (c) => ({ ...c, markup: { ...c.markup, attrs: { onclick: 'alert(1)' } } }), /on\*/],
      ['a Vue directive as an attribute', (c) => ({ ...c, markup: { ...c.markup, attrs: { 'v-html': 'x' } } }), /v-\*/],
      ['a script element', (c) => ({ ...c, markup: { tag: 'script', children: [{ text: 'alert(1)' }] } }), /may not appear/],
      ['classes with quotes or braces', (c) => ({ ...c, markup: { ...c.markup, class: 'a"b {x}' } }), /Tailwind/],
      ['a reserved prop name', (c) => ({ ...c, props: [...c.props, { name: 'class', type: 'string', default: '', description: 'x' }] }), /reserved/],
      ['a toggle of a non-boolean state without values', (c) => ({ ...c, state: [{ name: 'count', type: 'number', initial: 0 }], markup: { ...c.markup, on: [{ event: 'click', do: [{ toggle: 'count' }] }] } }), /flips a boolean/],
      ['a key on a click handler', (c) => ({ ...c, markup: { ...c.markup, on: [{ event: 'click', key: 'Enter', do: [{ call: 'onPress' }] }] } }), /keydown or keyup/],
      ['a slot used twice', (c) => ({ ...c, markup: { ...c.markup, children: [{ slot: 'children' }, { slot: 'children' }] } }), /used twice/],
      ['a required prop without an example', (c) => ({ ...c, props: [...c.props, { name: 'title', type: 'string', required: true, description: 'x' }] }), /example/],
      ['a loop item read outside its loop', (c) => ({ ...c, markup: { ...c.markup, children: [{ text: { item: 'row' } }] } }), /no loop item/],
      ['children on a void element', (c) => ({ ...c, markup: { tag: 'input', children: [{ text: 'x' }] } }), /no children/],
      ['no accessibility notes', (c) => ({ ...c, a11y: [] }), /accessible/],
    ];
    for (const [what, mutate, message] of malformed) {
      it(`rejects ${what}`, () => {
        const result = libraryComponentSchema.safeParse(mutate(structuredClone(base)));
        assert.equal(result.success, false);
        assert.match(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'), message);
      });
    }
  });

  describe('every component in every framework', () => {
    for (const c of LIBRARY) {
      for (const fw of FRAMEWORKS) {
        it(`${c.name} → ${fw}: renders, passes the ${fw} compiler with no error, warning or a11y finding, and is found back by extraction`, () => {
          const r = render(c, fw);
          const v = validate(fw, r.code, { fileName: r.fileName });
          assert.deepEqual({ errors: v.errors, warnings: v.warnings, a11y: v.a11y }, { errors: [], warnings: [], a11y: [] }, r.code);
          assert.ok(v.ok);
          assert.match(r.fileName, FILE_NAMES[fw]);
          const found = extractComponents(`src/components/${r.fileName}`, r.code);
          assert.deepEqual(found.errors, []);
          assert.ok(
            found.components.some((x) => x.name === r.symbol && x.framework === fw),
            `${r.symbol} not among ${found.components.map((x) => `${x.name}/${x.framework}`).join(', ')}`,
          );
        });
      }
    }
  });

  it("the README's annotated example is components/disclosure.ts, word for word", () => {
    const readme = readFileSync(join(ROOT, 'src/core/library/README.md'), 'utf8');
    const block = /### An annotated example[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.equal(block, readFileSync(join(ROOT, 'src/core/library/components/disclosure.ts'), 'utf8'));
  });

  it('actions run in order and later ones see earlier state changes, React included (its setState is deferred)', () => {
    const disclosure = LIBRARY.find((c) => c.name === 'Disclosure')!;
    const expected: Partial<Record<Framework, string>> = {
      react: 'const nextOpen = !open;\n          setOpen(nextOpen);\n          onOpenChange?.(nextOpen);',
      vue: `@click="open = !open; emit('openChange', open)"`,
      svelte: 'open = !open;\n      onOpenChange?.(open);',
      angular: '(click)="open.set(!open()); openChange.emit(open())"',
      html: 'data-on-click="toggle:open; emit:openChange(open)"',
    };
    for (const [fw, code] of Object.entries(expected)) assert.ok(render(disclosure, fw as Framework).code.includes(code), `${fw}: ${code}`);
  });

  describe('renaming', () => {
    const button = LIBRARY.find((c) => c.name === 'PrimaryButton')!;
    const expected: Record<Framework, [string, string]> = {
      react: ['SaveButton.tsx', 'SaveButton'],
      vue: ['SaveButton.vue', 'SaveButton'],
      svelte: ['SaveButton.svelte', 'SaveButton'],
      angular: ['save-button.component.ts', 'SaveButtonComponent'],
      html: ['save-button.html', 'SaveButton'],
    };
    for (const fw of FRAMEWORKS) {
      it(`${fw}: "save button" renames the component, its file and what extraction finds`, () => {
        const r = render(button, fw, { name: 'save button' });
        assert.deepEqual([r.fileName, r.symbol, r.name], [...expected[fw], 'SaveButton']);
        assert.ok(validate(fw, r.code, { fileName: r.fileName }).ok);
        assert.ok(extractComponents(r.fileName, r.code).components.some((x) => x.name === r.symbol));
        assert.doesNotMatch(r.code, /PrimaryButton|primary-button/);
      });
    }

    it('Angular: the selector follows the name; a name that makes no identifier is refused', () => {
      assert.match(render(button, 'angular', { name: 'SaveButton' }).code, /selector: 'app-save-button'/);
      assert.equal(render(button, 'react', { name: 'data-grid' }).name, 'DataGrid');
      assert.throws(() => render(button, 'react', { name: '***' }), /component name/);
    });
  });
});

// Strings that end a context in some target: </script>, {{ }}, ${ }, backticks, quotes, Angular's @if, Svelte's {#if}, entities, a backslash
const HOSTILE = `</script><script>alert("x")</script> {{ constructor.constructor('alert(1)')() }} }} \${process.exit()} \`tick\` 'single' "double" @if (x) { {#if x} &amp; \\ <b>`;
const CODE_IN_HOSTILE = ['alert', 'constructor', 'process', 'exit'];

const hostile: LibraryComponent = {
  name: 'Hostile',
  type: 'atom',
  category: 'card',
  variant: 'test',
  tags: [],
  description: `${HOSTILE} */ end of comment?`,
  a11y: [HOSTILE],
  props: [
    { name: 'label', type: 'string', default: HOSTILE, description: `${HOSTILE} */` },
    { name: 'items', type: 'list', of: 'string', default: [HOSTILE], description: 'x' },
    { name: 'onPick', type: 'callback', arg: { name: 'value', type: 'string' }, description: 'x' },
  ],
  state: [{ name: 'mode', type: 'string', initial: HOSTILE }],
  markup: {
    tag: 'div',
    attrs: { title: HOSTILE },
    children: [
      { tag: 'p', children: [{ text: HOSTILE }] },
      { tag: 'p', children: [{ text: { prop: 'label' } }] },
      {
        tag: 'button',
        attrs: { type: 'button' },
        bind: { 'aria-label': { concat: [HOSTILE, { prop: 'label' }] }, 'data-match': { when: { ref: { prop: 'label' }, is: HOSTILE }, then: HOSTILE } },
        on: [{ event: 'click', do: [{ set: 'mode', to: HOSTILE }, { call: 'onPick', with: HOSTILE }] }],
        children: [{ text: 'Pick' }],
      },
      { tag: 'ul', children: [{ each: { prop: 'items' }, as: 'item', children: [{ tag: 'li', children: [{ text: { item: 'item' } }] }] }] },
      { if: { ref: { state: 'mode' }, is: HOSTILE }, then: [{ tag: 'p', children: [{ text: HOSTILE }] }] },
    ],
  },
};

const INSPECT: Record<Framework, (code: string) => Seen> = {
  react: (code) => inspectScript(code, true),
  vue: inspectVue,
  svelte: inspectSvelte,
  angular: inspectAngular,
  html: inspectHtml,
};

describe('component library: escaping', () => {
  it('the hostile component is a valid component', () => {
    parseComponent(hostile);
  });

  for (const fw of FRAMEWORKS) {
    it(`${fw}: texts, attributes and defaults full of syntax stay text: valid code, no <script>, no injected code`, () => {
      const r = render(hostile, fw);
      const v = validate(fw, r.code, { fileName: r.fileName });
      assert.deepEqual(v.errors, [], r.code);
      const seen = INSPECT[fw](r.code);
      assert.ok(!seen.elements.has('script') && !seen.elements.has('b'), `markup was injected: ${[...seen.elements].join(', ')}`);
      for (const word of CODE_IN_HOSTILE) assert.ok(!seen.identifiers.has(word), `"${word}" became code in ${fw}`);
      // the static text reaches the page as exactly that text
      assert.ok(seen.texts.includes(HOSTILE), `${fw} texts: ${JSON.stringify(seen.texts)}`);
      assert.deepEqual(seen.attrs.get('title'), [HOSTILE]);
      if (fw === 'html') {
        // the snapshot evaluates the defaults: the prop, the concatenation, the list, the state-dependent part
        assert.equal(seen.texts.filter((t) => t === HOSTILE).length, 4);
        assert.deepEqual(seen.attrs.get('aria-label'), [HOSTILE + HOSTILE]);
        assert.deepEqual(seen.attrs.get('data-match'), [HOSTILE]);
      } else {
        // the defaults and handler arguments are string literals of the script
        assert.ok(seen.literals.includes(HOSTILE), `${fw} literals: ${JSON.stringify(seen.literals)}`);
      }
    });
  }

  it('React writes a hostile attribute as a string expression and a hostile text as a JSX string, never raw', () => {
    const code = render(hostile, 'react').code;
    assert.ok(!code.includes(`title="${HOSTILE}"`));
    assert.match(code, /title=\{'<\/script>|title=\{'\\u003c/);
    assert.match(code, /<p>\s*\{'/);
  });

  it('doc comments cannot be closed by a description', () => {
    for (const fw of ['react', 'vue', 'svelte', 'angular'] as const) {
      const sf = inspectScript(fw === 'vue' || fw === 'svelte' ? extractScript(render(hostile, fw).code) : render(hostile, fw).code, fw === 'react');
      assert.ok(!sf.identifiers.has('end'), `${fw}: text after */ became code`);
    }
  });
});

function extractScript(sfc: string): string {
  return /<script[^>]*>([\s\S]*?)<\/script>/.exec(sfc)?.[1] ?? '';
}

describe('component library: Tailwind sees the classes as written', () => {
  const arbitrary: LibraryComponent = {
    name: 'IconRow',
    type: 'atom',
    category: 'button',
    variant: 'test',
    tags: [],
    description: 'x',
    a11y: ['x'],
    props: [{ name: 'active', type: 'boolean', default: false, description: 'x' }, { name: 'query', type: 'string', default: '', description: 'x' }],
    markup: {
      tag: 'div',
      class: '[&>svg]:h-4 [&_p]:mt-1',
      classWhen: [{ when: { ref: { prop: 'active' } }, class: '[&>svg]:text-blue-600' }],
      children: [{ tag: 'input', attrs: { 'aria-label': 'Query' }, bind: { value: { prop: 'query' } } }],
    },
  };
  for (const fw of FRAMEWORKS) {
    it(`${fw}: arbitrary variants ([&>svg]:h-4) appear verbatim in the source and compile`, () => {
      const r = render(arbitrary, fw);
      assert.ok(r.code.includes('[&>svg]:h-4 [&_p]:mt-1'), r.code);
      if (fw !== 'html') assert.ok(r.code.includes('[&>svg]:text-blue-600'), r.code);
      assert.deepEqual(validate(fw, r.code, { fileName: r.fileName }).errors, []);
    });
  }
  it('Angular binds value as the DOM property (it follows the state after typing), not the initial attribute', () => {
    assert.match(render(arbitrary, 'angular').code, /\[value\]="query\(\)"/);
  });
});
