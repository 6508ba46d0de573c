import type { Condition, LibraryComponent } from '../types';
import { icon } from './styles';

/** Heroicons arrow-up and arrow-down (24px outline). */
const ARROW_UP = 'M4.5 10.5 12 3m0 0 7.5 7.5M12 3v18';
const ARROW_DOWN = 'M19.5 13.5 12 21m0 0-7.5-7.5M12 21V3';

const trend = (is: string): Condition => ({ ref: { prop: 'trend' }, is });
const tone = (is: string): Condition => ({ ref: { prop: 'tone' }, is });

export const statCard: LibraryComponent = {
  name: 'StatCard',
  type: 'molecule',
  category: 'stat',
  variant: 'trend',
  tags: ['stat', 'statistic', 'kpi', 'metric', 'dashboard', 'analytics', 'trend', 'delta', 'number', 'figure', 'card'],
  description: 'A dashboard stat card: what is measured, its current value in large type, and the change since the last period with an up or down arrow, tinted green when the change is good and red when it is bad.',
  a11y: [
    'A description list: the label is the <dt>, the value and its change the <dd>, so they are read together.',
    'The direction is said in words ("Increased by" / "Decreased by", visually hidden) as well as by the arrow and the colour (WCAG 1.4.1); the arrow is decorative.',
    'Direction and judgement are separate props: a falling bounce rate is down and positive. green-700, red-700 and gray-700 on their 50 tints, and gray-600 on white, pass AA.',
    'Where several cards sit together, put them in a list or a section with a heading that says what they summarise.',
  ],
  props: [
    { name: 'label', type: 'string', default: 'Monthly recurring revenue', description: 'What is measured.' },
    { name: 'value', type: 'string', default: '$48,290', description: 'The current value, formatted.' },
    { name: 'change', type: 'string', default: '12.5%', description: 'How much it changed, formatted, without a sign.' },
    { name: 'trend', type: 'enum', values: ['up', 'down'], default: 'up', description: 'Which way it moved: the arrow and the hidden words.' },
    { name: 'tone', type: 'enum', values: ['positive', 'negative', 'neutral'], default: 'positive', description: 'Whether the change is good news (green), bad news (red) or neither (gray).' },
    { name: 'comparison', type: 'string', default: 'from last month', description: 'What the change is measured against.' },
  ],
  markup: {
    tag: 'div',
    class: 'w-full max-w-xs rounded-lg bg-white px-5 py-6 shadow-sm ring-1 ring-gray-200 sm:px-6',
    children: [
      {
        tag: 'dl',
        children: [
          { tag: 'dt', class: 'text-sm font-medium text-gray-600', children: [{ text: { prop: 'label' } }] },
          {
            tag: 'dd',
            class: 'mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-2',
            children: [
              { tag: 'span', class: 'text-3xl font-semibold tracking-tight text-gray-900', children: [{ text: { prop: 'value' } }] },
              {
                tag: 'span',
                class: 'inline-flex items-center gap-x-1 rounded-full px-2 py-0.5 text-sm font-medium ring-1 ring-inset',
                classWhen: [
                  { when: tone('positive'), class: 'bg-green-50 text-green-700 ring-green-600/20' },
                  { when: tone('negative'), class: 'bg-red-50 text-red-700 ring-red-600/20' },
                  { when: tone('neutral'), class: 'bg-gray-50 text-gray-700 ring-gray-500/20' },
                ],
                children: [
                  {
                    if: trend('up'),
                    then: [icon(ARROW_UP, 'h-3.5 w-3.5 flex-none'), { tag: 'span', class: 'sr-only', children: [{ text: 'Increased by ' }] }],
                    else: [icon(ARROW_DOWN, 'h-3.5 w-3.5 flex-none'), { tag: 'span', class: 'sr-only', children: [{ text: 'Decreased by ' }] }],
                  },
                  { tag: 'span', children: [{ text: { prop: 'change' } }] },
                ],
              },
              { tag: 'span', class: 'text-sm text-gray-600', children: [{ text: { prop: 'comparison' } }] },
            ],
          },
        ],
      },
    ],
  },
};
