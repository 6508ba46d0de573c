import type { LibraryComponent } from '../types';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });
const determinate = { ref: { prop: 'indeterminate' }, not: true };

export const progressBar: LibraryComponent = {
  name: 'ProgressBar',
  type: 'atom',
  category: 'progress',
  variant: 'linear',
  tags: ['progress', 'progress-bar', 'progressbar', 'loading', 'upload', 'download', 'percent', 'meter', 'completion', 'status', 'linear'],
  description: 'A horizontal bar that fills as a task completes (an upload, a setup step), with its label, the percentage and an optional hint; indeterminate when the amount is unknown.',
  a11y: [
    'A native <progress> (role progressbar with its value and maximum, announced as a percentage), named by its <label for>.',
    'The hint is tied with aria-describedby; the visible percentage is aria-hidden because the progress element already says it.',
    'indeterminate drops the value attribute, which is how a native progress says "busy, amount unknown" (the browser animates it).',
    'The browser draws the bar in the blue-600 accent colour (5.2:1 against white, WCAG 1.4.11); label gray-900 and hint gray-600 on white pass AA.',
    'Screen readers do not announce every change: announce completion (or failure) yourself, in a role="status" region.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Uploading report.pdf', description: 'What is progressing.' },
    { name: 'value', type: 'number', default: 64, description: 'How far it is, from 0 to 100.' },
    { name: 'indeterminate', type: 'boolean', default: false, description: 'The amount is unknown: the bar shows activity and no percentage.' },
    { name: 'hint', type: 'string', default: 'About 30 seconds left', description: 'More detail under the bar; empty for none.' },
    { name: 'id', type: 'string', default: 'upload-progress', description: 'The progress element\'s id, unique on the page; the hint id derives from it.' },
  ],
  markup: {
    tag: 'div',
    class: 'w-full max-w-md',
    children: [
      {
        tag: 'div',
        class: 'mb-2 flex items-baseline justify-between gap-4 text-sm',
        children: [
          { tag: 'label', class: 'truncate font-medium text-gray-900', bind: { for: { prop: 'id' } }, children: [{ text: { prop: 'label' } }] },
          {
            if: determinate,
            then: [{ tag: 'span', attrs: { 'aria-hidden': 'true' }, class: 'shrink-0 tabular-nums text-gray-600', children: [{ text: { concat: [{ prop: 'value' }, '%'] } }] }],
          },
        ],
      },
      {
        tag: 'progress',
        attrs: { max: '100' },
        // the browser's own bar in the accent colour: styling its parts needs [&::-webkit-progress-value] classes, which the
        // React and HTML targets escape (\u0026, &amp;) where Tailwind's class scanner no longer finds them
        class: 'block h-2 w-full accent-blue-600',
        bind: {
          id: { prop: 'id' },
          value: { when: determinate, then: { prop: 'value' } },
          'aria-describedby': { when: { ref: { prop: 'hint' } }, then: idWith('-hint') },
        },
        children: [{ text: { concat: [{ prop: 'value' }, '%'] } }],
      },
      {
        if: { ref: { prop: 'hint' } },
        then: [{ tag: 'p', class: 'mt-2 text-sm text-gray-600', bind: { id: idWith('-hint') }, children: [{ text: { prop: 'hint' } }] }],
      },
    ],
  },
};
