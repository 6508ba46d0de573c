import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

/** Heroicons' outline magnifying glass. */
const MAGNIFIER = 'm21 21-5.197-5.197m0 0A7.5 7.5 0 1 0 5.196 5.196a7.5 7.5 0 0 0 10.607 10.607Z';

export const searchInput: LibraryComponent = {
  name: 'SearchInput',
  type: 'molecule',
  category: 'search',
  variant: 'with-icon',
  tags: ['search', 'search-bar', 'search-box', 'search-field', 'find', 'query', 'filter', 'lookup', 'magnifier', 'clear', 'input'],
  description: 'A search field with a magnifying-glass icon and a clear button, in a search landmark; Enter submits the query.',
  a11y: [
    'A <form role="search"> (a search landmark screen-reader users can jump to) around a text input with role="searchbox", named by a visually hidden <label for>. (Not type="search": WebKit would add its own unlabelled cancel button beside the clear button.)',
    'Enter submits (the form\'s implicit submission) and the query is reported to onQuerySubmit; inputmode and enterkeyhint bring up a search keyboard with a Search key on phones.',
    'The clear button is a native reset button named by clearLabel (aria-label) and shown only while there is text; both icons are decorative (aria-hidden).',
    'After clearing, the clear button hides itself: move focus back to the input (a ref and focus()) so keyboard users are not left on the page body.',
    'Focus rings on the input and the clear button; gray-900 text and gray-500 placeholder on white. Announce the number of results in a role="status" region after a search.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Search documentation', description: 'The input\'s accessible name (visually hidden).' },
    { name: 'placeholder', type: 'string', default: 'Search…', description: 'The hint inside the empty field.' },
    { name: 'id', type: 'string', default: 'docs-search', description: 'The input\'s id, unique on the page.' },
    { name: 'name', type: 'string', default: 'q', description: 'The form field name.' },
    { name: 'clearLabel', type: 'string', default: 'Clear search', description: 'The clear button\'s accessible name.' },
    { name: 'onQuerySubmit', type: 'callback', arg: { name: 'query', type: 'string' }, description: 'Called with the query when the user presses Enter.' },
    { name: 'onClear', type: 'callback', description: 'Called when the clear button empties the field.' },
  ],
  state: [{ name: 'query', type: 'string', initial: '', description: 'The text typed so far.' }],
  markup: {
    tag: 'form',
    attrs: { role: 'search' },
    class: 'w-full max-w-md',
    on: [{ event: 'submit', prevent: true, do: [{ call: 'onQuerySubmit', with: { state: 'query' } }] }],
    children: [
      { tag: 'label', class: 'sr-only', bind: { for: { prop: 'id' } }, children: [{ text: { prop: 'label' } }] },
      {
        tag: 'div',
        class: 'relative',
        children: [
          icon(MAGNIFIER, 'pointer-events-none absolute left-3 top-1/2 h-5 w-5 -translate-y-1/2 text-gray-500'),
          {
            tag: 'input',
            // type=text with role=searchbox, not type=search: WebKit's own cancel button would sit beside the clear button
            attrs: { type: 'text', role: 'searchbox', inputmode: 'search', enterkeyhint: 'search', autocomplete: 'off' },
            class: `block w-full rounded-md border-0 bg-white py-2 pl-10 pr-10 text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 placeholder:text-gray-500 focus:ring-2 focus:ring-inset focus:ring-blue-600 sm:text-sm sm:leading-6 ${FOCUS_RING}`,
            bind: { id: { prop: 'id' }, name: { prop: 'name' }, placeholder: { prop: 'placeholder' } },
            on: [{ event: 'input', do: [{ set: 'query', to: { event: 'value' } }] }],
          },
          {
            // a reset button empties the field natively (the input is not bound to state, so every framework agrees)
            tag: 'button',
            attrs: { type: 'reset' },
            class: `absolute right-2 top-1/2 h-7 w-7 -translate-y-1/2 items-center justify-center rounded-md text-gray-600 hover:bg-gray-100 hover:text-gray-900 ${FOCUS_RING}`,
            // hidden by class while the field is empty, not removed: a reset button taken out of the form on click would not reset it
            classWhen: [
              { when: { ref: { state: 'query' } }, class: 'inline-flex' },
              { when: { ref: { state: 'query' }, not: true }, class: 'hidden' },
            ],
            bind: { 'aria-label': { prop: 'clearLabel' } },
            on: [{ event: 'click', do: [{ set: 'query', to: '' }, { call: 'onClear' }] }],
            children: [icon(ICON_PATHS.close, 'h-4 w-4')],
          },
        ],
      },
    ],
  },
};
