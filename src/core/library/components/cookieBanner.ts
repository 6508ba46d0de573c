import type { Action, LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const dismiss: Action = { set: 'dismissed', to: true };

/** One style for all three choices: accepting is no easier to see or reach than refusing. */
const CHOICE = `rounded-md bg-gray-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-gray-700 ${FOCUS_RING}`;

export const cookieBanner: LibraryComponent = {
  name: 'CookieBanner',
  type: 'organism',
  category: 'banner',
  variant: 'consent',
  tags: [
    'cookie', 'cookies', 'cookie-banner', 'cookie-consent', 'consent', 'gdpr', 'privacy', 'tracking',
    'accept', 'reject', 'preferences', 'notice', 'bottom-banner',
  ],
  description:
    'A cookie consent banner fixed to the bottom of the viewport: a short explanation with a link to the cookie policy, and Accept all, Reject all and Preferences buttons of equal prominence; accepting or rejecting dismisses it.',
  a11y: [
    'A region landmark (<section> with aria-label), so screen-reader users can find it from the landmarks list wherever it sits in the page.',
    'Accept, Reject and Preferences are native <button>s with the same size and style: refusing is as easy as accepting (as EU regulators expect), and each says what it does.',
    'The policy link is underlined; gray-700 text on white and white on gray-900 pass AA; every control has a visible focus ring.',
    'Still to do where it is used: put it early in the DOM (or move focus to it) so keyboard users meet it before the page; when it is dismissed, focus must not be lost: move it to the page\'s main content or back where it was. Make sure it does not cover focused elements at the bottom of the page (WCAG 2.4.11), for example by padding the page by its height.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Cookie consent', description: 'The region\'s accessible name.' },
    { name: 'message', type: 'string', default: 'We use essential cookies to run this site and, with your permission, analytics cookies to understand how it is used. You can change your choice at any time.', description: 'What is stored and why.' },
    { name: 'policyLabel', type: 'string', default: 'Read our cookie policy', description: 'The policy link\'s text.' },
    { name: 'policyHref', type: 'string', default: '/cookies', description: 'Where the cookie policy is.' },
    { name: 'acceptLabel', type: 'string', default: 'Accept all', description: 'The accept button\'s text.' },
    { name: 'rejectLabel', type: 'string', default: 'Reject all', description: 'The reject button\'s text.' },
    { name: 'preferencesLabel', type: 'string', default: 'Preferences', description: 'The button that opens detailed choices.' },
    { name: 'onAccept', type: 'callback', description: 'Called when every category is accepted; the banner closes.' },
    { name: 'onReject', type: 'callback', description: 'Called when every optional category is refused; the banner closes.' },
    { name: 'onOpenPreferences', type: 'callback', description: 'Called to open detailed choices (a dialog of categories); the banner stays.' },
  ],
  state: [{ name: 'dismissed', type: 'boolean', initial: false, description: 'Whether a choice was made (the banner is gone).' }],
  markup: {
    tag: 'div',
    children: [
      {
        if: { ref: { state: 'dismissed' }, not: true },
        then: [
          {
            tag: 'section',
            class: 'fixed inset-x-0 bottom-0 z-40 px-4 pb-4 sm:px-6 sm:pb-6',
            bind: { 'aria-label': { prop: 'label' } },
            children: [
              {
                tag: 'div',
                class: 'mx-auto max-w-4xl rounded-xl bg-white p-6 shadow-lg ring-1 ring-gray-900/10 md:flex md:items-center md:gap-8',
                children: [
                  {
                    tag: 'p',
                    class: 'text-sm leading-6 text-gray-700 md:flex-1',
                    children: [
                      { text: { prop: 'message' } },
                      { text: ' ' },
                      { tag: 'a', class: `rounded-sm font-semibold text-gray-900 underline hover:text-gray-700 ${FOCUS_RING}`, bind: { href: { prop: 'policyHref' } }, children: [{ text: { prop: 'policyLabel' } }] },
                      { text: '.' },
                    ],
                  },
                  {
                    tag: 'div',
                    class: 'mt-4 flex flex-col gap-3 sm:flex-row md:mt-0 md:flex-none',
                    children: [
                      { tag: 'button', attrs: { type: 'button' }, class: CHOICE, on: [{ event: 'click', do: [dismiss, { call: 'onAccept' }] }], children: [{ text: { prop: 'acceptLabel' } }] },
                      { tag: 'button', attrs: { type: 'button' }, class: CHOICE, on: [{ event: 'click', do: [dismiss, { call: 'onReject' }] }], children: [{ text: { prop: 'rejectLabel' } }] },
                      { tag: 'button', attrs: { type: 'button' }, class: CHOICE, on: [{ event: 'click', do: [{ call: 'onOpenPreferences' }] }], children: [{ text: { prop: 'preferencesLabel' } }] },
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
