import type { ElementNode, LibraryComponent } from '../types';
import { DECORATIVE_SVG, FOCUS_RING, ICON_PATHS, icon } from './styles';

/** Heroicons (24px outline) for the default links. */
const HOME = 'm2.25 12 8.954-8.955c.44-.439 1.152-.439 1.591 0L21.75 12M4.5 9.75v10.125c0 .621.504 1.125 1.125 1.125H9.75v-4.875c0-.621.504-1.125 1.125-1.125h2.25c.621 0 1.125.504 1.125 1.125V21h4.125c.621 0 1.125-.504 1.125-1.125V9.75M8.25 21h8.25';
const FOLDER = 'M2.25 12.75V12A2.25 2.25 0 0 1 4.5 9.75h15A2.25 2.25 0 0 1 21.75 12v.75m-8.69-6.44-2.12-2.12a1.5 1.5 0 0 0-1.061-.44H4.5A2.25 2.25 0 0 0 2.25 6v12a2.25 2.25 0 0 0 2.25 2.25h15A2.25 2.25 0 0 0 21.75 18V9a2.25 2.25 0 0 0-2.25-2.25h-5.379a1.5 1.5 0 0 1-1.06-.44Z';
const CALENDAR = 'M6.75 3v2.25M17.25 3v2.25M3 18.75V7.5a2.25 2.25 0 0 1 2.25-2.25h13.5A2.25 2.25 0 0 1 21 7.5v11.25m-18 0A2.25 2.25 0 0 0 5.25 21h13.5A2.25 2.25 0 0 0 21 18.75m-18 0v-7.5A2.25 2.25 0 0 1 5.25 9h13.5A2.25 2.25 0 0 1 21 11.25v7.5';
const USERS = 'M15 19.128a9.38 9.38 0 0 0 2.625.372 9.337 9.337 0 0 0 4.121-.952 4.125 4.125 0 0 0-7.533-2.493M15 19.128v-.003c0-1.113-.285-2.16-.786-3.07M15 19.128v.106A12.318 12.318 0 0 1 8.624 21c-2.331 0-4.512-.645-6.374-1.766l-.001-.109a6.375 6.375 0 0 1 11.964-3.07M12 6.375a3.375 3.375 0 1 1-6.75 0 3.375 3.375 0 0 1 6.75 0Zm8.25 2.25a2.625 2.625 0 1 1-5.25 0 2.625 2.625 0 0 1 5.25 0Z';
const CHART_BAR = 'M3 13.125C3 12.504 3.504 12 4.125 12h2.25c.621 0 1.125.504 1.125 1.125v6.75C7.5 20.496 6.996 21 6.375 21h-2.25A1.125 1.125 0 0 1 3 19.875v-6.75ZM9.75 8.625c0-.621.504-1.125 1.125-1.125h2.25c.621 0 1.125.504 1.125 1.125v11.25c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 0 1-1.125-1.125V8.625ZM16.5 4.125c0-.621.504-1.125 1.125-1.125h2.25C20.496 3 21 3.504 21 4.125v15.75c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 0 1-1.125-1.125V4.125Z';

const listId = { concat: [{ prop: 'id' }, '-links'] };
const open = { ref: { state: 'open' } };
const current = { ref: { item: 'link', field: 'href' }, is: { prop: 'currentHref' } };
const notCurrent = { ...current, not: true };

