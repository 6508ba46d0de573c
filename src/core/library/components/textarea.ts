import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });
/** Two ids: `${id}-hint ${id}-limit`. */
const describedBy = (first: string) => ({ concat: [{ prop: 'id' }, `${first} `, { prop: 'id' }, '-limit'] });
const error = { ref: { prop: 'error' } };

export const textarea: LibraryComponent = {
  name: 'Textarea',
  type: 'molecule',
  category: 'textarea',
  variant: 'labelled',
  tags: ['textarea', 'text-area', 'multiline', 'message', 'comment', 'feedback', 'description', 'notes', 'bio', 'form', 'character-limit', 'validation'],
  description: 'A multi-line text field with its label, a hint, a character limit shown under it and an error message that replaces the hint while there is one.',
  a11y: [
    'The <label for> names the textarea; the id prop keeps several on one page apart.',
    'The hint (or the error) and the character limit are tied with aria-describedby, so they are read when the field is focused; aria-invalid is set while there is an error.',
    'maxlength is the native attribute: the browser stops input at the limit, and the limit is said in words rather than only enforced.',
    'The error is text, not only a red border (WCAG 1.4.1); red-700 and gray-600 on white pass AA. required is the native attribute; the asterisk is aria-hidden.',
    'A live count of the characters left is not included: if you add one, update it in an aria-live="polite" region only near the limit, not on every keystroke.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Message', description: 'The visible label.' },
    { name: 'id', type: 'string', default: 'message', description: 'The textarea\'s id, unique on the page; the hint, limit and error ids derive from it.' },
    { name: 'name', type: 'string', default: 'message', description: 'The form field name.' },
    { name: 'placeholder', type: 'string', default: 'Tell us what you need help with…', description: 'An example of what to write; never the only label.' },
    { name: 'hint', type: 'string', default: 'Include your order number if you have one.', description: 'Help shown under the field.' },
    { name: 'maxLength', type: 'number', default: 500, description: 'The most characters allowed.' },
    { name: 'rows', type: 'number', default: 4, description: 'The visible height in lines.' },
    { name: 'error', type: 'string', description: 'A validation message; while set, it replaces the hint and marks the field invalid.' },
    { name: 'required', type: 'boolean', default: false, description: 'The field must be filled in.' },
    { name: 'onValueChange', type: 'callback', arg: { name: 'value', type: 'string' }, description: 'Called with the new text on every edit.' },
  ],
  markup: {
    tag: 'div',
    class: 'flex w-full max-w-lg flex-col gap-1.5',
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
        tag: 'textarea',
        class: `block w-full resize-y rounded-md border-0 bg-white px-3 py-2 text-gray-900 shadow-sm ring-1 ring-inset placeholder:text-gray-500 focus:ring-2 focus:ring-inset sm:text-sm sm:leading-6 ${FOCUS_RING}`,
        classWhen: [
          { when: { ...error, not: true }, class: 'ring-gray-300 focus:ring-blue-600' },
          { when: error, class: 'ring-red-600 focus:ring-red-600' },
        ],
        bind: {
          id: { prop: 'id' },
          name: { prop: 'name' },
          rows: { prop: 'rows' },
          maxlength: { prop: 'maxLength' },
          placeholder: { prop: 'placeholder' },
          required: { prop: 'required' },
          'aria-invalid': { when: error, then: true },
          'aria-describedby': { when: error, then: describedBy('-error'), else: describedBy('-hint') },
        },
        on: [{ event: 'input', do: [{ call: 'onValueChange', with: { event: 'value' } }] }],
      },
      {
        tag: 'div',
        class: 'flex flex-col gap-1 text-sm sm:flex-row sm:justify-between sm:gap-4',
        children: [
          {
            if: error,
            then: [{ tag: 'p', class: 'text-red-700', bind: { id: idWith('-error') }, children: [{ text: { prop: 'error' } }] }],
            else: [{ tag: 'p', class: 'text-gray-600', bind: { id: idWith('-hint') }, children: [{ text: { prop: 'hint' } }] }],
          },
          {
            tag: 'p',
            class: 'shrink-0 tabular-nums text-gray-600',
            bind: { id: idWith('-limit') },
            children: [{ text: { concat: ['Up to ', { prop: 'maxLength' }, ' characters'] } }],
          },
        ],
      },
    ],
  },
};
