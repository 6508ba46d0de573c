import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

const hintId = { concat: [{ prop: 'id' }, '-hint'] };

export const select: LibraryComponent = {
  name: 'Select',
  type: 'molecule',
  category: 'select',
  variant: 'native',
  tags: ['select', 'dropdown', 'picker', 'combo', 'options', 'choose', 'menu', 'listbox', 'form', 'country', 'native-select'],
  description: 'A labelled native drop-down list for choosing one option (a country, a time zone), styled with a chevron, with an optional hint.',
  a11y: [
    'A native <select>: every browser and screen reader knows it; arrow keys, typing a letter and the platform\'s picker on phones all work.',
    'The <label for> names it; the hint is tied with aria-describedby.',
    'The chevron is decorative (aria-hidden) and ignores the pointer, so a click on it opens the list.',
    'A focus ring on the select; gray-900 text and the gray-300 border on white (text AA; the border is not the only cue, the label and chevron are).',
    'The chosen option is marked with the selected attribute; option values must be unique.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Country', description: 'The visible label.' },
    { name: 'id', type: 'string', default: 'country', description: 'The select\'s id, unique on the page; the hint id derives from it.' },
    { name: 'name', type: 'string', default: 'country', description: 'The form field name.' },
    {
      name: 'options',
      type: 'list',
      of: { value: 'string', label: 'string' },
      default: [
        { value: 'ca', label: 'Canada' },
        { value: 'de', label: 'Germany' },
        { value: 'in', label: 'India' },
        { value: 'jp', label: 'Japan' },
        { value: 'gb', label: 'United Kingdom' },
        { value: 'us', label: 'United States' },
      ],
      description: 'The choices: a value (unique) and the visible text.',
    },
    { name: 'defaultValue', type: 'string', default: 'us', description: 'The value chosen at first.' },
    { name: 'hint', type: 'string', default: 'Used to calculate taxes and shipping.', description: 'Help under the field; empty for none.' },
    { name: 'required', type: 'boolean', default: false, description: 'A choice is needed before the form submits.' },
    { name: 'disabled', type: 'boolean', default: false, description: 'Greys it out and ignores input.' },
    { name: 'onValueChange', type: 'callback', arg: { name: 'value', type: 'string' }, description: 'Called with the new value when another option is chosen.' },
  ],
  state: [{ name: 'value', type: 'string', initial: { prop: 'defaultValue' }, description: 'The chosen option\'s value.' }],
  markup: {
    tag: 'div',
    class: 'flex w-full max-w-sm flex-col gap-1.5',
    children: [
      { tag: 'label', class: 'text-sm font-medium text-gray-900', bind: { for: { prop: 'id' } }, children: [{ text: { prop: 'label' } }] },
      {
        tag: 'div',
        class: 'relative',
        children: [
          {
            tag: 'select',
            class: `block w-full appearance-none rounded-md border-0 bg-white py-2 pl-3 pr-10 text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-inset focus:ring-blue-600 disabled:cursor-not-allowed disabled:bg-gray-50 disabled:text-gray-600 sm:text-sm sm:leading-6 ${FOCUS_RING}`,
            bind: {
              id: { prop: 'id' },
              name: { prop: 'name' },
              required: { prop: 'required' },
              disabled: { prop: 'disabled' },
              'aria-describedby': { when: { ref: { prop: 'hint' } }, then: hintId },
            },
            on: [{ event: 'change', do: [{ set: 'value', to: { event: 'value' } }, { call: 'onValueChange', with: { event: 'value' } }] }],
            children: [
              {
                each: { prop: 'options' },
                as: 'option',
                key: 'value',
                children: [
                  {
                    tag: 'option',
                    bind: {
                      value: { item: 'option', field: 'value' },
                      selected: { when: { ref: { state: 'value' }, is: { item: 'option', field: 'value' } }, then: true, else: false },
                    },
                    children: [{ text: { item: 'option', field: 'label' } }],
                  },
                ],
              },
            ],
          },
          icon(ICON_PATHS.chevronDown, 'pointer-events-none absolute right-3 top-1/2 h-5 w-5 -translate-y-1/2 text-gray-600'),
        ],
      },
      {
        if: { ref: { prop: 'hint' } },
        then: [{ tag: 'p', class: 'text-sm text-gray-600', bind: { id: hintId }, children: [{ text: { prop: 'hint' } }] }],
      },
    ],
  },
};