/** A link's icon: the outline path comes from the item. */
const linkIcon: ElementNode = {
  tag: 'svg',
  attrs: { ...DECORATIVE_SVG, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' },
  class: 'h-5 w-5 flex-none',
  classWhen: [
    { when: current, class: 'text-blue-700' },
    { when: notCurrent, class: 'text-gray-500 group-hover:text-gray-900' },
  ],
  children: [{ tag: 'path', attrs: { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, bind: { d: { item: 'link', field: 'icon' } } }],
};

export const sidebar: LibraryComponent = {
  name: 'Sidebar',
  type: 'organism',
  category: 'sidebar',
  variant: 'navigation',
  tags: [
    'sidebar', 'side-nav', 'sidenav', 'navigation', 'nav', 'menu', 'vertical-nav', 'app-shell', 'dashboard',
    'admin', 'drawer', 'collapsible', 'mobile-menu', 'icons',
  ],
  description:
    'An app sidebar: a vertical list of icon links with the current page highlighted; from md it is a fixed-width column beside the content, below md it collapses behind a Menu toggle button.',
  a11y: [
    'A <nav> landmark named by the label prop (give it a name unlike the site\'s main navigation).',
    'The current page\'s link has aria-current="page" and is marked by weight, colour and background, not colour alone.',
    'Below md the list is hidden behind a <button> with aria-expanded and aria-controls; from md the list always shows and the button is gone.',
    'Icons are decorative (aria-hidden): each link is named by its text. gray-700 and blue-700 on white and gray-100 pass AA; every link has a visible focus ring.',
    'Still to do where it is used: pass the current route as currentHref, and close the menu (set it back) after navigating on phones if the page does not reload.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Sidebar', description: 'The navigation\'s accessible name.' },
    { name: 'toggleLabel', type: 'string', default: 'Menu', description: 'The phone toggle button\'s text.' },
    {
      name: 'links',
      type: 'list',
      of: { label: 'string', href: 'string', icon: 'string' },
      default: [
        { label: 'Dashboard', href: '/dashboard', icon: HOME },
        { label: 'Projects', href: '/projects', icon: FOLDER },
        { label: 'Calendar', href: '/calendar', icon: CALENDAR },
        { label: 'Team', href: '/team', icon: USERS },
        { label: 'Reports', href: '/reports', icon: CHART_BAR },
      ],
      description: 'The links: text, address and a 24px outline SVG path for the icon.',
    },
    { name: 'currentHref', type: 'string', default: '/dashboard', description: 'The current page\'s address: the link with this href is marked current.' },
    { name: 'id', type: 'string', default: 'sidebar', description: 'An id unique on the page; the link list\'s id derives from it.' },
  ],
  state: [{ name: 'open', type: 'boolean', initial: false, description: 'Whether the link list shows below md.' }],
  markup: {
    tag: 'nav',
    class: 'w-full border-b border-gray-200 bg-white md:min-h-full md:w-64 md:flex-none md:border-b-0 md:border-r',
    bind: { 'aria-label': { prop: 'label' } },
    children: [
      {
        tag: 'div',
        class: 'px-4 py-3 md:hidden',
        children: [
          {
            tag: 'button',
            attrs: { type: 'button' },
            class: `inline-flex items-center gap-x-2 rounded-md px-3 py-2 text-sm font-semibold text-gray-900 ring-1 ring-inset ring-gray-300 hover:bg-gray-50 ${FOCUS_RING}`,
            bind: { 'aria-expanded': { state: 'open' }, 'aria-controls': listId },
            on: [{ event: 'click', do: [{ toggle: 'open' }] }],
            children: [{ if: open, then: [icon(ICON_PATHS.close)], else: [icon(ICON_PATHS.menu)] }, { tag: 'span', children: [{ text: { prop: 'toggleLabel' } }] }],
          },
        ],
      },
      {
        tag: 'ul',
        class: 'space-y-1 px-3 pb-4 md:block md:py-6',
        classWhen: [
          { when: open, class: 'block' },
          { when: { ...open, not: true }, class: 'hidden' },
        ],
        bind: { id: listId },
        children: [
          {
            each: { prop: 'links' },
            as: 'link',
            key: 'href',
            children: [
              {
                tag: 'li',
                children: [
                  {
                    tag: 'a',
                    class: `group flex items-center gap-x-3 rounded-md px-3 py-2 text-sm leading-6 ${FOCUS_RING}`,
                    classWhen: [
                      { when: current, class: 'bg-gray-100 font-semibold text-blue-700' },
                      { when: notCurrent, class: 'font-medium text-gray-700 hover:bg-gray-50 hover:text-gray-900' },
                    ],
                    bind: { href: { item: 'link', field: 'href' }, 'aria-current': { when: current, then: 'page' } },
                    children: [linkIcon, { tag: 'span', children: [{ text: { item: 'link', field: 'label' } }] }],
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
