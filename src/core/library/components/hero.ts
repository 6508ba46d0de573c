import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

export const hero: LibraryComponent = {
  name: 'Hero',
  type: 'organism',
  category: 'hero',
  variant: 'centered',
  tags: ['hero', 'landing', 'headline', 'cta', 'marketing', 'banner'],
  description: 'A centred landing-page hero: an eyebrow, a large headline, a supporting paragraph and two calls to action, stacked on phones.',
  a11y: [
    'The headline is the page\'s <h1> and names the <section> (aria-labelledby).',
    'Calls to action are links (<a href>) since they navigate; both have visible focus rings.',
    'The arrow after the secondary link is aria-hidden; gray-600 body text on white passes AA.',
  ],
  props: [
    { name: 'eyebrow', type: 'string', default: 'New: version 2.0', description: 'A short line above the headline; empty for none.' },
    { name: 'headline', type: 'string', default: 'Build accessible interfaces, faster', description: 'The main message.' },
    { name: 'subheadline', type: 'string', default: 'Components that work with a keyboard, read well on a screen reader and look right on every screen.', description: 'One or two sentences that support the headline.' },
    { name: 'primaryLabel', type: 'string', default: 'Get started', description: 'The main call to action.' },
    { name: 'primaryHref', type: 'string', default: '/signup', description: 'Where the main call to action goes.' },
    { name: 'secondaryLabel', type: 'string', default: 'Read the docs', description: 'The secondary call to action.' },
    { name: 'secondaryHref', type: 'string', default: '/docs', description: 'Where the secondary call to action goes.' },
    { name: 'id', type: 'string', default: 'hero', description: 'An id unique on the page; the headline\'s id derives from it.' },
  ],
  markup: {
    tag: 'section',
    class: 'bg-white',
    bind: { 'aria-labelledby': { concat: [{ prop: 'id' }, '-title'] } },
    children: [
      {
        tag: 'div',
        class: 'mx-auto max-w-4xl px-6 py-20 text-center sm:py-28 lg:px-8',
        children: [
          { if: { ref: { prop: 'eyebrow' } }, then: [{ tag: 'p', class: 'text-sm font-semibold uppercase tracking-wide text-blue-700', children: [{ text: { prop: 'eyebrow' } }] }] },
          {
            tag: 'h1',
            class: 'mt-3 text-4xl font-bold tracking-tight text-gray-900 sm:text-6xl',
            bind: { id: { concat: [{ prop: 'id' }, '-title'] } },
            children: [{ text: { prop: 'headline' } }],
          },
          { tag: 'p', class: 'mx-auto mt-6 max-w-2xl text-lg leading-8 text-gray-600', children: [{ text: { prop: 'subheadline' } }] },
          {
            tag: 'div',
            class: 'mt-10 flex flex-col items-center justify-center gap-4 sm:flex-row sm:gap-6',
            children: [
              {
                tag: 'a',
                class: `rounded-md bg-blue-600 px-5 py-3 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 ${FOCUS_RING}`,
                bind: { href: { prop: 'primaryHref' } },
                children: [{ text: { prop: 'primaryLabel' } }],
              },
              {
                tag: 'a',
                class: `rounded-md text-sm font-semibold leading-6 text-gray-900 hover:text-gray-700 ${FOCUS_RING}`,
                bind: { href: { prop: 'secondaryHref' } },
                children: [{ text: { prop: 'secondaryLabel' } }, { text: ' ' }, { tag: 'span', attrs: { 'aria-hidden': 'true' }, children: [{ text: '→' }] }],
              },
            ],
          },
        ],
      },
    ],
  },
};
