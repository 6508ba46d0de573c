import type { Framework } from '../../src/core/frameworks';
import * as assert from 'node:assert/strict';
import { LIBRARY, render, validate } from '../../src/core/library';

/**
 * The validators on code the library did not write (what an LLM will produce): idioms the
 * renderers do not use must pass, and broken code must fail, each with the compiler's message.
 */

const button = LIBRARY.find((c) => c.name === 'PrimaryButton')!;
const modal = LIBRARY.find((c) => c.name === 'Modal')!;
const rendered = (fw: Framework, c = button): string => render(c, fw).code;

const VALID: [Framework, string, string][] = [
  ['react', 'a default-exported arrow component with React.FC and useEffect', `import React, { useEffect, useState } from 'react';
type Props = { title: string; count?: number };
const Counter: React.FC<Props> = ({ title, count = 0 }) => {
  const [n, setN] = useState(count);
  useEffect(() => { document.title = title + n; }, [title, n]);
  return <button type="button" onClick={() => setN(n + 1)}>{title}: {n}</button>;
};
export default Counter;
`],
  ['vue', 'an Options API component with a plain JS script', `<template><button type="button" @click="count++">{{ label }}: {{ count }}</button></template>
<script>
export default { name: 'Counter', props: { label: String }, data() { return { count: 0 }; } };
</script>
`],
  ['svelte', 'Svelte 5 with $derived and bind:value', `<script lang="ts">
  let { initial = 0 }: { initial?: number } = $props();
  let text = $state('');
  let doubled = $derived(initial * 2);
</script>
<label>Name <input bind:value={text} /></label>
<p>{text} {doubled}</p>
`],
  ['angular', '@Input/@Output decorators, NgClass and a constructor-injected service', `import { Component, EventEmitter, Input, Output, ChangeDetectorRef } from '@angular/core';
import { NgClass } from '@angular/common';
@Component({
  selector: 'app-tag',
  standalone: true,
  imports: [NgClass],
  template: \`<span [ngClass]="{ active: active }" (click)="toggle()">{{ label }}</span>\`,
})
export class TagComponent {
  @Input() label = '';
  @Input() active = false;
  @Output() activeChange = new EventEmitter<boolean>();
  constructor(private readonly cdr: ChangeDetectorRef) {}
  toggle(): void { this.active = !this.active; this.activeChange.emit(this.active); this.cdr.markForCheck(); }
}
`],
  ['html', 'a full document', '<!doctype html><html lang="en"><head><title>x</title></head><body><main><h1>Hi</h1><p>One<p>Two</main></body></html>'],
];

