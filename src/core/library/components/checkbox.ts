import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

export const checkbox: LibraryComponent = {
  name: 'Checkbox',
  type: 'atom',
  category: 'checkbox',
  variant: 'with-description',
  tags: ['checkbox', 'toggle', 'consent', 'form', 'option'],
  description: 'A checkbox with its label and an optional description, checked state kept by the component.',
  a11y: [
    'A native <input type="checkbox">: Space toggles it, its state is announced.',
    'The <label for> names it and enlarges the click target; the description is tied with aria-describedby.',
    'A focus ring on the box itself; blue-600 on white passes 3:1 for non-text contrast.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Email me about product updates', description: 'The visible label.' },
    { name: 'id', type: 'string', default: 'updates', description: 'The input\'s id, unique on the page.' },
    { name: 'name', type: 'string', default: 'updates', description: 'The form field name.' },
    { name: 'description', type: 'string', default: 'At most one email a month. Unsubscribe at any time.', description: 'Help under the label; empty for none.' },
    { name: 'defaultChecked', type: 'boolean', default: false, description: 'Whether it starts checked.' },
    { name: 'disabled', type: 'boolean', default: false, description: 'Greys it out and ignores input.' },
    { name: 'onCheckedChange', type: 'callback', arg: { name: 'checked', type: 'boolean' }, description: 'Called with the new state when it is toggled.' },
  ],
  state: [{ name: 'checked', type: 'boolean', initial: { prop: 'defaultChecked' }, description: 'Whether the box is checked.' }],
  markup: {
    tag: 'div',
    class: 'flex items-start gap-3',
    children: [
      {
        tag: 'div',
        class: 'flex h-6 items-center',
        children: [
          {
            tag: 'input',
            attrs: { type: 'checkbox' },
            class: `h-4 w-4 rounded border-gray-300 text-blue-600 accent-blue-600 disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS_RING}`,
            bind: {
              id: { prop: 'id' },
              name: { prop: 'name' },
              checked: { state: 'checked' },
              disabled: { prop: 'disabled' },
              'aria-describedby': { when: { ref: { prop: 'description' } }, then: { concat: [{ prop: 'id' }, '-description'] } },
            },
            on: [{ event: 'change', do: [{ set: 'checked', to: { event: 'checked' } }, { call: 'onCheckedChange', with: { event: 'checked' } }] }],
          },
        ],
      },
      {
        tag: 'div',
        class: 'text-sm leading-6',
        children: [
          { tag: 'label', class: 'font-medium text-gray-900', bind: { for: { prop: 'id' } }, children: [{ text: { prop: 'label' } }] },
          {
            if: { ref: { prop: 'description' } },
            then: [{ tag: 'p', class: 'text-gray-600', bind: { id: { concat: [{ prop: 'id' }, '-description'] } }, children: [{ text: { prop: 'description' } }] }],
          },
        ],
      },
    ],
  },
};
