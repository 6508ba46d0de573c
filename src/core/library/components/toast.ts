import type { Condition, LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

/** Heroicons check-circle and exclamation-circle (24px outline). */
const CHECK_CIRCLE = 'M9 12.75 11.25 15 15 9.75M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z';
const EXCLAMATION_CIRCLE = 'M12 9v3.75m9-.75a9 9 0 1 1-18 0 9 9 0 0 1 18 0Zm-9 3.75h.008v.008H12v-.008Z';

const tone = (is: string): Condition => ({ ref: { prop: 'tone' }, is });

export const toast: LibraryComponent = {
  name: 'Toast',
  type: 'molecule',
  category: 'toast',
  variant: 'dismissible',
  tags: ['toast', 'notification', 'snackbar', 'message', 'flash', 'popup', 'status', 'confirmation', 'dismiss'],
  description: 'A toast notification floating at the bottom of the screen (bottom right from the sm breakpoint): a tone icon, a title, a message and a close button; for success, info and error feedback after an action. Controlled: the parent shows it with open and hides it in onDismiss.',
  a11y: [
    'The wrapper is a live region that stays in the page: role="status" (announced politely) for success and info, role="alert" (announced at once) for errors.',
    'Screen readers announce what is added to a live region already in the page, not a region inserted together with its content: render the component early with open false and set open when there is news (it is controlled for that reason).',
    'The tone is in the title\'s words, not only the icon\'s colour; the icons are decorative. gray-900 and gray-600 on white pass AA.',
    'The close button is a <button> named by dismissLabel, with a focus ring.',
    'It never disappears on its own (no timer), so nobody runs out of time to read it (WCAG 2.2.1); if you add one, allow at least 5 seconds and pause it on hover and focus. When it is dismissed with focus inside, move focus back to where the user was.',
  ],
  props: [
    { name: 'tone', type: 'enum', values: ['success', 'info', 'error'], default: 'success', description: 'What kind of news it is: picks the icon and the live region\'s politeness.' },
    { name: 'title', type: 'string', default: 'Changes saved', description: 'The news in a few words.' },
    { name: 'message', type: 'string', default: 'Your profile is up to date. It can take a minute to show everywhere.', description: 'More detail, one or two sentences.' },
    { name: 'dismissLabel', type: 'string', default: 'Close notification', description: 'The close button\'s accessible name.' },
    { name: 'open', type: 'boolean', default: true, description: 'Whether the toast is showing; the live region around it is always there.' },
    { name: 'onDismiss', type: 'callback', description: 'Called when the close button is pressed: set open to false.' },
  ],
  markup: {
    tag: 'div',
    class: 'pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4 sm:justify-end sm:p-6',
    bind: { role: { when: tone('error'), then: 'alert', else: 'status' } },
    children: [
      {
        if: { ref: { prop: 'open' } },
        then: [
          {
            tag: 'div',
            class: 'pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg bg-white p-4 shadow-lg ring-1 ring-black/5',
            children: [
              { if: tone('success'), then: [icon(CHECK_CIRCLE, 'h-6 w-6 flex-none text-green-600')] },
              { if: tone('info'), then: [icon(ICON_PATHS.info, 'h-6 w-6 flex-none text-blue-600')] },
              { if: tone('error'), then: [icon(EXCLAMATION_CIRCLE, 'h-6 w-6 flex-none text-red-600')] },
              {
                tag: 'div',
                class: 'min-w-0 flex-1 pt-0.5',
                children: [
                  { tag: 'p', class: 'text-sm font-semibold text-gray-900', children: [{ text: { prop: 'title' } }] },
                  { tag: 'p', class: 'mt-1 text-sm text-gray-600', children: [{ text: { prop: 'message' } }] },
                ],
              },
              {
                tag: 'button',
                attrs: { type: 'button' },
                class: `-m-1 inline-flex h-8 w-8 flex-none items-center justify-center rounded-md text-gray-500 hover:bg-gray-100 hover:text-gray-700 ${FOCUS_RING}`,
                bind: { 'aria-label': { prop: 'dismissLabel' } },
                on: [{ event: 'click', do: [{ call: 'onDismiss' }] }],
                children: [icon(ICON_PATHS.close)],
              },
            ],
          },
        ],
      },
    ],
  },
};
