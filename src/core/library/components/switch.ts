import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const on = { ref: { state: 'checked' } };
const off = { ref: { state: 'checked' }, not: true };
const labelId = { concat: [{ prop: 'id' }, '-label'] };
const descriptionId = { concat: [{ prop: 'id' }, '-description'] };

export const switchToggle: LibraryComponent = {
  name: 'Switch',
  type: 'atom',
  category: 'switch',
  variant: 'toggle',
  tags: ['switch', 'toggle', 'on-off', 'setting', 'preference', 'toggle-switch', 'enable', 'disable', 'flip', 'boolean', 'option'],
  description: 'An on/off switch for a setting that takes effect at once, with its label and an optional description beside it.',
  a11y: [
    'A native <button type="button"> with role="switch" and aria-checked: announced as a switch that is on or off; Enter and Space flip it.',
    'Named by its label (aria-labelledby; the <label for> also makes a click on the text flip it); the description is tied with aria-describedby.',
    'On and off differ in the knob\'s position as well as colour; both tracks (blue-600 on, gray-500 off) have 3:1 against white and against the knob (WCAG 1.4.11).',
    'A focus ring around the track; disabled is the native attribute.',
    'A switch acts immediately: for a choice that is only applied on Save, use a checkbox. If flipping it fails, set it back and say why.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Email notifications', description: 'What the switch turns on or off.' },
    { name: 'description', type: 'string', default: 'Get an email when someone mentions you or replies to your comment.', description: 'More detail under the label; empty for none.' },
    { name: 'id', type: 'string', default: 'email-notifications', description: 'The switch\'s id, unique on the page; the description id derives from it.' },
    { name: 'defaultChecked', type: 'boolean', default: true, description: 'Whether it starts on.' },
    { name: 'disabled', type: 'boolean', default: false, description: 'Greys it out and ignores input.' },
    { name: 'onCheckedChange', type: 'callback', arg: { name: 'checked', type: 'boolean' }, description: 'Called with the new state after each flip.' },
  ],
  state: [{ name: 'checked', type: 'boolean', initial: { prop: 'defaultChecked' }, description: 'Whether the switch is on.' }],
  markup: {
    tag: 'div',
    class: 'flex w-full max-w-md items-center justify-between gap-4',
    children: [
      {
        tag: 'div',
        class: 'flex min-w-0 flex-col',
        children: [
          { tag: 'label', class: 'text-sm font-medium leading-6 text-gray-900', bind: { id: labelId, for: { prop: 'id' } }, children: [{ text: { prop: 'label' } }] },
          {
            if: { ref: { prop: 'description' } },
            then: [{ tag: 'p', class: 'text-sm text-gray-600', bind: { id: descriptionId }, children: [{ text: { prop: 'description' } }] }],
          },
        ],
      },
      {
        tag: 'button',
        attrs: { type: 'button', role: 'switch' },
        class: `relative inline-flex h-6 w-11 shrink-0 cursor-pointer rounded-full border-2 border-transparent transition-colors duration-200 ease-in-out disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS_RING}`,
        classWhen: [
          { when: on, class: 'bg-blue-600 enabled:hover:bg-blue-700' },
          { when: off, class: 'bg-gray-500 enabled:hover:bg-gray-600' },
        ],
        bind: {
          id: { prop: 'id' },
          'aria-checked': { state: 'checked' },
          'aria-labelledby': labelId,
          'aria-describedby': { when: { ref: { prop: 'description' } }, then: descriptionId },
          disabled: { prop: 'disabled' },
        },
        on: [{ event: 'click', do: [{ toggle: 'checked' }, { call: 'onCheckedChange', with: { state: 'checked' } }] }],
        children: [
          {
            tag: 'span',
            attrs: { 'aria-hidden': 'true' },
            class: 'pointer-events-none inline-block h-5 w-5 rounded-full bg-white shadow ring-0 transition-transform duration-200 ease-in-out motion-reduce:transition-none',
            classWhen: [
              { when: on, class: 'translate-x-5' },
              { when: off, class: 'translate-x-0' },
            ],
          },
        ],
      },
    ],
  },
};
