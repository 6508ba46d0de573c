import type { LibraryComponent } from '../types';
import { FOCUS_OUTLINE, ICON_PATHS, icon } from './styles';

const variant = (is: string) => ({ ref: { prop: 'variant' }, is });

export const alert: LibraryComponent = {
  name: 'Alert',
  type: 'molecule',
  category: 'alert',
  variant: 'dismissible',
  tags: ['alert', 'notification', 'toast', 'message', 'banner', 'status', 'dismiss'],
  description: 'An inline message in four tones (info, success, warning, error) with a title, a text and an optional dismiss button.',
  a11y: [
    'Errors use role="alert" (announced at once); other tones role="status" (announced politely).',
    'The tone is said in words by the title, not only by colour; every tone\'s 800 text on its 50 background passes AA.',
    'The dismiss button is named by dismissLabel and has a focus ring in the text colour.',
    'When dismissed it leaves the page; move focus somewhere sensible if it had focus.',
  ],
  props: [
    { name: 'variant', type: 'enum', values: ['info', 'success', 'warning', 'error'], default: 'info', description: 'The tone.' },
    { name: 'title', type: 'string', default: 'A new version is available', description: 'The message in a few words.' },
    { name: 'message', type: 'string', default: 'Reload the page to get the latest features and fixes.', description: 'More detail.' },
    { name: 'dismissible', type: 'boolean', default: true, description: 'Shows a button that hides the alert.' },
    { name: 'dismissLabel', type: 'string', default: 'Dismiss', description: 'The dismiss button\'s accessible name.' },
    { name: 'onDismiss', type: 'callback', description: 'Called when the alert is dismissed.' },
  ],
  state: [{ name: 'visible', type: 'boolean', initial: true, description: 'Whether the alert is showing (until dismissed).' }],
  markup: {
    tag: 'div',
    class: 'w-full',
    children: [
      {
        if: { ref: { state: 'visible' } },
        then: [
          {
            tag: 'div',
            class: 'flex gap-3 rounded-md p-4',
            classWhen: [
              { when: variant('info'), class: 'bg-blue-50 text-blue-800' },
              { when: variant('success'), class: 'bg-green-50 text-green-800' },
              { when: variant('warning'), class: 'bg-yellow-50 text-yellow-800' },
              { when: variant('error'), class: 'bg-red-50 text-red-800' },
            ],
            bind: { role: { when: variant('error'), then: 'alert', else: 'status' } },
            children: [
              icon(ICON_PATHS.info, 'h-5 w-5 flex-none'),
              {
                tag: 'div',
                class: 'flex-1',
                children: [
                  { tag: 'p', class: 'text-sm font-semibold', children: [{ text: { prop: 'title' } }] },
                  { tag: 'p', class: 'mt-1 text-sm', children: [{ text: { prop: 'message' } }] },
                ],
              },
              {
                if: { ref: { prop: 'dismissible' } },
                then: [
                  {
                    tag: 'button',
                    attrs: { type: 'button' },
                    class: `-m-1.5 inline-flex h-8 w-8 flex-none items-center justify-center rounded-md hover:bg-black/5 focus-visible:outline-current ${FOCUS_OUTLINE}`,
                    bind: { 'aria-label': { prop: 'dismissLabel' } },
                    on: [{ event: 'click', do: [{ set: 'visible', to: false }, { call: 'onDismiss' }] }],
                    children: [icon(ICON_PATHS.close)],
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
