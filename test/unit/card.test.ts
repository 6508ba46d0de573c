import * as assert from 'node:assert/strict';
import { extractComponents } from '../../src/core/extract';
import { CARD_CHARS, componentCard, words } from '../../src/core/similar/card';

/** src/core/similar/card.ts: the text a component is retrieved by, from each framework's way of writing one. */

const card = (file: string, code: string) => {
  const [c] = extractComponents(file, code).components;
  assert.ok(c, `a component in ${file}`);
  return componentCard({ ...c, path: file });
};
const field = (text: string, name: string) => text.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);

describe('component card', () => {
  it('splits names into words', () => {
    assert.equal(words('ChipGroup'), 'chip group');
    assert.equal(words('locale-select'), 'locale select');
    assert.equal(words('HTMLInputElement'), 'html input element');
  });

  it('React: props, callbacks as events, the rendered elements, labels and visible text; no imports, no generics', () => {
    const text = card(
      'src/components/chips/RemovableChip.tsx',
      [
        "import { useState } from 'react';",
        "import { X } from 'lucide-react';",
        '',
        'interface RemovableChipProps { label: string; tone?: string; onRemove: () => void }',
        '',
        'export function RemovableChip({ label, tone = "grey", onRemove }: RemovableChipProps) {',
        '  const [busy] = useState<boolean>(false);',
        '  return (',
        '    <span role="listitem" className="chip">',
        '      {label}',
        '      <button type="button" aria-label="Remove tag" onClick={onRemove} disabled={busy}>',
        '        <X aria-hidden="true" />',
        '      </button>',
        '      Press to remove',
        '    </span>',
        '  );',
        '}',
      ].join('\n'),
    );
    assert.equal(text.split('\n')[0], 'removable chip (react component)');
    assert.equal(field(text, 'path'), 'chips removable chip');
    assert.equal(field(text, 'props'), 'label, tone');
    assert.equal(field(text, 'events'), 'remove');
    assert.equal(field(text, 'elements'), 'span, button, x');
    assert.equal(field(text, 'labels'), 'role listitem; type button; Remove tag');
    assert.match(field(text, 'text') ?? '', /Press to remove/);
    assert.doesNotMatch(text, /lucide-react|useState<|boolean/);
  });

  it('Vue: defineProps and defineEmits, the template only', () => {
    const text = card(
      'src/LocaleSelect.vue',
      [
        '<script setup lang="ts">',
        'defineProps<{ locales: string[]; modelValue: string }>();',
        "defineEmits(['update:modelValue']);",
        '</script>',
        '<template>',
        '  <label for="locale">Language</label>',
        '  <select id="locale" :value="modelValue"><option v-for="l in locales" :key="l">{{ l }}</option></select>',
        '</template>',
        '<style scoped>.x { color: red; }</style>',
      ].join('\n'),
    );
    assert.equal(field(text, 'props'), 'locales, model value');
    assert.equal(field(text, 'events'), 'update model value');
    assert.equal(field(text, 'elements'), 'label, select, option');
    assert.match(field(text, 'text') ?? '', /^Language/);
    assert.doesNotMatch(text, /color: red|defineProps/);
  });

  it('Svelte (runes and export let) and Angular (inputs, outputs, the inline template)', () => {
    const svelte = card('src/Spinner.svelte', '<script>\n  let { size = 24, label = "Loading" } = $props();\n</script>\n<div role="status" aria-label={label} class="spin"></div>\n');
    assert.equal(field(svelte, 'props'), 'size, label');
    assert.equal(field(svelte, 'labels'), 'role status');
    const svelte4 = card('src/Toast.svelte', '<script>\n  export let message;\n  import { createEventDispatcher } from "svelte";\n  const dispatch = createEventDispatcher();\n</script>\n<p>{message}</p><button on:click={() => dispatch("dismiss")}>Dismiss</button>\n');
    assert.equal(field(svelte4, 'props'), 'message');
    assert.equal(field(svelte4, 'events'), 'dismiss');
    const angular = card(
      'src/app/stepper.component.ts',
      [
        "import { Component, EventEmitter, Input, Output, input } from '@angular/core';",
        "@Component({ selector: 'app-stepper', standalone: true, template: `<ol class=\"steps\"><li *ngFor=\"let s of steps\">{{ s }}</li></ol><button type=\"button\">Next step</button>` })",
        'export class StepperComponent {',
        '  @Input() steps: string[] = [];',
        '  readonly current = input(0);',
        '  @Output() finished = new EventEmitter<void>();',
        '}',
      ].join('\n'),
    );
    assert.equal(field(angular, 'props'), 'steps, current');
    assert.equal(field(angular, 'events'), 'finished');
    assert.equal(field(angular, 'elements'), 'ol, li, button');
    assert.match(field(angular, 'text') ?? '', /Next step/);
  });

  it('is bounded: a pasted file of thousands of lines gives at most CARD_CHARS', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `      <li key="${i}">Item ${i}</li>`).join('\n');
    const text = card('src/Huge.tsx', `export function Huge() {\n  return (\n    <ul>\n${body}\n    </ul>\n  );\n}\n`);
    assert.ok(text.length <= CARD_CHARS);
    assert.equal(field(text, 'elements'), 'ul, li');
  });
});
