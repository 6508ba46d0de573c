import type { LibraryComponent } from '../types';

export const dataTable: LibraryComponent = {
  name: 'DataTable',
  type: 'organism',
  category: 'table',
  variant: 'simple',
  tags: ['table', 'data', 'grid', 'rows', 'list', 'admin'],
  description: 'A data table with a caption, column headers and rows of text, scrolling sideways on narrow screens.',
  a11y: [
    'A real <table> with a <caption> (its accessible name) and <th scope="col"> headers, so screen readers announce each cell\'s column.',
    'Wide tables scroll inside their container instead of the page; if that region can overflow, give it tabindex="0", role="region" and a label so keyboard users can scroll it.',
    'gray-700 cells and gray-900 headers on white and gray-50 pass AA.',
  ],
  props: [
    { name: 'caption', type: 'string', default: 'Team members', description: 'What the table lists; shown above it.' },
    { name: 'columns', type: 'list', of: 'string', default: ['Name', 'Role', 'Status'], description: 'The column headers.' },
    {
      name: 'rows',
      type: 'list',
      of: 'string[]',
      default: [['Ada Lovelace', 'Engineer', 'Active'], ['Grace Hopper', 'Admiral', 'Active'], ['Alan Turing', 'Researcher', 'Away']],
      description: 'The rows, one string per column.',
    },
  ],
  markup: {
    tag: 'div',
    class: 'w-full overflow-x-auto rounded-lg ring-1 ring-gray-200',
    children: [
      {
        tag: 'table',
        class: 'min-w-full divide-y divide-gray-200 text-left text-sm',
        children: [
          { tag: 'caption', class: 'bg-white px-4 py-3 text-left text-base font-semibold text-gray-900', children: [{ text: { prop: 'caption' } }] },
          {
            tag: 'thead',
            class: 'bg-gray-50',
            children: [
              {
                tag: 'tr',
                children: [{ each: { prop: 'columns' }, as: 'column', children: [{ tag: 'th', attrs: { scope: 'col' }, class: 'px-4 py-3 font-semibold text-gray-900', children: [{ text: { item: 'column' } }] }] }],
              },
            ],
          },
          {
            tag: 'tbody',
            class: 'divide-y divide-gray-200 bg-white',
            children: [
              {
                each: { prop: 'rows' },
                as: 'row',
                children: [
                  {
                    tag: 'tr',
                    class: 'hover:bg-gray-50',
                    children: [{ each: { item: 'row' }, as: 'cell', children: [{ tag: 'td', class: 'whitespace-nowrap px-4 py-3 text-gray-700', children: [{ text: { item: 'cell' } }] }] }],
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
