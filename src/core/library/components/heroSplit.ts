import type { ElementNode, LibraryComponent } from '../types';
import { DECORATIVE_SVG, FOCUS_RING } from './styles';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

const rect = (x: number, y: number, width: number, height: number, rx: number, fill: string): ElementNode => ({
  tag: 'rect',
  attrs: { x: String(x), y: String(y), width: String(width), height: String(height), ...(rx ? { rx: String(rx) } : {}) },
  class: fill,
});

/** Bars of the chart in the illustration: [x, height]. */
const BARS: [number, number][] = [[176, 56], [216, 88], [256, 72], [296, 112], [336, 96], [376, 128], [416, 104]];

/** An app window drawn with shapes: no image to load, so previews work offline; decorative. */
const illustration: ElementNode = {
  tag: 'svg',
  attrs: { ...DECORATIVE_SVG, viewBox: '0 0 480 360', fill: 'none' },
  class: 'h-auto w-full overflow-hidden rounded-xl bg-white shadow-xl ring-1 ring-gray-900/10',
  children: [
    rect(0, 0, 480, 36, 0, 'fill-gray-100'),
    { tag: 'circle', attrs: { cx: '20', cy: '18', r: '5' }, class: 'fill-red-400' },
    { tag: 'circle', attrs: { cx: '38', cy: '18', r: '5' }, class: 'fill-yellow-400' },
    { tag: 'circle', attrs: { cx: '56', cy: '18', r: '5' }, class: 'fill-green-400' },
    rect(0, 36, 128, 324, 0, 'fill-gray-50'),
    rect(20, 60, 88, 12, 6, 'fill-blue-200'),
    rect(20, 88, 72, 10, 5, 'fill-gray-200'),
    rect(20, 112, 80, 10, 5, 'fill-gray-200'),
    rect(20, 136, 64, 10, 5, 'fill-gray-200'),
    rect(20, 160, 76, 10, 5, 'fill-gray-200'),
    rect(152, 56, 304, 168, 12, 'fill-blue-50'),
    rect(172, 72, 96, 10, 5, 'fill-blue-200'),
    ...BARS.map(([x, h], i) => rect(x, 208 - h, 24, h, 4, i === BARS.length - 2 ? 'fill-blue-600' : 'fill-blue-300')),
    rect(152, 244, 144, 96, 12, 'fill-gray-100'),
    rect(168, 264, 64, 10, 5, 'fill-gray-300'),
    rect(168, 288, 104, 16, 8, 'fill-gray-900'),
    rect(312, 244, 144, 96, 12, 'fill-gray-100'),
    rect(328, 264, 72, 10, 5, 'fill-gray-300'),
    rect(328, 288, 88, 16, 8, 'fill-blue-600'),
  ],
};

