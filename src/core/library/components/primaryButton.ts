import type { LibraryComponent } from '../types';
import { FOCUS_OUTLINE } from './styles';

export const primaryButton: LibraryComponent = {
  name: 'PrimaryButton',
  type: 'atom',
  category: 'button',
  variant: 'solid',
  tags: ['button', 'action', 'submit', 'cta', 'variants'],
  description: 'A button for the main action of a view, in four variants and three sizes, with an optional leading icon.',
  a11y: [
    'A native <button>: focusable, activated by Enter and Space, announced as a button.',
    'type="button" by default, so it never submits a form by accident.',
    'A visible focus ring (focus-visible outline) in every variant; white on blue-600/red-600 and gray-900 on white pass WCAG AA.',
    'disabled uses the native attribute, so it leaves the tab order and is announced as dimmed.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Save changes', description: 'The visible text, used when no content is given.' },
    { name: 'variant', type: 'enum', values: ['primary', 'secondary', 'ghost', 'danger'], default: 'primary', description: 'The look: primary for the main action, danger for destructive ones.' },
    { name: 'size', type: 'enum', values: ['sm', 'md', 'lg'], default: 'md', description: 'Padding and text size.' },
    { name: 'type', type: 'enum', values: ['button', 'submit', 'reset'], default: 'button', description: 'The native button type.' },
    { name: 'disabled', type: 'boolean', default: false, description: 'Dims the button and ignores clicks.' },
    { name: 'children', type: 'node', description: 'Content instead of the label (an icon and text).' },
    { name: 'onPress', type: 'callback', description: 'Called when the button is activated.' },
  ],
  markup: {
    tag: 'button',
    class: `inline-flex items-center justify-center gap-2 rounded-md font-semibold shadow-sm transition-colors ${FOCUS_OUTLINE} disabled:cursor-not-allowed disabled:opacity-50`,
    classWhen: [
      { when: { ref: { prop: 'variant' }, is: 'primary' }, class: 'bg-blue-600 text-white hover:bg-blue-700 focus-visible:outline-blue-600' },
      { when: { ref: { prop: 'variant' }, is: 'secondary' }, class: 'bg-white text-gray-900 ring-1 ring-inset ring-gray-300 hover:bg-gray-50 focus-visible:outline-gray-600' },
      { when: { ref: { prop: 'variant' }, is: 'ghost' }, class: 'text-gray-900 hover:bg-gray-100 focus-visible:outline-gray-600 shadow-none' },
      { when: { ref: { prop: 'variant' }, is: 'danger' }, class: 'bg-red-600 text-white hover:bg-red-700 focus-visible:outline-red-600' },
      { when: { ref: { prop: 'size' }, is: 'sm' }, class: 'px-2.5 py-1.5 text-sm' },
      { when: { ref: { prop: 'size' }, is: 'md' }, class: 'px-3.5 py-2 text-sm' },
      { when: { ref: { prop: 'size' }, is: 'lg' }, class: 'px-5 py-3 text-base' },
    ],
    bind: { type: { prop: 'type' }, disabled: { prop: 'disabled' } },
    on: [{ event: 'click', do: [{ call: 'onPress' }] }],
    children: [{ slot: 'children', fallback: [{ text: { prop: 'label' } }] }],
  },
};
