import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const size = (is: string) => ({ ref: { prop: 'size' }, is });

export const secondaryButton: LibraryComponent = {
  name: 'SecondaryButton',
  type: 'atom',
  category: 'button',
  variant: 'outline',
  tags: ['button', 'secondary', 'outline', 'outlined', 'ghost', 'cancel', 'back', 'action', 'default-button', 'neutral'],
  description: 'An outlined button for secondary actions next to a primary one (Cancel, Back, Export): white with a gray border, in three sizes.',
  a11y: [
    'A native <button>: focusable, activated by Enter and Space, announced as a button; type="button" by default so it never submits a form by accident.',
    'Gray-900 text on white passes AA (17:1); the gray-300 border is decoration, the text names the action.',
    'A blue focus ring (focus-visible outline) shows where the keyboard is without appearing on mouse clicks.',
    'disabled is the native attribute: the button leaves the tab order and is announced as dimmed. Say elsewhere why it is disabled if it is not obvious.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Cancel', description: 'The visible text, used when no content is given.' },
    { name: 'size', type: 'enum', values: ['sm', 'md', 'lg'], default: 'md', description: 'Padding and text size.' },
    { name: 'type', type: 'enum', values: ['button', 'submit', 'reset'], default: 'button', description: 'The native button type.' },
    { name: 'disabled', type: 'boolean', default: false, description: 'Dims the button and ignores clicks.' },
    { name: 'children', type: 'node', description: 'Content instead of the label (an icon and text).' },
    { name: 'onPress', type: 'callback', description: 'Called when the button is activated.' },
  ],
  markup: {
    tag: 'button',
    class: `inline-flex items-center justify-center gap-2 rounded-md bg-white font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 transition-colors enabled:hover:bg-gray-50 disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS_RING}`,
    classWhen: [
      { when: size('sm'), class: 'px-2.5 py-1.5 text-sm' },
      { when: size('md'), class: 'px-3.5 py-2 text-sm' },
      { when: size('lg'), class: 'px-5 py-3 text-base' },
    ],
    bind: { type: { prop: 'type' }, disabled: { prop: 'disabled' } },
    on: [{ event: 'click', do: [{ call: 'onPress' }] }],
    children: [{ slot: 'children', fallback: [{ text: { prop: 'label' } }] }],
  },
};
