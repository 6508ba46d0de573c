import type { LibraryComponent } from '../types';
import { DECORATIVE_SVG } from './styles';

/** Heroicons (24px outline) for the default features. */
const BOLT = 'm3.75 13.5 10.5-11.25L12 10.5h8.25L9.75 21.75 12 13.5H3.75Z';
const LOCK = 'M16.5 10.5V6.75a4.5 4.5 0 1 0-9 0v3.75m-.75 11.25h10.5a2.25 2.25 0 0 0 2.25-2.25v-6.75a2.25 2.25 0 0 0-2.25-2.25H6.75a2.25 2.25 0 0 0-2.25 2.25v6.75a2.25 2.25 0 0 0 2.25 2.25Z';
const ARROW_PATH = 'M16.023 9.348h4.992v-.001M2.985 19.644v-4.992m0 0h4.992m-4.993 0 3.181 3.183a8.25 8.25 0 0 0 13.803-3.7M4.031 9.865a8.25 8.25 0 0 1 13.803-3.7l3.181 3.182m0-4.991v4.99';
const CHART_BAR = 'M3 13.125C3 12.504 3.504 12 4.125 12h2.25c.621 0 1.125.504 1.125 1.125v6.75C7.5 20.496 6.996 21 6.375 21h-2.25A1.125 1.125 0 0 1 3 19.875v-6.75ZM9.75 8.625c0-.621.504-1.125 1.125-1.125h2.25c.621 0 1.125.504 1.125 1.125v11.25c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 0 1-1.125-1.125V8.625ZM16.5 4.125c0-.621.504-1.125 1.125-1.125h2.25C20.496 3 21 3.504 21 4.125v15.75c0 .621-.504 1.125-1.125 1.125h-2.25a1.125 1.125 0 0 1-1.125-1.125V4.125Z';
const USERS = 'M15 19.128a9.38 9.38 0 0 0 2.625.372 9.337 9.337 0 0 0 4.121-.952 4.125 4.125 0 0 0-7.533-2.493M15 19.128v-.003c0-1.113-.285-2.16-.786-3.07M15 19.128v.106A12.318 12.318 0 0 1 8.624 21c-2.331 0-4.512-.645-6.374-1.766l-.001-.109a6.375 6.375 0 0 1 11.964-3.07M12 6.375a3.375 3.375 0 1 1-6.75 0 3.375 3.375 0 0 1 6.75 0Zm8.25 2.25a2.625 2.625 0 1 1-5.25 0 2.625 2.625 0 0 1 5.25 0Z';
const CHECK_CIRCLE = 'M9 12.75 11.25 15 15 9.75M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const featureGrid: LibraryComponent = {
  name: 'FeatureGrid',
  type: 'organism',
  category: 'feature',
  variant: 'grid',
  tags: [
    'features', 'feature-grid', 'feature-list', 'benefits', 'capabilities', 'why-us', 'services', 'icons',
    'grid', 'marketing', 'landing', 'product',
  ],
  description:
    'A features section for a landing page: eyebrow, heading and intro, then a grid of features (one column on phones, two from sm, three from lg), each an icon in a tinted square, a name and a short description.',
  a11y: [
    'A <section> named by its <h2>; the features are a description list (<dl>): each name is a <dt> and its description the <dd>, so screen readers pair them and announce the count.',
    'Icons are decorative (aria-hidden); the name says what the feature is.',
    'White on blue-600 for the icon squares, gray-900 names and gray-600 text on white pass AA.',
    'Nothing is interactive here; add links inside descriptions where a feature has its own page.',
  ],
  props: [
    { name: 'eyebrow', type: 'string', default: 'Everything you need', description: 'A short line above the heading; empty for none.' },
    { name: 'title', type: 'string', default: 'Ship faster without cutting corners', description: 'The section heading.' },
    { name: 'intro', type: 'string', default: 'The building blocks your team reaches for every day, designed to work together from the first commit to the hundredth release.', description: 'A sentence or two under the heading.' },
    {
      name: 'features',
      type: 'list',
      of: { name: 'string', description: 'string', icon: 'string' },
      default: [
        { name: 'Fast by default', description: 'Pages load in under a second on a mid-range phone, with nothing to configure.', icon: BOLT },
        { name: 'Secure from the start', description: 'Single sign-on, audit logs and encryption at rest are on for every plan.', icon: LOCK },
        { name: 'Always in sync', description: 'Changes reach every device in real time, and work offline until the network is back.', icon: ARROW_PATH },
        { name: 'Reports that answer', description: 'See what shipped, what is blocked and where time goes, without exporting a spreadsheet.', icon: CHART_BAR },
        { name: 'Built for teams', description: 'Roles, shared views and mentions keep everyone on the same page, from two people to two thousand.', icon: USERS },
        { name: 'Accessible by design', description: 'Every component works with a keyboard and a screen reader, and meets WCAG 2.2 AA contrast.', icon: CHECK_CIRCLE },
      ],
      description: 'The features: name, one or two sentences, and a 24px outline SVG path for the icon.',
    },
    { name: 'id', type: 'string', default: 'features', description: 'An id unique on the page; the heading\'s id derives from it.' },
  ],
  markup: {
    tag: 'section',
    class: 'bg-white',
    bind: { 'aria-labelledby': idWith('-title') },
    children: [
      {
        tag: 'div',
        class: 'mx-auto max-w-7xl px-6 py-16 sm:py-24 lg:px-8',
        children: [
          {
            tag: 'div',
            class: 'mx-auto max-w-2xl lg:text-center',
            children: [
              { if: { ref: { prop: 'eyebrow' } }, then: [{ tag: 'p', class: 'text-base font-semibold leading-7 text-blue-700', children: [{ text: { prop: 'eyebrow' } }] }] },
              { tag: 'h2', class: 'mt-2 text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
              { tag: 'p', class: 'mt-6 text-lg leading-8 text-gray-600', children: [{ text: { prop: 'intro' } }] },
            ],
          },
          {
            tag: 'dl',
            class: 'mx-auto mt-12 grid max-w-2xl grid-cols-1 gap-x-8 gap-y-10 sm:mt-16 sm:grid-cols-2 lg:max-w-none lg:grid-cols-3',
            children: [
              {
                each: { prop: 'features' },
                as: 'feature',
                key: 'name',
                children: [
                  {
                    tag: 'div',
                    children: [
                      {
                        tag: 'dt',
                        class: 'flex items-center gap-x-3 text-base font-semibold leading-7 text-gray-900',
                        children: [
                          {
                            tag: 'span',
                            class: 'flex h-10 w-10 flex-none items-center justify-center rounded-lg bg-blue-600 text-white',
                            children: [
                              {
                                tag: 'svg',
                                attrs: { ...DECORATIVE_SVG, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' },
                                class: 'h-6 w-6',
                                children: [{ tag: 'path', attrs: { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, bind: { d: { item: 'feature', field: 'icon' } } }],
                              },
                            ],
                          },
                          { tag: 'span', children: [{ text: { item: 'feature', field: 'name' } }] },
                        ],
                      },
                      { tag: 'dd', class: 'mt-3 text-base leading-7 text-gray-600', children: [{ text: { item: 'feature', field: 'description' } }] },
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
