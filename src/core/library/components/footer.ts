import type { LibraryComponent } from '../types';
import { DECORATIVE_SVG, FOCUS_RING } from './styles';

/** Brand marks (Simple Icons, 24px, filled): GitHub, X, LinkedIn. */
const GITHUB = 'M12 2C6.477 2 2 6.484 2 12.017c0 4.425 2.865 8.18 6.839 9.504.5.092.682-.217.682-.483 0-.237-.008-.868-.013-1.703-2.782.605-3.369-1.343-3.369-1.343-.454-1.158-1.11-1.466-1.11-1.466-.908-.62.069-.608.069-.608 1.003.07 1.531 1.032 1.531 1.032.892 1.53 2.341 1.088 2.91.832.092-.647.35-1.088.636-1.338-2.22-.253-4.555-1.113-4.555-4.951 0-1.093.39-1.988 1.029-2.688-.103-.253-.446-1.272.098-2.65 0 0 .84-.27 2.75 1.026A9.564 9.564 0 0112 6.844c.85.004 1.705.115 2.504.337 1.909-1.296 2.747-1.027 2.747-1.027.546 1.379.202 2.398.1 2.651.64.7 1.028 1.595 1.028 2.688 0 3.848-2.339 4.695-4.566 4.943.359.309.678.92.678 1.855 0 1.338-.012 2.419-.012 2.747 0 .268.18.58.688.482A10.019 10.019 0 0022 12.017C22 6.484 17.522 2 12 2z';
const X = 'M18.901 1.153h3.68l-8.04 9.19L24 22.846h-7.406l-5.8-7.584-6.638 7.584H.474l8.6-9.83L0 1.154h7.594l5.243 6.932ZM17.61 20.644h2.039L6.486 3.24H4.298Z';
const LINKEDIN = 'M20.447 20.452h-3.554v-5.569c0-1.328-.027-3.037-1.852-3.037-1.853 0-2.136 1.445-2.136 2.939v5.667H9.351V9h3.414v1.561h.046c.477-.9 1.637-1.85 3.37-1.85 3.601 0 4.267 2.37 4.267 5.455v6.286zM5.337 7.433a2.062 2.062 0 01-2.063-2.065 2.064 2.064 0 112.063 2.065zm1.782 13.019H3.555V9h3.564v11.452zM22.225 0H1.771C.792 0 0 .774 0 1.729v20.542C0 23.227.792 24 1.771 24h20.451C23.2 24 24 23.227 24 22.271V1.729C24 .774 23.2 0 22.222 0h.003z';

const LINK = `rounded-sm text-sm leading-6 text-gray-600 hover:text-gray-900 hover:underline ${FOCUS_RING}`;

