import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const selected = { ref: { state: 'value' }, is: { item: 'option', field: 'value' } };

export const buttonGroup: LibraryComponent = {
  name: 'ButtonGroup',
  type: 'atom',
  category: 'button',
  variant: 'segmented',
  tags: ['button-group', 'segmented-control', 'segmented', 'toggle-group', 'toggle-buttons', 'view-switcher', 'options', 'choice', 'filter', 'tabs'],
  description: 'A row of joined buttons of which one is selected (a segmented control), for switching a view or a filter: Day, Week, Month.',
  a11y: [
    'Native <button type="button">s in a role="group" named by label (aria-label); each says whether it is the selected one with aria-pressed.',
    'Tab moves through the buttons, Enter and Space select; the selected button is filled (white on gray-900) and unselected ones outlined, so the state shows in shape as well as colour, and every text passes AA.',
    'Each button has its own focus ring, raised above its neighbours (focus:z-10) so it is never clipped.',
    'It changes a setting, it does not show panels: for content panels use tabs (role="tablist"), for a form value radio buttons.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Date range', description: 'The group\'s accessible name (not shown).' },
    {
      name: 'options',
      type: 'list',
      of: { value: 'string', label: 'string' },
      default: [
        { value: 'day', label: 'Day' },
        { value: 'week', label: 'Week' },
        { value: 'month', label: 'Month' },
        { value: 'year', label: 'Year' },
      ],
      description: 'The choices: a value (unique) and the visible text.',
    },
    { name: 'defaultValue', type: 'string', default: 'week', description: 'The value selected at first.' },
    { name: 'onValueChange', type: 'callback', arg: { name: 'value', type: 'string' }, description: 'Called with the value of the option pressed.' },
  ],
  state: [{ name: 'value', type: 'string', initial: { prop: 'defaultValue' }, description: 'The selected option\'s value.' }],
  markup: {
    tag: 'div',
    attrs: { role: 'group' },
    class: 'isolate inline-flex rounded-md shadow-sm',
    bind: { 'aria-label': { prop: 'label' } },
    children: [
      {
        each: { prop: 'options' },
        as: 'option',
        key: 'value',
        children: [
          {
            tag: 'button',
            attrs: { type: 'button' },
            class: `relative -ml-px px-3 py-2 text-sm font-semibold ring-1 ring-inset first:ml-0 first:rounded-l-md last:rounded-r-md focus:z-10 sm:px-4 ${FOCUS_RING}`,
            classWhen: [
              { when: selected, class: 'bg-gray-900 text-white ring-gray-900' },
              { when: { ...selected, not: true }, class: 'bg-white text-gray-900 ring-gray-300 hover:bg-gray-50' },
            ],
            bind: { 'aria-pressed': { when: selected, then: true, else: false } },
            on: [{ event: 'click', do: [{ set: 'value', to: { item: 'option', field: 'value' } }, { call: 'onValueChange', with: { item: 'option', field: 'value' } }] }],
            children: [{ text: { item: 'option', field: 'label' } }],
          },
        ],
      },
    ],
  },
};
