import type { LibraryComponent } from '../types';

const bar = (size: string, colour = 'bg-gray-200') => ({ tag: 'div', class: `rounded-full ${colour} ${size}` });

export const skeleton: LibraryComponent = {
  name: 'Skeleton',
  type: 'atom',
  category: 'skeleton',
  variant: 'text-lines',
  tags: ['skeleton', 'placeholder', 'loading', 'shimmer', 'ghost', 'content-loader', 'lazy', 'pending', 'text-lines', 'pulse'],
  description: 'A grey placeholder shaped like the content that is loading (an optional avatar, a title and three lines of text) that pulses until the content arrives.',
  a11y: [
    'The grey shapes are aria-hidden: screen readers hear only the visually hidden label ("Loading…") in a role="status" region.',
    'The pulse is motion-safe: with prefers-reduced-motion the shapes stay still.',
    'Where it is used: set aria-busy="true" on the region being loaded and swap the skeleton for the content when it arrives (then remove aria-busy); do not move focus unless the user asked for the content.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Loading…', description: 'What screen readers hear instead of the shapes.' },
    { name: 'avatar', type: 'boolean', default: true, description: 'Shows a round placeholder for a picture before the lines.' },
  ],
  markup: {
    tag: 'div',
    attrs: { role: 'status' },
    class: 'w-full max-w-md',
    children: [
      {
        tag: 'div',
        attrs: { 'aria-hidden': 'true' },
        class: 'flex gap-4 motion-safe:animate-pulse',
        children: [
          { if: { ref: { prop: 'avatar' } }, then: [{ tag: 'div', class: 'h-10 w-10 shrink-0 rounded-full bg-gray-200' }] },
          {
            tag: 'div',
            class: 'flex-1 space-y-3 py-1',
            children: [
              bar('h-3 w-2/5', 'bg-gray-300'),
              { tag: 'div', class: 'space-y-2', children: [bar('h-2.5 w-full'), bar('h-2.5 w-11/12'), bar('h-2.5 w-3/4')] },
            ],
          },
        ],
      },
      { tag: 'span', class: 'sr-only', children: [{ text: { prop: 'label' } }] },
    ],
  },
};
