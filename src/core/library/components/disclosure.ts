import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

export const disclosure: LibraryComponent = {
  name: 'Disclosure',                 // PascalCase: Disclosure.tsx, disclosure.component.ts, app-disclosure
  type: 'molecule',
  category: 'accordion',              // from CATEGORIES
  variant: 'single',
  tags: ['disclosure', 'collapse', 'details'],
  description: 'A button that shows or hides a panel of content below it.',
  a11y: ['A <button> with aria-expanded and aria-controls; the panel is hidden, not only invisible.'],
  props: [
    { name: 'summary', type: 'string', default: 'Shipping', description: 'The always-visible line.' },
    { name: 'defaultOpen', type: 'boolean', default: false, description: 'Whether it starts open.' },
    { name: 'id', type: 'string', default: 'shipping', description: 'Unique on the page; the panel id derives from it.' },
    { name: 'children', type: 'node', example: 'Ships in 2 days.', description: 'The panel content.' },
    // a callback: React/Svelte prop `onOpenChange`, Vue emit `openChange`, Angular output `openChange`
    { name: 'onOpenChange', type: 'callback', arg: { name: 'open', type: 'boolean' }, description: 'Called after a toggle.' },
  ],
  // seeded by a prop: useState(defaultOpen), ref(props.defaultOpen), $derived(defaultOpen), linkedSignal
  state: [{ name: 'open', type: 'boolean', initial: { prop: 'defaultOpen' } }],
  markup: {
    tag: 'div',
    class: 'w-full',
    children: [
      {
        tag: 'button',
        attrs: { type: 'button' },                                  // static attribute
        class: `flex w-full items-center justify-between py-2 text-left font-medium text-gray-900 ${FOCUS_RING}`,
        bind: {
          'aria-expanded': { state: 'open' },                        // "true" / "false"
          'aria-controls': { concat: [{ prop: 'id' }, '-panel'] },   // `${id}-panel`
        },
        // actions run in order: flip the state, then report its new value
        on: [{ event: 'click', do: [{ toggle: 'open' }, { call: 'onOpenChange', with: { state: 'open' } }] }],
        children: [
          { tag: 'span', children: [{ text: { prop: 'summary' } }] },  // interpolated text
          { ...icon(ICON_PATHS.chevronDown), classWhen: [{ when: { ref: { state: 'open' } }, class: 'rotate-180' }] },
        ],
      },
      {
        if: { ref: { state: 'open' } },                              // {open ? … : null}, v-if, {#if}, @if
        then: [
          {
            tag: 'div',
            bind: { id: { concat: [{ prop: 'id' }, '-panel'] } },
            class: 'pb-2 text-sm text-gray-600',
            children: [{ slot: 'children' }],                        // {children}, <slot />, {@render}, <ng-content />
          },
        ],
      },
    ],
  },
};
