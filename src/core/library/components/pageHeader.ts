import type { LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons' chevron-right and plus (24px outline). */
const CHEVRON_RIGHT = 'm8.25 4.5 7.5 7.5-7.5 7.5';
const PLUS = 'M12 4.5v15m7.5-7.5h-15';

export const pageHeader: LibraryComponent = {
  name: 'PageHeader',
  type: 'organism',
  category: 'header',
  variant: 'with-actions',
  tags: [
    'page-header', 'header', 'page-title', 'title', 'heading', 'breadcrumb', 'breadcrumbs', 'actions',
    'toolbar', 'dashboard', 'admin', 'section-header',
  ],
  description:
    'The top of an app page: a breadcrumb trail ending in the current page, the page title, a short description, and a primary and secondary action button that sit to the right from md and wrap under the title on phones.',
  a11y: [
    'The title is the page\'s <h1>; the trail is a <nav aria-label="Breadcrumb"> holding an ordered list, whose last item is the current page (aria-current="page", not a link).',
    'The chevrons between crumbs are aria-hidden, so they are not read as content.',
    'Actions are <button type="button"> elements named by their text (the plus icon is decorative); leave secondaryLabel empty to drop the secondary one.',
    'gray-600 on white passes AA; every link and button has a visible focus ring.',
    'Not a <header> element on purpose: inside <main> it would be no landmark, and at the top level it would compete with the site\'s banner.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Website redesign', description: 'The page title (and the last breadcrumb).' },
    { name: 'description', type: 'string', default: 'Track the tasks, files and discussions for the spring launch of the marketing site.', description: 'One sentence under the title; empty for none.' },
    {
      name: 'breadcrumbs',
      type: 'list',
      of: { label: 'string', href: 'string' },
      default: [{ label: 'Home', href: '/' }, { label: 'Projects', href: '/projects' }],
      description: 'The pages above this one, outermost first (the current page is added from title).',
    },
    { name: 'breadcrumbLabel', type: 'string', default: 'Breadcrumb', description: 'The breadcrumb navigation\'s accessible name.' },
    { name: 'primaryLabel', type: 'string', default: 'New task', description: 'The primary action\'s text.' },
    { name: 'secondaryLabel', type: 'string', default: 'Share', description: 'The secondary action\'s text; empty hides it.' },
    { name: 'onPrimaryAction', type: 'callback', description: 'Called when the primary action is pressed.' },
    { name: 'onSecondaryAction', type: 'callback', description: 'Called when the secondary action is pressed.' },
  ],
  markup: {
    tag: 'div',
    class: 'border-b border-gray-200 bg-white',
    children: [
      {
        tag: 'div',
        class: 'mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-8',
        children: [
          {
            tag: 'nav',
            bind: { 'aria-label': { prop: 'breadcrumbLabel' } },
            children: [
              {
                tag: 'ol',
                class: 'flex flex-wrap items-center gap-x-2 gap-y-1 text-sm',
                children: [
                  {
                    each: { prop: 'breadcrumbs' },
                    as: 'crumb',
                    key: 'href',
                    children: [
                      {
                        tag: 'li',
                        class: 'flex items-center gap-x-2',
                        children: [
                          {
                            tag: 'a',
                            class: `rounded-sm font-medium text-gray-600 hover:text-gray-900 hover:underline ${FOCUS_RING}`,
                            bind: { href: { item: 'crumb', field: 'href' } },
                            children: [{ text: { item: 'crumb', field: 'label' } }],
                          },
                          icon(CHEVRON_RIGHT, 'h-4 w-4 flex-none text-gray-500'),
                        ],
                      },
                    ],
                  },
                  { tag: 'li', children: [{ tag: 'span', attrs: { 'aria-current': 'page' }, class: 'font-medium text-gray-900', children: [{ text: { prop: 'title' } }] }] },
                ],
              },
            ],
          },
          {
            tag: 'div',
            class: 'mt-3 md:flex md:items-center md:justify-between md:gap-6',
            children: [
              {
                tag: 'div',
                class: 'min-w-0 flex-1',
                children: [
                  { tag: 'h1', class: 'break-words text-2xl font-bold leading-8 tracking-tight text-gray-900 sm:text-3xl', children: [{ text: { prop: 'title' } }] },
                  { if: { ref: { prop: 'description' } }, then: [{ tag: 'p', class: 'mt-2 max-w-3xl text-sm leading-6 text-gray-600', children: [{ text: { prop: 'description' } }] }] },
                ],
              },
              {
                tag: 'div',
                class: 'mt-4 flex flex-wrap gap-3 md:mt-0 md:flex-none',
                children: [
                  {
                    if: { ref: { prop: 'secondaryLabel' } },
                    then: [
                      {
                        tag: 'button',
                        attrs: { type: 'button' },
                        class: `inline-flex items-center rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 ${FOCUS_RING}`,
                        on: [{ event: 'click', do: [{ call: 'onSecondaryAction' }] }],
                        children: [{ text: { prop: 'secondaryLabel' } }],
                      },
                    ],
                  },
                  {
                    tag: 'button',
                    attrs: { type: 'button' },
                    class: `inline-flex items-center gap-x-1.5 rounded-md bg-blue-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 ${FOCUS_RING}`,
                    on: [{ event: 'click', do: [{ call: 'onPrimaryAction' }] }],
                    children: [icon(PLUS, '-ml-0.5 h-5 w-5'), { tag: 'span', children: [{ text: { prop: 'primaryLabel' } }] }],
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
