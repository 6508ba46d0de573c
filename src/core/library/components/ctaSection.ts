import type { LibraryComponent } from '../types';
import { FOCUS_OUTLINE } from './styles';

/** On blue-600 the library's blue ring would vanish: a white one (5:1 against blue-600). */
const FOCUS_ON_BLUE = `${FOCUS_OUTLINE} focus-visible:outline-white`;

export const ctaSection: LibraryComponent = {
  name: 'CtaSection',
  type: 'organism',
  category: 'cta',
  variant: 'centered',
  tags: [
    'cta', 'call-to-action', 'banner', 'conversion', 'signup', 'get-started', 'trial', 'marketing',
    'landing', 'closing-section', 'action', 'brand-panel',
  ],
  description:
    'A closing call-to-action band in the brand colour: a centred heading, a supporting sentence, and a primary and a secondary link, side by side from sm and stacked on phones.',
  a11y: [
    'A <section> named by its <h2>.',
    'Both actions are links (<a href>) because they navigate; the arrow after the secondary one is aria-hidden.',
    'Contrast on blue-600: white text about 5.2:1, blue-50 text 4.8:1, blue-700 on the white button 6.8:1 (all AA).',
    'Focus rings are white here (the blue ring used elsewhere would not show on blue-600), offset so they stand apart from the white button.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Ready to ship your next release faster?', description: 'The heading.' },
    { name: 'text', type: 'string', default: 'Join 4,000 teams who plan, build and launch with Acme. Set up takes five minutes, and the first 14 days are on us.', description: 'One or two supporting sentences.' },
    { name: 'primaryLabel', type: 'string', default: 'Start free trial', description: 'The main action\'s text.' },
    { name: 'primaryHref', type: 'string', default: '/signup', description: 'Where the main action goes.' },
    { name: 'secondaryLabel', type: 'string', default: 'Talk to sales', description: 'The secondary action\'s text; empty hides it.' },
    { name: 'secondaryHref', type: 'string', default: '/contact', description: 'Where the secondary action goes.' },
    { name: 'id', type: 'string', default: 'cta', description: 'An id unique on the page; the heading\'s id derives from it.' },
  ],
  markup: {
    tag: 'section',
    class: 'bg-blue-600',
    bind: { 'aria-labelledby': { concat: [{ prop: 'id' }, '-title'] } },
    children: [
      {
        tag: 'div',
        class: 'mx-auto max-w-3xl px-6 py-16 text-center sm:py-24 lg:px-8',
        children: [
          {
            tag: 'h2',
            class: 'text-3xl font-bold tracking-tight text-white sm:text-4xl',
            bind: { id: { concat: [{ prop: 'id' }, '-title'] } },
            children: [{ text: { prop: 'title' } }],
          },
          { tag: 'p', class: 'mx-auto mt-6 max-w-xl text-lg leading-8 text-blue-50', children: [{ text: { prop: 'text' } }] },
          {
            tag: 'div',
            class: 'mt-10 flex flex-col items-center justify-center gap-4 sm:flex-row sm:gap-6',
            children: [
              {
                tag: 'a',
                class: `rounded-md bg-white px-5 py-3 text-sm font-semibold text-blue-700 shadow-sm hover:bg-blue-50 ${FOCUS_ON_BLUE}`,
                bind: { href: { prop: 'primaryHref' } },
                children: [{ text: { prop: 'primaryLabel' } }],
              },
              {
                if: { ref: { prop: 'secondaryLabel' } },
                then: [
                  {
                    tag: 'a',
                    class: `rounded-md px-1 text-sm font-semibold leading-6 text-white hover:underline ${FOCUS_ON_BLUE}`,
                    bind: { href: { prop: 'secondaryHref' } },
                    children: [{ text: { prop: 'secondaryLabel' } }, { text: ' ' }, { tag: 'span', attrs: { 'aria-hidden': 'true' }, children: [{ text: '→' }] }],
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
