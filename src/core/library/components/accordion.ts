import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

const isOpen = { ref: { state: 'openIndex' }, is: { index: 'i' } };
const idOf = (part: string) => ({ concat: [{ prop: 'id' }, part, { index: 'i' }] });

export const accordion: LibraryComponent = {
  name: 'Accordion',
  type: 'molecule',
  category: 'accordion',
  variant: 'single',
  tags: ['accordion', 'faq', 'disclosure', 'collapse', 'expand', 'questions'],
  description: 'A list of questions whose answers expand one at a time; pressing an open question closes it.',
  a11y: [
    'Each header is a <button> inside a heading (h3) with aria-expanded and aria-controls, as in the WAI-ARIA accordion pattern.',
    'Each open panel is a region labelled by its header button.',
    'Enter and Space toggle (native buttons); Tab moves between headers. Arrow-key movement between headers is optional in the pattern and not included.',
    'The chevron is decorative (aria-hidden) and turns with the state.',
  ],
  props: [
    {
      name: 'items',
      type: 'list',
      of: { question: 'string', answer: 'string' },
      default: [
        { question: 'Can I change plans later?', answer: 'Yes. Upgrades apply at once; downgrades at the end of the billing period.' },
        { question: 'Do you offer refunds?', answer: 'Within 30 days of purchase, no questions asked.' },
        { question: 'Is my data exported when I leave?', answer: 'You can download everything as JSON or CSV at any time.' },
      ],
      description: 'The questions and their answers.',
    },
    { name: 'defaultOpenIndex', type: 'number', default: 0, description: 'Which item starts open (-1 for none).' },
    { name: 'id', type: 'string', default: 'faq', description: 'An id unique on the page; the headers\' and panels\' ids derive from it.' },
  ],
  state: [{ name: 'openIndex', type: 'number', initial: { prop: 'defaultOpenIndex' }, description: 'The open item, -1 when all are closed.' }],
  markup: {
    tag: 'div',
    class: 'w-full max-w-2xl divide-y divide-gray-200 rounded-lg bg-white ring-1 ring-gray-200',
    children: [
      {
        each: { prop: 'items' },
        as: 'item',
        index: 'i',
        key: 'question',
        children: [
          {
            tag: 'div',
            children: [
              {
                tag: 'h3',
                class: 'text-base',
                children: [
                  {
                    tag: 'button',
                    attrs: { type: 'button' },
                    class: `flex w-full items-center justify-between gap-4 px-4 py-4 text-left font-medium text-gray-900 hover:bg-gray-50 ${FOCUS_RING}`,
                    bind: { id: idOf('-header-'), 'aria-controls': idOf('-panel-'), 'aria-expanded': { when: isOpen, then: true, else: false } },
                    on: [{ event: 'click', do: [{ toggle: 'openIndex', value: { index: 'i' }, off: -1 }] }],
                    children: [
                      { tag: 'span', children: [{ text: { item: 'item', field: 'question' } }] },
                      { ...icon(ICON_PATHS.chevronDown, 'h-5 w-5 flex-none text-gray-500 transition-transform'), classWhen: [{ when: isOpen, class: 'rotate-180' }] },
                    ],
                  },
                ],
              },
              {
                if: isOpen,
                then: [
                  {
                    tag: 'div',
                    attrs: { role: 'region' },
                    class: 'px-4 pb-4 text-sm leading-6 text-gray-600',
                    bind: { id: idOf('-panel-'), 'aria-labelledby': idOf('-header-') },
                    children: [{ tag: 'p', children: [{ text: { item: 'item', field: 'answer' } }] }],
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
