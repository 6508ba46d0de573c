import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const tone = (is: string) => ({ ref: { prop: 'tone' }, is });

export const linkButton: LibraryComponent = {
  name: 'LinkButton',
  type: 'atom',
  category: 'button',
  variant: 'text',
  tags: ['button', 'link', 'text-button', 'link-button', 'tertiary', 'inline', 'low-emphasis', 'subtle', 'plain', 'underline'],
  description: 'A button that looks like a text link, for low-emphasis actions inside text or beside other controls (Edit, Show more, Resend code).',
  a11y: [
    'A native <button type="button">, not an <a>: it runs an action, so it is announced as a button and activated by Enter and Space. Use a real link (<a href>) to go to another page.',
    'Underlined, so it is recognisable as interactive without relying on colour (WCAG 1.4.1); blue-700, gray-700 and red-700 on white all pass AA.',
    'A blue focus ring (focus-visible outline) around the text; disabled is the native attribute.',
    'Keep the label meaningful out of context ("Edit shipping address", not "click here").',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Resend code', description: 'The visible text, used when no content is given.' },
    { name: 'tone', type: 'enum', values: ['primary', 'neutral', 'danger'], default: 'primary', description: 'The colour: blue, gray, or red for destructive actions.' },
    { name: 'disabled', type: 'boolean', default: false, description: 'Dims the button and ignores clicks.' },
    { name: 'children', type: 'node', description: 'Content instead of the label.' },
    { name: 'onPress', type: 'callback', description: 'Called when the button is activated.' },
  ],
  markup: {
    tag: 'button',
    attrs: { type: 'button' },
    class: `inline-flex items-center gap-1 rounded-sm text-sm font-semibold underline decoration-1 underline-offset-4 transition-colors enabled:hover:decoration-2 disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS_RING}`,
    classWhen: [
      { when: tone('primary'), class: 'text-blue-700 enabled:hover:text-blue-800' },
      { when: tone('neutral'), class: 'text-gray-700 enabled:hover:text-gray-900' },
      { when: tone('danger'), class: 'text-red-700 enabled:hover:text-red-800' },
    ],
    bind: { disabled: { prop: 'disabled' } },
    on: [{ event: 'click', do: [{ call: 'onPress' }] }],
    children: [{ slot: 'children', fallback: [{ text: { prop: 'label' } }] }],
  },
};
