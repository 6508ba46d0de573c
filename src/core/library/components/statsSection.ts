import type { LibraryComponent } from '../types';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const statsSection: LibraryComponent = {
  name: 'StatsSection',
  type: 'organism',
  category: 'stat',
  variant: 'grid',
  tags: [
    'stats', 'statistics', 'metrics', 'numbers', 'key-figures', 'kpi', 'figures', 'social-proof',
    'achievements', 'by-the-numbers', 'data', 'grid',
  ],
  description:
    'A "by the numbers" page section: heading and intro, then key figures in a bordered grid (one column on phones, two from sm, four from lg), each a large value over its label.',
  a11y: [
    'A <section> named by its <h2>; the figures are a description list (<dl>): each label is a <dt> and its value the <dd>, so a screen reader reads "Uptime: 99.99%" in that order.',
    'The value is shown above its label with flex-col-reverse; the reading order stays label, then value (WCAG 1.3.2).',
    'gray-900 values and gray-600 labels on white pass AA. Write units and qualifiers into the value ("2.4M+", "< 200 ms"), not only into an icon or colour.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Trusted by teams around the world', description: 'The section heading.' },
    { name: 'intro', type: 'string', default: 'Since 2019, teams of every size have planned, built and shipped their work with Acme.', description: 'A sentence under the heading; empty for none.' },
    {
      name: 'stats',
      type: 'list',
      of: { label: 'string', value: 'string' },
      default: [
        { label: 'Teams using Acme', value: '4,000+' },
        { label: 'Tasks completed', value: '2.4M' },
        { label: 'Uptime over 12 months', value: '99.99%' },
        { label: 'Countries', value: '85' },
      ],
      description: 'The figures: a label and a value formatted for display (units included).',
    },
    { name: 'id', type: 'string', default: 'stats', description: 'An id unique on the page; the heading\'s id derives from it.' },
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
            class: 'mx-auto max-w-2xl text-center',
            children: [
              { tag: 'h2', class: 'text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
              { if: { ref: { prop: 'intro' } }, then: [{ tag: 'p', class: 'mt-4 text-lg leading-8 text-gray-600', children: [{ text: { prop: 'intro' } }] }] },
            ],
          },
          {
            tag: 'dl',
            class: 'mt-12 grid grid-cols-1 gap-px overflow-hidden rounded-2xl bg-gray-200 text-center ring-1 ring-gray-200 sm:mt-16 sm:grid-cols-2 lg:grid-cols-4',
            children: [
              {
                each: { prop: 'stats' },
                as: 'stat',
                key: 'label',
                children: [
                  {
                    tag: 'div',
                    class: 'flex flex-col-reverse gap-y-2 bg-white p-8',
                    children: [
                      { tag: 'dt', class: 'text-sm font-semibold leading-6 text-gray-600', children: [{ text: { item: 'stat', field: 'label' } }] },
                      { tag: 'dd', class: 'text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl', children: [{ text: { item: 'stat', field: 'value' } }] },
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