export const heroSplit: LibraryComponent = {
  name: 'HeroSplit',
  type: 'organism',
  category: 'hero',
  variant: 'split-image',
  tags: [
    'hero', 'split', 'two-column', 'landing', 'headline', 'cta', 'image', 'illustration', 'screenshot',
    'marketing', 'above-the-fold', 'product', 'banner',
  ],
  description:
    'A two-column landing-page hero: eyebrow badge, large headline, supporting text and two calls to action on the left; a product image on the right (an inline SVG illustration of an app window when no image is given). Stacks text over image below lg.',
  a11y: [
    'The headline is the page\'s <h1> and names the <section> (aria-labelledby).',
    'Calls to action are links (<a href>) since they navigate, with visible focus rings; the arrow after the secondary one is aria-hidden.',
    'With imageSrc, the <img> takes imageAlt as its text alternative: describe what the screenshot shows, or leave imageAlt empty when it adds nothing to the text. Without imageSrc, the built-in illustration is decorative (aria-hidden).',
    'Text comes first in the reading order on every screen size; gray-600 body text on white and blue-800 on blue-50 pass AA.',
  ],
  props: [
    { name: 'eyebrow', type: 'string', default: 'New: real-time reports', description: 'A short badge above the headline; empty for none.' },
    { name: 'headline', type: 'string', default: 'Plan, build and ship in one place', description: 'The main message.' },
    { name: 'subheadline', type: 'string', default: 'Acme brings your roadmap, tasks and releases together, so everyone knows what ships next and nobody chases status updates.', description: 'One or two sentences that support the headline.' },
    { name: 'primaryLabel', type: 'string', default: 'Start free trial', description: 'The main call to action.' },
    { name: 'primaryHref', type: 'string', default: '/signup', description: 'Where the main call to action goes.' },
    { name: 'secondaryLabel', type: 'string', default: 'See how it works', description: 'The secondary call to action; empty hides it.' },
    { name: 'secondaryHref', type: 'string', default: '/tour', description: 'Where the secondary call to action goes.' },
    { name: 'imageSrc', type: 'string', default: '', description: 'A product screenshot or photo; empty shows the built-in illustration instead.' },
    { name: 'imageAlt', type: 'string', default: 'The Acme dashboard: a chart of tasks completed per week beside the project list.', description: 'The image\'s text alternative (only used with imageSrc).' },
    { name: 'id', type: 'string', default: 'hero-split', description: 'An id unique on the page; the headline\'s id derives from it.' },
  ],
  markup: {
    tag: 'section',
    class: 'overflow-hidden bg-white',
    bind: { 'aria-labelledby': idWith('-title') },
    children: [
      {
        tag: 'div',
        class: 'mx-auto grid max-w-7xl grid-cols-1 items-center gap-x-12 gap-y-16 px-6 py-16 sm:py-24 lg:grid-cols-2 lg:px-8',
        children: [
          {
            tag: 'div',
            class: 'max-w-xl',
            children: [
              {
                if: { ref: { prop: 'eyebrow' } },
                then: [{ tag: 'p', class: 'inline-flex rounded-full bg-blue-50 px-3 py-1 text-sm font-semibold leading-6 text-blue-800 ring-1 ring-inset ring-blue-200', children: [{ text: { prop: 'eyebrow' } }] }],
              },
              {
                tag: 'h1',
                class: 'mt-6 text-4xl font-bold tracking-tight text-gray-900 sm:text-5xl lg:text-6xl',
                bind: { id: idWith('-title') },
                children: [{ text: { prop: 'headline' } }],
              },
              { tag: 'p', class: 'mt-6 text-lg leading-8 text-gray-600', children: [{ text: { prop: 'subheadline' } }] },
              {
                tag: 'div',
                class: 'mt-10 flex flex-col gap-4 sm:flex-row sm:items-center sm:gap-6',
                children: [
                  {
                    tag: 'a',
                    class: `rounded-md bg-blue-600 px-5 py-3 text-center text-sm font-semibold text-white shadow-sm hover:bg-blue-700 ${FOCUS_RING}`,
                    bind: { href: { prop: 'primaryHref' } },
                    children: [{ text: { prop: 'primaryLabel' } }],
                  },
                  {
                    if: { ref: { prop: 'secondaryLabel' } },
                    then: [
                      {
                        tag: 'a',
                        class: `rounded-md text-center text-sm font-semibold leading-6 text-gray-900 hover:text-gray-700 ${FOCUS_RING}`,
                        bind: { href: { prop: 'secondaryHref' } },
                        children: [{ text: { prop: 'secondaryLabel' } }, { text: ' ' }, { tag: 'span', attrs: { 'aria-hidden': 'true' }, children: [{ text: '→' }] }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            tag: 'div',
            class: 'w-full',
            children: [
              {
                if: { ref: { prop: 'imageSrc' } },
                then: [
                  {
                    tag: 'img',
                    class: 'aspect-[4/3] w-full rounded-xl object-cover shadow-xl ring-1 ring-gray-900/10',
                    bind: { src: { prop: 'imageSrc' }, alt: { prop: 'imageAlt' } },
                  },
                ],
                else: [illustration],
              },
            ],
          },
        ],
      },
    ],
  },
};
