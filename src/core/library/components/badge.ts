import type { LibraryComponent } from '../types';
import { DECORATIVE_SVG } from './styles';

const tone = (is: string) => ({ ref: { prop: 'tone' }, is });

export const badge: LibraryComponent = {
  name: 'Badge',
  type: 'atom',
  category: 'badge',
  variant: 'status',
  tags: ['badge', 'status', 'tag', 'label', 'pill', 'chip', 'indicator', 'state', 'lozenge', 'active', 'pending'],
  description: 'A small pill that labels a status (Active, Pending, Failed, Draft) in five tones, with an optional coloured dot.',
  a11y: [
    'Plain text in a <span>: the word carries the meaning, the colour and the dot only repeat it (WCAG 1.4.1); the dot is aria-hidden.',
    'Every tone uses 700/800 text on its 50 background, which passes AA (4.5:1) for the small text.',
    'Not interactive and not a live region: if the status changes while the user is on the page, announce it elsewhere (a role="status" region).',
    'Where the label alone is ambiguous in a list or table, give the column a header ("Status") or add visually hidden context.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Active', description: 'The status in a word or two.' },
    { name: 'tone', type: 'enum', values: ['neutral', 'success', 'warning', 'danger', 'info'], default: 'success', description: 'The colour that goes with the status.' },
    { name: 'dot', type: 'boolean', default: true, description: 'Shows a coloured dot before the label.' },
  ],
  markup: {
    tag: 'span',
    class: 'inline-flex items-center gap-x-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
    classWhen: [
      { when: tone('neutral'), class: 'bg-gray-50 text-gray-700 ring-gray-500/20' },
      { when: tone('success'), class: 'bg-green-50 text-green-800 ring-green-600/20' },
      { when: tone('warning'), class: 'bg-yellow-50 text-yellow-800 ring-yellow-600/30' },
      { when: tone('danger'), class: 'bg-red-50 text-red-700 ring-red-600/20' },
      { when: tone('info'), class: 'bg-blue-50 text-blue-700 ring-blue-600/20' },
    ],
    children: [
      {
        if: { ref: { prop: 'dot' } },
        then: [
          {
            tag: 'svg',
            attrs: { ...DECORATIVE_SVG, viewBox: '0 0 6 6' },
            class: 'h-1.5 w-1.5 fill-current',
            children: [{ tag: 'circle', attrs: { cx: '3', cy: '3', r: '3' } }],
          },
        ],
      },
      { text: { prop: 'label' } },
    ],
  },
};
