import type { LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons chevron-right (24px outline). */
const CHEVRON_RIGHT = 'm8.25 4.5 7.5 7.5-7.5 7.5';
const separator = icon(CHEVRON_RIGHT, 'h-4 w-4 flex-none text-gray-400');

export const breadcrumb: LibraryComponent = {
  name: 'Breadcrumb',
  type: 'molecule',
  category: 'breadcrumb',
  variant: 'chevron',
  tags: ['breadcrumb', 'breadcrumbs', 'trail', 'path', 'navigation', 'hierarchy', 'location', 'crumbs'],
  description: 'A breadcrumb trail: links to the pages above the current one, separated by chevrons, ending with the current page\'s name; wraps onto more lines on narrow screens.',
  a11y: [
    'A <nav> landmark named by label ("Breadcrumb") holding an ordered list, so screen readers announce the number of levels.',
    'The last item is the current page, marked aria-current="page" (a link when currentHref is set, plain text otherwise).',
    'The chevrons are decorative SVGs (aria-hidden), so the separators are not read out; links are gray-600 on white (AA) with focus rings.',
    'Keep one breadcrumb per page, or give each a different label.',
  ],
  props: [
    {
      name: 'items',
      type: 'list',
      of: { label: 'string', href: 'string' },
      default: [
        { label: 'Home', href: '/' },
        { label: 'Projects', href: '/projects' },
        { label: 'Website redesign', href: '/projects/website-redesign' },
      ],
      description: 'The pages above the current one, from the top of the site down.',
    },
    { name: 'current', type: 'string', default: 'Settings', description: 'The current page\'s name, the last item.' },
    { name: 'currentHref', type: 'string', default: '', description: 'The current page\'s URL; when empty the last item is text rather than a link.' },
    { name: 'label', type: 'string', default: 'Breadcrumb', description: 'The navigation landmark\'s accessible name.' },
  ],
  markup: {
    tag: 'nav',
    class: 'w-full',
    bind: { 'aria-label': { prop: 'label' } },
    children: [
      {
        tag: 'ol',
        class: 'flex flex-wrap items-center gap-x-2 gap-y-1 text-sm',
        children: [
          {
            each: { prop: 'items' },
            as: 'crumb',
            index: 'i',
            key: 'href',
            children: [
              {
                tag: 'li',
                class: 'flex items-center gap-x-2',
                children: [
                  // a separator before every item but the first (index 0 is falsy)
                  { if: { ref: { index: 'i' } }, then: [separator] },
                  {
                    tag: 'a',
                    class: `rounded-sm font-medium text-gray-600 hover:text-gray-900 hover:underline ${FOCUS_RING}`,
                    bind: { href: { item: 'crumb', field: 'href' } },
                    children: [{ text: { item: 'crumb', field: 'label' } }],
                  },
                ],
              },
            ],
          },
          {
            tag: 'li',
            class: 'flex items-center gap-x-2',
            children: [
              separator,
              {
                if: { ref: { prop: 'currentHref' } },
                then: [
                  {
                    tag: 'a',
                    attrs: { 'aria-current': 'page' },
                    class: `rounded-sm font-semibold text-gray-900 ${FOCUS_RING}`,
                    bind: { href: { prop: 'currentHref' } },
                    children: [{ text: { prop: 'current' } }],
                  },
                ],
                else: [{ tag: 'span', attrs: { 'aria-current': 'page' }, class: 'font-semibold text-gray-900', children: [{ text: { prop: 'current' } }] }],
              },
            ],
          },
        ],
      },
    ],
  },
};