const BROKEN: [Framework, string, () => string, RegExp][] = [
  ['react', 'a JSX element left open', () => rendered('react').replace('</button>', ''), /TS17008|closing tag/],
  ['react', 'a prop of the wrong type', () => rendered('react').replace('disabled={disabled}', 'disabled={label}'), /not assignable to type 'boolean/],
  ['react', 'an identifier that does not exist', () => rendered('react').replace('onPress?.()', 'onPres?.()'), /Cannot find name 'onPres'/],
  ['react', 'an attribute React does not know', () => rendered('react').replace('type={type}', 'tabindex={0} type={type}'), /tabindex/],
  ['react', 'a state setter given the wrong type', () => rendered('react', modal).replace('setOpen(true)', "setOpen('yes')"), /not assignable to parameter of type 'SetStateAction<boolean>'/],
  ['vue', 'an element left open', () => rendered('vue').replace('</button>', ''), /missing end tag/],
  ['vue', 'a template expression that does not parse', () => rendered('vue').replace(`emit('press')`, `emit('press'`), /Error parsing JavaScript expression/],
  ['vue', 'defineProps with both a type and runtime options', () => rendered('vue').replace('defineProps<Props>()', 'defineProps<Props>({})'), /cannot accept both type and non-type arguments/],
  ['vue', 'a file with neither template nor script', () => '<style>p { color: red }</style>', /At least one <template> or <script>/],
  ['svelte', 'a block left open', () => rendered('svelte').replace('{/if}', ''), /element_invalid_closing_tag|expected/i],
  ['svelte', 'a rune with the wrong arguments', () => rendered('svelte', modal).replace('$state<boolean>(false)', '$state<boolean>(false, true)'), /rune_invalid_arguments/],
  ['svelte', 'a misspelt block', () => rendered('svelte').replace('{#if children}', '{#iff children}'), /expected_whitespace/],
  ['angular', 'an element left open in the template', () => rendered('angular').replace('</button>', '</div>'), /Unexpected closing tag "div"/],
  ['angular', 'a template read of a member the class lacks', () => rendered('angular').replace('press.emit()', 'pres.emit()'), /reads "pres"/],
  ['angular', 'an input default of the wrong type', () => rendered('angular').replace("input<string>('Save changes')", "input<number>('Save changes')"), /not assignable to parameter of type 'number'/],
  ['angular', 'a misspelt @Component key', () => rendered('angular').replace('  standalone: true,', '  standalon: true,'), /standalon/],
  ['angular', 'a template with a substitution', () => rendered('angular').replace('<button', '<button title="${1}"'), /without \$\{\}/],
  ['angular', 'no @Component at all', () => 'export class Plain {}\n', /no class decorated with @Component/],
  ['angular', 'a class syntax error', () => rendered('angular').replace('export class', 'export clas'), /TS\d+/],
  ['html', 'an element left open', () => rendered('html').replace('</button>', ''), /<button> is not closed/],
  ['html', 'an end tag with no start tag', () => `${rendered('html')}</section>`, /<\/section> closes no open element/],
  ['html', 'a misnested end tag', () => '<div><span>a</div></span>', /<\/span> closes no open element|not closed/],
];

describe('library validators', () => {
  for (const [fw, what, code] of VALID) {
    it(`${fw}: passes ${what}`, () => {
      const v = validate(fw, code);
      assert.deepEqual(v.errors, []);
      assert.ok(v.ok);
    });
  }

  for (const [fw, what, code, message] of BROKEN) {
    it(`${fw}: fails on ${what}`, () => {
      const v = validate(fw, code());
      assert.equal(v.ok, false, 'a broken file passed');
      assert.match(v.errors.join('\n'), message);
      // errors point at a line for people (a top-level complaint has none)
      assert.ok(v.errors.some((e) => /^\d+:\d+: /.test(e)) || /At least one|no class/.test(v.errors[0]!), v.errors.join('\n'));
    });
  }

  it('reports accessibility apart from errors: jsx-a11y for React, the compiler for Svelte', () => {
    const react = validate('react', 'export const A = () => <div onClick={() => {}}><img src="x.png" /></div>;');
    assert.ok(react.ok);
    assert.match(react.a11y.join('\n'), /jsx-a11y\/alt-text/);
    assert.match(react.a11y.join('\n'), /jsx-a11y\/click-events-have-key-events/);
    const svelte = validate('svelte', '<div onclick={() => {}}></div><img src="x.png" />');
    assert.ok(svelte.ok);
    assert.match(svelte.a11y.join('\n'), /a11y_missing_attribute/);
    assert.match(svelte.a11y.join('\n'), /a11y_click_events_have_key_events/);
  });

  it('an unused import is a warning; an import from a module it cannot see is checked no further, not an error', () => {
    const v = validate('react', "import { useMemo } from 'react';\nimport cx from 'no-such-ui-kit';\nexport const A = () => <p className={cx('a')}>a</p>;\n");
    assert.deepEqual(v.errors, []);
    assert.match(v.warnings.join('\n'), /'useMemo' is declared but its value is never read/);
    assert.match(v.warnings.join('\n'), /'no-such-ui-kit'.*not type-checked/);
  });

  it('never throws: garbage is an error for every framework', () => {
    for (const fw of ['react', 'vue', 'svelte', 'angular', 'html'] as const) {
      const v = validate(fw, fw === 'html' ? '<div><span></div>' : '<<<{{{ }}} @@@ ``` ${');
      assert.equal(v.ok, false, fw);
    }
  });
});
