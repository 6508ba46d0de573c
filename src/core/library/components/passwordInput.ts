import type { Condition, LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons eye and eye-slash (24px outline). */
const EYE = 'M2.036 12.322a1.012 1.012 0 0 1 0-.639C3.423 7.51 7.36 4.5 12 4.5c4.638 0 8.573 3.007 9.963 7.178.07.207.07.431 0 .639C20.577 16.49 16.64 19.5 12 19.5c-4.638 0-8.573-3.007-9.963-7.178ZM15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z';
const EYE_SLASH = 'M3.98 8.223A10.477 10.477 0 0 0 1.934 12C3.226 16.338 7.244 19.5 12 19.5c.993 0 1.953-.138 2.863-.395M6.228 6.228A10.451 10.451 0 0 1 12 4.5c4.756 0 8.773 3.162 10.065 7.498a10.522 10.522 0 0 1-4.293 5.774M6.228 6.228 3 3m3.228 3.228 3.65 3.65m7.894 7.894L21 21m-3.228-3.228-3.65-3.65m0 0a3 3 0 1 0-4.243-4.243m4.242 4.242L9.88 9.88';

const revealed: Condition = { ref: { state: 'revealed' } };
const hasError: Condition = { ref: { prop: 'error' } };
const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const passwordInput: LibraryComponent = {
  name: 'PasswordInput',
  type: 'molecule',
  category: 'input',
  variant: 'reveal',
  tags: ['password', 'password-input', 'password-field', 'show-password', 'reveal', 'toggle-visibility', 'login', 'sign-up', 'credentials', 'form', 'input'],
  description: 'A password field with its label, a show/hide button inside the field that switches between dots and plain text, hint text with the password rules, and an error message that replaces the hint while there is one.',
  a11y: [
    'The <label for> names the input; the hint (or the error) is tied to it with aria-describedby, so the rules are read when the field gets focus. aria-invalid is set while there is an error, which is text in red-700, not only a red border.',
    'The show/hide control is a toggle <button>: its name stays "Show password" and aria-pressed says whether the password is showing; the eye icons are decorative. It has its own focus ring and controls the input (aria-controls).',
    'autocomplete says new-password or current-password, so password managers offer to generate or fill; the hint is gray-600 on white (AA).',
    'Spellcheck is off, so a revealed password (type="text") is not sent to a browser\'s spelling service. Phones may capitalise its first letter while it shows: add autocapitalize="none" to the input where that matters.',
    'Where the component is used: keep the hint\'s rules the same as the server\'s, and when the server rejects the password, set error and move focus to the field.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Password', description: 'The visible label.' },
    { name: 'id', type: 'string', default: 'new-password', description: 'The input\'s id, unique on the page; the hint and error ids derive from it.' },
    { name: 'name', type: 'string', default: 'password', description: 'The form field name.' },
    { name: 'autocomplete', type: 'enum', values: ['new-password', 'current-password'], default: 'new-password', description: 'new-password when signing up or changing it, current-password when signing in.' },
    { name: 'hint', type: 'string', default: 'At least 12 characters, with a number and a symbol.', description: 'The password rules, shown under the field.' },
    { name: 'minLength', type: 'number', default: 12, description: 'The shortest password the form accepts (the native minlength check).' },
    { name: 'error', type: 'string', description: 'A validation message; while set, it replaces the hint and marks the field invalid.' },
    { name: 'required', type: 'boolean', default: true, description: 'The field must be filled in.' },
    { name: 'showLabel', type: 'string', default: 'Show password', description: 'The show/hide button\'s accessible name (it stays the same; aria-pressed carries the state).' },
    { name: 'onValueChange', type: 'callback', arg: { name: 'value', type: 'string' }, description: 'Called with the new value on every edit.' },
  ],
  state: [{ name: 'revealed', type: 'boolean', initial: false, description: 'Whether the password is shown as plain text.' }],
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
            tag: 'input',
            attrs: { spellcheck: 'false' },
            class: `block w-full rounded-md border-0 bg-white py-2 pl-3 pr-11 text-gray-900 shadow-sm ring-1 ring-inset placeholder:text-gray-500 focus:ring-2 focus:ring-inset sm:text-sm ${FOCUS_RING}`,
            classWhen: [
              { when: { ...hasError, not: true }, class: 'ring-gray-300 focus:ring-blue-600' },
              { when: hasError, class: 'ring-red-600 focus:ring-red-600' },
            ],
            bind: {
              id: { prop: 'id' },
              name: { prop: 'name' },
              type: { when: revealed, then: 'text', else: 'password' },
              autocomplete: { prop: 'autocomplete' },
              minlength: { prop: 'minLength' },
              required: { prop: 'required' },
              'aria-invalid': { when: hasError, then: true },
              'aria-describedby': { when: hasError, then: idWith('-error'), else: idWith('-hint') },
            },
            on: [{ event: 'input', do: [{ call: 'onValueChange', with: { event: 'value' } }] }],
          },
          {
            tag: 'button',
            attrs: { type: 'button' },
            class: `absolute inset-y-0 right-0 flex w-11 items-center justify-center rounded-r-md text-gray-600 hover:text-gray-900 ${FOCUS_RING}`,
            bind: { 'aria-label': { prop: 'showLabel' }, 'aria-pressed': { state: 'revealed' }, 'aria-controls': { prop: 'id' } },
            on: [{ event: 'click', do: [{ toggle: 'revealed' }] }],
            children: [{ if: revealed, then: [icon(EYE_SLASH)], else: [icon(EYE)] }],
          },
        ],
      },
      {
        if: hasError,
        then: [{ tag: 'p', class: 'text-sm text-red-700', bind: { id: idWith('-error') }, children: [{ text: { prop: 'error' } }] }],
        else: [{ tag: 'p', class: 'text-sm text-gray-600', bind: { id: idWith('-hint') }, children: [{ text: { prop: 'hint' } }] }],
      },
    ],
  },
};