export const footer: LibraryComponent = {
  name: 'Footer',
  type: 'organism',
  category: 'footer',
  variant: 'columns',
  tags: [
    'footer', 'site-footer', 'page-footer', 'sitemap', 'links', 'columns', 'social', 'social-links',
    'copyright', 'legal', 'contentinfo', 'bottom',
  ],
  description:
    'A site footer: brand, tagline and social icon links, then columns of links under headings (two columns on phones, four from sm), and a copyright line under a divider.',
  a11y: [
    'A <footer> landmark (contentinfo when it is the page\'s footer), with a visually hidden <h2> so the column headings (<h3>) sit in the outline.',
    'The link columns are inside one <nav aria-label="Footer">, each a real list; a link belongs to the column its `column` field names.',
    'Social links are icon-only, so each <a> is named by aria-label (the network\'s name); the brand marks are aria-hidden.',
    'gray-600 on white passes AA; links underline on hover and have visible focus rings.',
    'Still to do where it is used: mark the current page\'s link with aria-current="page" if it appears here.',
  ],
  props: [
    { name: 'brand', type: 'string', default: 'Acme', description: 'The company or product name.' },
    { name: 'tagline', type: 'string', default: 'Tools that help teams ship accessible products, faster.', description: 'One line under the brand.' },
    { name: 'heading', type: 'string', default: 'Footer', description: 'The visually hidden heading over the footer\'s content.' },
    { name: 'columns', type: 'list', of: 'string', default: ['Product', 'Company', 'Resources', 'Legal'], description: 'The column headings, in order.' },
    {
      name: 'links',
      type: 'list',
      of: { column: 'string', label: 'string', href: 'string' },
      default: [
        { column: 'Product', label: 'Features', href: '/features' },
        { column: 'Product', label: 'Pricing', href: '/pricing' },
        { column: 'Product', label: 'Integrations', href: '/integrations' },
        { column: 'Product', label: 'Changelog', href: '/changelog' },
        { column: 'Company', label: 'About', href: '/about' },
        { column: 'Company', label: 'Careers', href: '/careers' },
        { column: 'Company', label: 'Blog', href: '/blog' },
        { column: 'Company', label: 'Press', href: '/press' },
        { column: 'Resources', label: 'Documentation', href: '/docs' },
        { column: 'Resources', label: 'Guides', href: '/guides' },
        { column: 'Resources', label: 'API reference', href: '/docs/api' },
        { column: 'Resources', label: 'System status', href: '/status' },
        { column: 'Legal', label: 'Privacy', href: '/privacy' },
        { column: 'Legal', label: 'Terms', href: '/terms' },
        { column: 'Legal', label: 'Cookie policy', href: '/cookies' },
        { column: 'Legal', label: 'Accessibility', href: '/accessibility' },
      ],
      description: 'Every link, each naming the column it goes in.',
    },
    {
      name: 'socials',
      type: 'list',
      of: { label: 'string', href: 'string', path: 'string' },
      default: [
        { label: 'GitHub', href: 'https://github.com/acme', path: GITHUB },
        { label: 'X', href: 'https://x.com/acme', path: X },
        { label: 'LinkedIn', href: 'https://www.linkedin.com/company/acme', path: LINKEDIN },
      ],
      description: 'Social profiles: the accessible name, the URL and a 24px filled SVG path of the mark.',
    },
    { name: 'copyright', type: 'string', default: '© 2025 Acme, Inc. All rights reserved.', description: 'The copyright line.' },
  ],
  markup: {
    tag: 'footer',
    class: 'border-t border-gray-200 bg-white',
    children: [
      { tag: 'h2', class: 'sr-only', children: [{ text: { prop: 'heading' } }] },
      {
        tag: 'div',
        class: 'mx-auto max-w-7xl px-6 pb-8 pt-16 sm:pt-20 lg:px-8',
        children: [
          {
            tag: 'div',
            class: 'xl:grid xl:grid-cols-3 xl:gap-8',
            children: [
              {
                tag: 'div',
                class: 'space-y-6',
                children: [
                  { tag: 'p', class: 'text-lg font-bold text-gray-900', children: [{ text: { prop: 'brand' } }] },
                  { tag: 'p', class: 'max-w-xs text-sm leading-6 text-gray-600', children: [{ text: { prop: 'tagline' } }] },
                  {
                    tag: 'ul',
                    class: 'flex gap-x-5',
                    children: [
                      {
                        each: { prop: 'socials' },
                        as: 'social',
                        key: 'href',
                        children: [
                          {
                            tag: 'li',
                            children: [
                              {
                                tag: 'a',
                                class: `block rounded-md p-1 text-gray-600 hover:text-gray-900 ${FOCUS_RING}`,
                                bind: { href: { item: 'social', field: 'href' }, 'aria-label': { item: 'social', field: 'label' } },
                                children: [
                                  {
                                    tag: 'svg',
                                    attrs: { ...DECORATIVE_SVG, viewBox: '0 0 24 24', fill: 'currentColor' },
                                    class: 'h-5 w-5',
                                    children: [{ tag: 'path', attrs: { 'fill-rule': 'evenodd', 'clip-rule': 'evenodd' }, bind: { d: { item: 'social', field: 'path' } } }],
                                  },
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
              {
                tag: 'nav',
                attrs: { 'aria-label': 'Footer' },
                class: 'mt-16 grid grid-cols-2 gap-8 sm:grid-cols-4 xl:col-span-2 xl:mt-0',
                children: [
                  {
                    each: { prop: 'columns' },
                    as: 'column',
                    children: [
                      {
                        tag: 'div',
                        children: [
                          { tag: 'h3', class: 'text-sm font-semibold leading-6 text-gray-900', children: [{ text: { item: 'column' } }] },
                          {
                            tag: 'ul',
                            class: 'mt-4 space-y-3',
                            children: [
                              {
                                each: { prop: 'links' },
                                as: 'link',
                                children: [
                                  {
                                    if: { ref: { item: 'link', field: 'column' }, is: { item: 'column' } },
                                    then: [{ tag: 'li', children: [{ tag: 'a', class: LINK, bind: { href: { item: 'link', field: 'href' } }, children: [{ text: { item: 'link', field: 'label' } }] }] }],
                                  },
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
            ],
          },
          {
            tag: 'div',
            class: 'mt-12 border-t border-gray-200 pt-8 sm:mt-16',
            children: [{ tag: 'p', class: 'text-sm leading-6 text-gray-600', children: [{ text: { prop: 'copyright' } }] }],
          },
        ],
      },
    ],
  },
};
