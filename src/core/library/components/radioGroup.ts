import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const optionId = (suffix = '') => ({ concat: [{ prop: 'id' }, '-', { item: 'option', field: 'value' }, ...(suffix ? [suffix] : [])] });

export const radioGroup: LibraryComponent = {
  name: 'RadioGroup',
  type: 'molecule',
  category: 'radio',
  variant: 'stacked',
  tags: ['radio', 'radio-group', 'radio-buttons', 'options', 'choice', 'single-choice', 'pick-one', 'fieldset', 'form', 'select-one', 'plan'],
  description: 'A stacked list of radio buttons under a legend, each with a label and an optional description, of which one can be chosen.',
  a11y: [
    'Native <input type="radio">s sharing a name inside a <fieldset> whose <legend> names the group: screen readers say "Delivery speed, group, Standard, radio button, 1 of 3".',
    'The arrow keys move between options and select them, Tab enters and leaves the group (native radio behaviour, nothing scripted).',
    'Each <label for> names its radio and enlarges its click target; the description is tied with aria-describedby.',
    'A focus ring on the radio itself; blue-600 on white passes 3:1 for non-text contrast; texts gray-900 and gray-600 pass AA.',
    'Option values must be unique and id-safe (letters, digits, dashes): the radios\' ids derive from the id prop and the value.',
  ],
  props: [
    { name: 'legend', type: 'string', default: 'Delivery speed', description: 'The question the options answer.' },
    { name: 'name', type: 'string', default: 'delivery', description: 'The form field name the radios share.' },
    { name: 'id', type: 'string', default: 'delivery', description: 'A prefix, unique on the page, for the radios\' ids.' },
    {
      name: 'options',
      type: 'list',
      of: { value: 'string', label: 'string', description: 'string' },
      default: [
        { value: 'standard', label: 'Standard', description: '4–6 business days, free' },
        { value: 'express', label: 'Express', description: '2–3 business days, $9' },
        { value: 'overnight', label: 'Overnight', description: 'Next business day, $24' },
      ],
      description: 'The choices: a value (unique), a label and a description (empty for none).',
    },
    { name: 'defaultValue', type: 'string', default: 'standard', description: 'The value chosen at first (empty for none).' },
    { name: 'required', type: 'boolean', default: false, description: 'A choice must be made before the form submits.' },
    { name: 'onValueChange', type: 'callback', arg: { name: 'value', type: 'string' }, description: 'Called with the value of the option chosen.' },
  ],
  state: [{ name: 'value', type: 'string', initial: { prop: 'defaultValue' }, description: 'The chosen option\'s value.' }],
  markup: {
    tag: 'fieldset',
    class: 'w-full max-w-md',
    children: [
      { tag: 'legend', class: 'text-sm font-semibold leading-6 text-gray-900', children: [{ text: { prop: 'legend' } }] },
      {
        tag: 'div',
        class: 'mt-3 space-y-4',
        children: [
          {
            each: { prop: 'options' },
            as: 'option',
            key: 'value',
            children: [
              {
                tag: 'div',
                class: 'flex items-start gap-3',
                children: [
                  {
                    tag: 'div',
                    class: 'flex h-6 items-center',
                    children: [
                      {
                        tag: 'input',
                        attrs: { type: 'radio' },
                        class: `h-4 w-4 border-gray-300 text-blue-600 accent-blue-600 ${FOCUS_RING}`,
                        bind: {
                          id: optionId(),
                          name: { prop: 'name' },
                          value: { item: 'option', field: 'value' },
                          checked: { when: { ref: { state: 'value' }, is: { item: 'option', field: 'value' } }, then: true, else: false },
                          required: { prop: 'required' },
                          'aria-describedby': { when: { ref: { item: 'option', field: 'description' } }, then: optionId('-description') },
                        },
                        on: [{ event: 'change', do: [{ set: 'value', to: { item: 'option', field: 'value' } }, { call: 'onValueChange', with: { item: 'option', field: 'value' } }] }],
                      },
                    ],
                  },
                  {
                    tag: 'div',
                    class: 'text-sm leading-6',
                    children: [
                      { tag: 'label', class: 'font-medium text-gray-900', bind: { for: optionId() }, children: [{ text: { item: 'option', field: 'label' } }] },
                      {
                        if: { ref: { item: 'option', field: 'description' } },
                        then: [{ tag: 'p', class: 'text-gray-600', bind: { id: optionId('-description') }, children: [{ text: { item: 'option', field: 'description' } }] }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
};
