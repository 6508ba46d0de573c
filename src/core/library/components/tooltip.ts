import type { Action, LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const show: Action = { set: 'open', to: true };
const hide: Action = { set: 'open', to: false };
const placement = (is: string) => ({ ref: { prop: 'placement' }, is });

export const tooltip: LibraryComponent = {
  name: 'Tooltip',
  type: 'atom',
  category: 'tooltip',
  variant: 'hover-focus',
  tags: ['tooltip', 'hint', 'popover', 'hover', 'help', 'info', 'explanation', 'title', 'describe', 'tip'],
  description: 'A short explanation that appears above (or below) a button while it is hovered or focused, and goes away on leaving, blurring or Escape.',
  a11y: [
    'The tip has role="tooltip" and describes the button through aria-describedby; it stays in the page (hidden) so the description is there whenever the button is focused.',
    'It shows on keyboard focus as well as hover, and Escape hides it without moving focus (WCAG 1.4.13: dismissible).',
    'Hover is tracked on the wrapper, which contains the tip: the pointer can move onto the tip without it vanishing (hoverable); a padding bridges the gap.',
    'The button has its own visible name; the tip only adds to it. Keep tips short and never put links or buttons in them (use a popover or dialog for interactive content).',
    'White on gray-900 passes AA (17:1).',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Share', description: 'The button\'s visible text, used when no content is given.' },
    { name: 'content', type: 'string', default: 'Copy a link to this report', description: 'The tip: a short phrase that adds to the button\'s name.' },
    { name: 'placement', type: 'enum', values: ['top', 'bottom'], default: 'top', description: 'Where the tip shows relative to the button.' },
    { name: 'id', type: 'string', default: 'share-tooltip', description: 'The tip\'s id, unique on the page.' },
    { name: 'children', type: 'node', description: 'The button\'s content instead of the label (an icon and text).' },
    { name: 'onPress', type: 'callback', description: 'Called when the button is activated.' },
  ],
  state: [{ name: 'open', type: 'boolean', initial: false, description: 'Whether the tip is showing.' }],
  markup: {
    tag: 'div',
    // only tracks the pointer (the button and the tip carry the semantics): presentation says so to linters and AT alike
    attrs: { role: 'presentation' },
    class: 'relative inline-flex',
    on: [
      { event: 'mouseenter', do: [show] },
      { event: 'mouseleave', do: [hide] },
    ],
    children: [
      {
        tag: 'button',
        attrs: { type: 'button' },
        class: `inline-flex items-center gap-2 rounded-md bg-white px-3 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 ${FOCUS_RING}`,
        bind: { 'aria-describedby': { prop: 'id' } },
        on: [
          { event: 'click', do: [{ call: 'onPress' }] },
          { event: 'focus', do: [show] },
          { event: 'blur', do: [hide] },
          { event: 'keydown', key: 'Escape', do: [hide] },
        ],
        children: [{ slot: 'children', fallback: [{ text: { prop: 'label' } }] }],
      },
      {
        tag: 'div',
        attrs: { role: 'tooltip' },
        class: 'absolute left-1/2 z-20 -translate-x-1/2',
        classWhen: [
          { when: placement('top'), class: 'bottom-full pb-2' },
          { when: placement('bottom'), class: 'top-full pt-2' },
        ],
        bind: { id: { prop: 'id' }, hidden: { when: { ref: { state: 'open' }, not: true }, then: true } },
        children: [
          {
            tag: 'span',
            class: 'block w-max max-w-[16rem] rounded-md bg-gray-900 px-2.5 py-1.5 text-center text-xs font-medium leading-5 text-white shadow-lg',
            children: [{ text: { prop: 'content' } }],
          },
        ],
      },
    ],
  },
};
