import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

const menuId = { concat: [{ prop: 'id' }, '-menu'] };
const menuOpen = { ref: { state: 'menuOpen' } };

export const navbar: LibraryComponent = {
  name: 'Navbar',
  type: 'organism',
  category: 'navbar',
  variant: 'responsive',
  tags: ['navbar', 'navigation', 'header', 'menu', 'mobile-menu', 'links'],
  description: 'A site header: brand, links and a call to action; below the md breakpoint the links fold into a menu opened by a toggle button.',
  a11y: [
    'A <nav> landmark with an aria-label, inside a <header>.',
    'The menu toggle is a <button> with aria-expanded and aria-controls, and a text name that says what it will do (Open/Close menu).',
    'Links are real <a href> elements with visible focus rings; gray-700 on white passes AA.',
    'Mark the current page with aria-current="page" where the component is used.',
  ],
  props: [
    { name: 'brand', type: 'string', default: 'Acme', description: 'The site name.' },
    { name: 'brandHref', type: 'string', default: '/', description: 'Where the brand links.' },
    {
      name: 'links',
      type: 'list',
      of: { label: 'string', href: 'string' },
      default: [{ label: 'Product', href: '/product' }, { label: 'Pricing', href: '/pricing' }, { label: 'Docs', href: '/docs' }],
      description: 'The navigation links.',
    },
    { name: 'ctaLabel', type: 'string', default: 'Sign in', description: 'The call-to-action link\'s text.' },
    { name: 'ctaHref', type: 'string', default: '/login', description: 'Where the call to action goes.' },
    { name: 'id', type: 'string', default: 'site-nav', description: 'An id unique on the page; the mobile menu\'s id derives from it.' },
  ],
  state: [{ name: 'menuOpen', type: 'boolean', initial: false, description: 'Whether the mobile menu is open.' }],
  markup: {
    tag: 'header',
    class: 'bg-white shadow-sm',
    children: [
      {
        tag: 'nav',
        attrs: { 'aria-label': 'Main' },
        class: 'mx-auto flex max-w-7xl items-center justify-between gap-6 px-4 py-3 sm:px-6 lg:px-8',
        children: [
          { tag: 'a', class: `rounded-md text-lg font-bold text-gray-900 ${FOCUS_RING}`, bind: { href: { prop: 'brandHref' } }, children: [{ text: { prop: 'brand' } }] },
          {
            tag: 'ul',
            class: 'hidden items-center gap-6 md:flex',
            children: [
              {
                each: { prop: 'links' },
                as: 'link',
                key: 'href',
                children: [
                  {
                    tag: 'li',
                    children: [{ tag: 'a', class: `rounded-md text-sm font-medium text-gray-700 hover:text-gray-900 ${FOCUS_RING}`, bind: { href: { item: 'link', field: 'href' } }, children: [{ text: { item: 'link', field: 'label' } }] }],
                  },
                ],
              },
            ],
          },
          {
            tag: 'a',
            class: `hidden rounded-md bg-blue-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 md:inline-flex ${FOCUS_RING}`,
            bind: { href: { prop: 'ctaHref' } },
            children: [{ text: { prop: 'ctaLabel' } }],
          },
          {
            tag: 'button',
            attrs: { type: 'button' },
            class: `inline-flex items-center justify-center rounded-md p-2 text-gray-700 hover:bg-gray-100 md:hidden ${FOCUS_RING}`,
            bind: { 'aria-expanded': { state: 'menuOpen' }, 'aria-controls': menuId },
            on: [{ event: 'click', do: [{ toggle: 'menuOpen' }] }],
            children: [
              { tag: 'span', class: 'sr-only', children: [{ if: menuOpen, then: [{ text: 'Close menu' }], else: [{ text: 'Open menu' }] }] },
              { if: menuOpen, then: [icon(ICON_PATHS.close, 'h-6 w-6')], else: [icon(ICON_PATHS.menu, 'h-6 w-6')] },
            ],
          },
        ],
      },
      {
        if: menuOpen,
        then: [
          {
            tag: 'div',
            class: 'border-t border-gray-200 md:hidden',
            bind: { id: menuId },
            children: [
              {
                tag: 'ul',
                class: 'space-y-1 px-4 py-3',
                children: [
                  {
                    each: { prop: 'links' },
                    as: 'link',
                    key: 'href',
                    children: [
                      {
                        tag: 'li',
                        children: [{ tag: 'a', class: `block rounded-md px-3 py-2 text-base font-medium text-gray-700 hover:bg-gray-50 ${FOCUS_RING}`, bind: { href: { item: 'link', field: 'href' } }, children: [{ text: { item: 'link', field: 'label' } }] }],
                      },
                    ],
                  },
                  {
                    tag: 'li',
                    children: [{ tag: 'a', class: `block rounded-md px-3 py-2 text-base font-semibold text-blue-700 hover:bg-gray-50 ${FOCUS_RING}`, bind: { href: { prop: 'ctaHref' } }, children: [{ text: { prop: 'ctaLabel' } }] }],
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
