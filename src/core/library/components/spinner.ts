import type { LibraryComponent } from '../types';
import { DECORATIVE_SVG } from './styles';

const size = (is: string) => ({ ref: { prop: 'size' }, is });
const showLabel = { ref: { prop: 'showLabel' } };

export const spinner: LibraryComponent = {
  name: 'Spinner',
  type: 'atom',
  category: 'spinner',
  variant: 'circular',
  tags: ['spinner', 'loading', 'loader', 'busy', 'progress', 'activity-indicator', 'waiting', 'throbber', 'pending', 'indeterminate'],
  description: 'A spinning ring that says something is loading, with a text for screen readers that can also be shown beside it; three sizes.',
  a11y: [
    'role="status" with a text ("Loading…") that is visually hidden unless showLabel: screen readers hear the text, the ring itself is aria-hidden.',
    'The ring turns with motion-safe:animate-spin; with prefers-reduced-motion it turns slowly rather than stopping, so it still reads as busy.',
    'The ring is blue-600 on a blue-600/25 track: 5.2:1 against white for the moving part (WCAG 1.4.11).',
    'A live region already on the page announces changes best: render the spinner inside a region that exists before loading starts, or set aria-busy="true" on the region being loaded and remove it when done; then move focus to the new content if the user asked for it.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Loading…', description: 'What is happening, read by screen readers (and shown with showLabel).' },
    { name: 'showLabel', type: 'boolean', default: false, description: 'Shows the label beside the ring.' },
    { name: 'size', type: 'enum', values: ['sm', 'md', 'lg'], default: 'md', description: '16, 24 or 32 pixels across.' },
  ],
  markup: {
    tag: 'div',
    attrs: { role: 'status' },
    class: 'inline-flex items-center gap-2 text-blue-600',
    children: [
      {
        tag: 'svg',
        attrs: { ...DECORATIVE_SVG, viewBox: '0 0 24 24', fill: 'none' },
        class: 'shrink-0 motion-safe:animate-spin motion-reduce:animate-[spin_1.5s_linear_infinite]',
        classWhen: [
          { when: size('sm'), class: 'h-4 w-4' },
          { when: size('md'), class: 'h-6 w-6' },
          { when: size('lg'), class: 'h-8 w-8' },
        ],
        children: [
          { tag: 'circle', attrs: { cx: '12', cy: '12', r: '10', stroke: 'currentColor', 'stroke-width': '4' }, class: 'opacity-25' },
          { tag: 'path', attrs: { fill: 'currentColor', d: 'M4 12a8 8 0 0 1 8-8V0C5.373 0 0 5.373 0 12h4Z' } },
        ],
      },
      {
        tag: 'span',
        classWhen: [
          { when: showLabel, class: 'text-sm font-medium text-gray-700' },
          { when: { ...showLabel, not: true }, class: 'sr-only' },
        ],
        children: [{ text: { prop: 'label' } }],
      },
    ],
  },
};
