import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const describedBy = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const textInput: LibraryComponent = {
  name: 'TextInput',
  type: 'molecule',
  category: 'input',
  variant: 'labelled',
  tags: ['input', 'text-field', 'form', 'label', 'validation', 'email'],
  description: 'A text field with its label, an optional hint and an error message that replaces the hint while there is one.',
  a11y: [
    'The <label for> names the input; the id prop keeps several fields on one page apart.',
    'The hint and the error are tied to the input with aria-describedby; aria-invalid is set while there is an error.',
    'The error is text, not only a red border (WCAG 1.4.1); red-700 on white passes AA.',
    'required is the native attribute; the asterisk is aria-hidden because the attribute already says it.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Email address', description: 'The visible label.' },
    { name: 'id', type: 'string', default: 'email', description: 'The input\'s id, unique on the page; the hint and error ids derive from it.' },
    { name: 'name', type: 'string', default: 'email', description: 'The form field name.' },
    { name: 'type', type: 'enum', values: ['text', 'email', 'password', 'search', 'tel', 'url', 'number'], default: 'email', description: 'The native input type.' },
    { name: 'placeholder', type: 'string', default: 'you@example.com', description: 'An example value; never the only label.' },
    { name: 'hint', type: 'string', default: 'We never share your email.', description: 'Help shown under the field.' },
    { name: 'error', type: 'string', description: 'A validation message; while set, it replaces the hint and marks the field invalid.' },
    { name: 'required', type: 'boolean', default: false, description: 'The field must be filled in.' },
    { name: 'onValueChange', type: 'callback', arg: { name: 'value', type: 'string' }, description: 'Called with the new value on every edit.' },
  ],
  markup: {
    tag: 'div',
    class: 'flex w-full max-w-sm flex-col gap-1.5',
    children: [
      {
        tag: 'label',
        class: 'text-sm font-medium text-gray-900',
        bind: { for: { prop: 'id' } },
        children: [
          { text: { prop: 'label' } },
          { if: { ref: { prop: 'required' } }, then: [{ tag: 'span', attrs: { 'aria-hidden': 'true' }, class: 'ml-0.5 text-red-700', children: [{ text: '*' }] }] },
        ],
      },
      {
        tag: 'input',
        class: `block w-full rounded-md border-0 bg-white px-3 py-2 text-gray-900 shadow-sm ring-1 ring-inset placeholder:text-gray-500 focus:ring-2 focus:ring-inset sm:text-sm ${FOCUS_RING}`,
        classWhen: [
          { when: { ref: { prop: 'error' }, not: true }, class: 'ring-gray-300 focus:ring-blue-600' },
          { when: { ref: { prop: 'error' } }, class: 'ring-red-600 focus:ring-red-600' },
        ],
        bind: {
          id: { prop: 'id' },
          name: { prop: 'name' },
          type: { prop: 'type' },
          placeholder: { prop: 'placeholder' },
          required: { prop: 'required' },
          'aria-invalid': { when: { ref: { prop: 'error' } }, then: true },
          'aria-describedby': { when: { ref: { prop: 'error' } }, then: describedBy('-error'), else: describedBy('-hint') },
        },
        on: [{ event: 'input', do: [{ call: 'onValueChange', with: { event: 'value' } }] }],
      },
      {
        if: { ref: { prop: 'error' } },
        then: [{ tag: 'p', class: 'text-sm text-red-700', bind: { id: describedBy('-error') }, children: [{ text: { prop: 'error' } }] }],
        else: [{ tag: 'p', class: 'text-sm text-gray-600', bind: { id: describedBy('-hint') }, children: [{ text: { prop: 'hint' } }] }],
      },
    ],
  },
};
