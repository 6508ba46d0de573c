import type { LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons bolt, shield-check, chart-bar and globe-alt (24px outline), one per `icon` value. */
const ICONS: Record<string, string> = {
  bolt: 'm3.75 13.5 10.5-11.25L12 10.5h8.25L9.75 21.75 12 13.5H3.75Z',
  'shield-check': 'M9 12.75 11.25 15 15 9.75m-3-7.036A11.959 11.959 0 0 1 3.598 6 11.99 11.99 0 0 0 3 9.749c0 5.592 3.824 10.29 9 11.623 5.176-1.332 9-6.03 9-11.622 0-1.31-.21-2.571-.598-3.751h-.152c-3.196 0-6.1-1.248-8.25-3.285Z',
  'chart-bar': 'M3 13.125C3 12.504 3.504 12 4.125 12h2.25c.621 0 1.125.504 1.125 1.125v6.75C7.5 20.496 6.996 21 6.375 21h-2.25A1.125 1.125 0 0 1 3 19.875v-6.75ZM9.75 8.625c0-.621.504-1.125 1.125-1.125h2.25c.621 0 1.125.504 1.125 1.125v11.25c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 0 1-1.125-1.125V8.625ZM16.5 4.125c0-.621.504-1.125 1.125-1.125h2.25C20.496 3 21 3.504 21 4.125v15.75c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 0 1-1.125-1.125V4.125Z',
  globe: 'M12 21a9.004 9.004 0 0 0 8.716-6.747M12 21a9.004 9.004 0 0 1-8.716-6.747M12 21c2.485 0 4.5-4.03 4.5-9S14.485 3 12 3m0 18c-2.485 0-4.5-4.03-4.5-9S9.515 3 12 3m0 0a8.997 8.997 0 0 1 7.843 4.582M12 3a8.997 8.997 0 0 0-7.843 4.582m15.686 0A11.953 11.953 0 0 1 12 10.5c-2.998 0-5.74-1.1-7.843-2.918m15.686 0A8.959 8.959 0 0 1 21 12c0 .778-.099 1.533-.284 2.253m0 0A17.919 17.919 0 0 1 12 16.5c-3.162 0-6.133-.815-8.716-2.247m0 0A9.004 9.004 0 0 1 3 12c0-1.605.42-3.113 1.157-4.418',
};
const ARROW_RIGHT = 'M13.5 4.5 21 12m0 0-7.5 7.5M21 12H3';

export const featureCard: LibraryComponent = {
  name: 'FeatureCard',
  type: 'molecule',
  category: 'feature',
  variant: 'icon',
  tags: ['feature', 'feature-card', 'benefit', 'service', 'capability', 'icon-card', 'marketing', 'landing-page', 'value-proposition', 'highlight'],
  description: 'One feature of a product for a landing page grid: an icon in a coloured tile, a short title, a sentence or two of description and an optional "Learn more" link.',
  a11y: [
    'The title is a heading (h3, for a features section under an h2); the icon is decorative (aria-hidden), so the title carries the meaning.',
    'The link\'s accessible name includes the feature ("Learn more about Instant previews", the rest visually hidden), so a grid of cards has no row of identical "Learn more" links; its arrow is decorative.',
    'gray-900 and gray-600 on white and the blue-700 link pass AA; the icon tile is decoration, so its colours need no text contrast.',
    'Lay several out with a grid where the component is used (sm:grid-cols-2 lg:grid-cols-3) inside a section with its own heading.',
  ],
  props: [
    { name: 'icon', type: 'enum', values: Object.keys(ICONS), default: 'bolt', description: 'Which icon illustrates the feature.' },
    { name: 'title', type: 'string', default: 'Instant previews', description: 'The feature in a few words.' },
    { name: 'description', type: 'string', default: 'Every branch gets its own live preview in seconds, so reviewers see the change instead of imagining it.', description: 'What it does for the reader.' },
    { name: 'href', type: 'string', default: '/features/previews', description: 'Where the "Learn more" link goes; no link when empty.' },
    { name: 'linkLabel', type: 'string', default: 'Learn more', description: 'The link\'s visible text.' },
  ],
  markup: {
    tag: 'div',
    class: 'flex w-full max-w-sm flex-col rounded-2xl bg-white p-6 shadow-sm ring-1 ring-gray-200',
    children: [
      {
        tag: 'div',
        class: 'flex h-11 w-11 items-center justify-center rounded-lg bg-blue-600 text-white',
        children: Object.entries(ICONS).map(([name, path]) => ({ if: { ref: { prop: 'icon' }, is: name }, then: [icon(path, 'h-6 w-6')] })),
      },
      { tag: 'h3', class: 'mt-5 text-base font-semibold leading-7 text-gray-900', children: [{ text: { prop: 'title' } }] },
      { tag: 'p', class: 'mt-2 flex-1 text-sm leading-6 text-gray-600', children: [{ text: { prop: 'description' } }] },
      {
        if: { ref: { prop: 'href' } },
        then: [
          {
            tag: 'a',
            class: `mt-4 inline-flex items-center gap-x-1 self-start rounded-sm text-sm font-semibold text-blue-700 hover:text-blue-800 ${FOCUS_RING}`,
            bind: { href: { prop: 'href' } },
            children: [
              { tag: 'span', children: [{ text: { prop: 'linkLabel' } }, { tag: 'span', class: 'sr-only', children: [{ text: { concat: [' about ', { prop: 'title' }] } }] }] },
              icon(ARROW_RIGHT, 'h-4 w-4'),
            ],
          },
        ],
      },
    ],
  },
};
