import type { LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons folder-plus and plus (24px outline). */
const FOLDER_PLUS = 'M12 10.5v6m3-3H9m4.06-7.19-2.12-2.12a1.5 1.5 0 0 0-1.061-.44H4.5A2.25 2.25 0 0 0 2.25 6v12a2.25 2.25 0 0 0 2.25 2.25h15A2.25 2.25 0 0 0 21.75 18V9a2.25 2.25 0 0 0-2.25-2.25h-5.379a1.5 1.5 0 0 1-1.06-.44Z';
const PLUS = 'M12 4.5v15m7.5-7.5h-15';

export const emptyState: LibraryComponent = {
  name: 'EmptyState',
  type: 'molecule',
  category: 'empty-state',
  variant: 'with-action',
  tags: ['empty-state', 'empty', 'blank-slate', 'zero-state', 'no-data', 'no-results', 'placeholder', 'onboarding', 'first-run', 'call-to-action'],
  description: 'What to show where a list has nothing in it yet: an illustration icon, a title, a sentence on what belongs here, and a button to create the first item, inside a dashed outline.',
  a11y: [
    'The title is a real heading (h3, for a page whose sections are h2) and the action a <button> named by its text with a focus ring; the icons are decorative.',
    'gray-900 and gray-600 on white, and white on blue-600, pass AA.',
    'Where it replaces results after a search or filter, announce the change (a polite live region elsewhere on the page, "No projects found"), since the swap itself is silent.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'No projects yet', description: 'What is missing, in a few words.' },
    { name: 'description', type: 'string', default: 'Projects hold your designs, files and feedback in one place. Create one to get started.', description: 'What belongs here and why to add it.' },
    { name: 'actionLabel', type: 'string', default: 'New project', description: 'The button\'s text: the first thing to create.' },
    { name: 'children', type: 'node', description: 'Secondary content under the button (a link to docs or an import option).' },
    { name: 'onAction', type: 'callback', description: 'Called when the button is pressed.' },
  ],
  markup: {
    tag: 'div',
    class: 'mx-auto flex w-full max-w-lg flex-col items-center rounded-lg border-2 border-dashed border-gray-300 bg-white px-6 py-10 text-center sm:py-12',
    children: [
      { tag: 'div', class: 'flex h-14 w-14 items-center justify-center rounded-full bg-gray-100', children: [icon(FOLDER_PLUS, 'h-7 w-7 text-gray-500')] },
      { tag: 'h3', class: 'mt-4 text-base font-semibold text-gray-900', children: [{ text: { prop: 'title' } }] },
      { tag: 'p', class: 'mt-2 max-w-sm text-sm leading-6 text-gray-600', children: [{ text: { prop: 'description' } }] },
      {
        tag: 'button',
        attrs: { type: 'button' },
        class: `mt-6 inline-flex items-center gap-x-1.5 rounded-md bg-blue-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 ${FOCUS_RING}`,
        on: [{ event: 'click', do: [{ call: 'onAction' }] }],
        children: [icon(PLUS, '-ml-0.5 h-5 w-5'), { text: { prop: 'actionLabel' } }],
      },
      { tag: 'div', class: 'mt-4 text-sm text-gray-600 empty:hidden', children: [{ slot: 'children' }] },
    ],
  },
};
