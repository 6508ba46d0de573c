import type { LibraryComponent } from '../types';
import { DECORATIVE_SVG, FOCUS_OUTLINE, ICON_PATHS, icon } from './styles';

/** White focus rings: blue-600 would not show on the blue-700 bar. */
const FOCUS_RING_ON_DARK = `${FOCUS_OUTLINE} focus-visible:outline-white`;

export const banner: LibraryComponent = {
  name: 'Banner',
  type: 'molecule',
  category: 'banner',
  variant: 'announcement',
  tags: ['banner', 'announcement', 'announcement-bar', 'top-bar', 'promo', 'notice', 'promotion', 'marketing', 'sitewide', 'dismiss'],
  description: 'A full-width announcement bar for the top of a page: a bold headline, one sentence, a link to read more and a button to dismiss it; centred from the sm breakpoint, wrapping on phones.',
  a11y: [
    'A <section> named by label, so it is a region landmark ("Announcement") that screen reader users can find or skip.',
    'White on blue-700 passes AA (6.7:1); the link and the dismiss button have white focus rings, visible on the blue.',
    'The dismiss button is a <button> named by dismissLabel; the dot between headline and sentence and the arrow are decorative.',
    'It is not a live region: it is part of the page, not news that just arrived (use the Toast for that).',
    'Where it is used: remember the dismissal (onDismiss) so it does not come back on the next page, and put it before the site header so it comes first in reading order. Focus is lost when the dismissed bar leaves the page; move it to the start of the page.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Spring Launch Week', description: 'The headline, in bold.' },
    { name: 'message', type: 'string', default: 'Five new features in five days, starting Monday 14 April.', description: 'One sentence of detail.' },
    { name: 'linkLabel', type: 'string', default: 'See what\'s new', description: 'The link\'s text: make it make sense on its own.' },
    { name: 'href', type: 'string', default: '/launch-week', description: 'Where the link goes.' },
    { name: 'label', type: 'string', default: 'Announcement', description: 'The region\'s accessible name.' },
    { name: 'dismissLabel', type: 'string', default: 'Dismiss announcement', description: 'The dismiss button\'s accessible name.' },
    { name: 'onDismiss', type: 'callback', description: 'Called when the banner is dismissed; it hides.' },
  ],
  state: [{ name: 'visible', type: 'boolean', initial: true, description: 'Whether the banner is showing (until dismissed).' }],
  markup: {
    tag: 'div',
    class: 'w-full',
    children: [
      {
        if: { ref: { state: 'visible' } },
        then: [
          {
            tag: 'section',
            class: 'flex items-center gap-x-4 bg-blue-700 px-4 py-2.5 sm:px-6',
            bind: { 'aria-label': { prop: 'label' } },
            children: [
              {
                tag: 'div',
                class: 'flex flex-1 flex-wrap items-center gap-x-4 gap-y-2 sm:justify-center',
                children: [
                  {
                    tag: 'p',
                    class: 'text-sm leading-6 text-white',
                    children: [
                      { tag: 'strong', class: 'font-semibold', children: [{ text: { prop: 'title' } }] },
                      // real spaces around the dot, so screen readers do not run headline and sentence together
                      { text: ' ' },
                      {
                        tag: 'svg',
                        attrs: { ...DECORATIVE_SVG, viewBox: '0 0 2 2' },
                        class: 'mx-1 inline h-0.5 w-0.5 fill-current align-middle',
                        children: [{ tag: 'circle', attrs: { cx: '1', cy: '1', r: '1' } }],
                      },
                      { text: ' ' },
                      { text: { prop: 'message' } },
                    ],
                  },
                  {
                    tag: 'a',
                    class: `flex-none whitespace-nowrap rounded-full bg-white px-3.5 py-1 text-sm font-semibold text-blue-700 shadow-sm hover:bg-blue-50 ${FOCUS_RING_ON_DARK}`,
                    bind: { href: { prop: 'href' } },
                    children: [{ text: { prop: 'linkLabel' } }, { tag: 'span', attrs: { 'aria-hidden': 'true' }, class: 'ml-1', children: [{ text: '→' }] }],
                  },
                ],
              },
              {
                tag: 'button',
                attrs: { type: 'button' },
                class: `-m-1.5 inline-flex h-8 w-8 flex-none items-center justify-center rounded-md text-white hover:bg-white/10 ${FOCUS_RING_ON_DARK}`,
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
};
