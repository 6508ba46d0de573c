import type { LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons' plus and minus (24px outline). */
const PLUS = 'M12 4.5v15m7.5-7.5h-15';
const MINUS = 'M5 12h14';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });
const idOf = (part: string) => ({ concat: [{ prop: 'id' }, part, { index: 'i' }] });
const isOpen = { ref: { state: 'openIndex' }, is: { index: 'i' } };

export const faqSection: LibraryComponent = {
  name: 'FaqSection',
  type: 'organism',
  category: 'accordion',
  variant: 'faq-section',
  tags: [
    'faq', 'faqs', 'frequently-asked-questions', 'questions', 'answers', 'help', 'support', 'accordion',
    'expand', 'collapse', 'knowledge-base', 'q-and-a',
  ],
  description:
    'A full-width FAQ page section: heading, intro and a link to contact support on the left (on top on phones), and the questions on the right as an accordion whose answers open one at a time.',
  a11y: [
    'A <section> named by its <h2>; each question is a <button> inside an <h3>, with aria-expanded and aria-controls, as in the WAI-ARIA accordion pattern.',
    'Answers are plain containers (no role="region"), so a long FAQ does not add a landmark per answer; a closed answer is not rendered at all.',
    'Enter and Space toggle (native buttons); Tab moves between questions and into an open answer. The plus/minus icons are decorative and the state is in aria-expanded.',
    'The support link is a real <a href>, underlined; gray-600 on white passes AA and every control has a visible focus ring.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Frequently asked questions', description: 'The section heading.' },
    { name: 'intro', type: 'string', default: 'Everything about plans, billing and your data. Can\u2019t find what you are looking for?', description: 'Text under the heading, before the contact link.' },
    { name: 'contactLabel', type: 'string', default: 'Write to our support team', description: 'The contact link\'s text.' },
    { name: 'contactHref', type: 'string', default: '/contact', description: 'Where the contact link goes.' },
    {
      name: 'faqs',
      type: 'list',
      of: { question: 'string', answer: 'string' },
      default: [
        { question: 'How does the free trial work?', answer: 'You get every feature of the Team plan for 14 days, without a credit card. At the end, pick a plan or your workspace becomes read-only; nothing is deleted.' },
        { question: 'Can I change plans later?', answer: 'Yes. Upgrades apply at once and are prorated; downgrades take effect at the end of the billing period.' },
        { question: 'Do you offer refunds?', answer: 'If you are not happy within 30 days of your first payment, write to us and we refund it in full.' },
        { question: 'Where is my data stored?', answer: 'In the EU (Frankfurt) by default, encrypted at rest and in transit. Enterprise plans can choose a US region.' },
        { question: 'Can I export my data?', answer: 'At any time, as JSON or CSV, from Settings \u2192 Export. Exports include attachments and comments.' },
      ],
      description: 'The questions and their answers.',
    },
    { name: 'defaultOpenIndex', type: 'number', default: -1, description: 'Which question starts open (-1 for none).' },
    { name: 'id', type: 'string', default: 'faq-section', description: 'An id unique on the page; the heading\'s and answers\' ids derive from it.' },
  ],
  state: [{ name: 'openIndex', type: 'number', initial: { prop: 'defaultOpenIndex' }, description: 'The open question, -1 when all are closed.' }],
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
            class: 'lg:grid lg:grid-cols-12 lg:gap-12',
            children: [
              {
                tag: 'div',
                class: 'lg:col-span-5',
                children: [
                  { tag: 'h2', class: 'text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
                  {
                    tag: 'p',
                    class: 'mt-4 text-base leading-7 text-gray-600',
                    children: [
                      { text: { prop: 'intro' } },
                      { text: ' ' },
                      { tag: 'a', class: `rounded-sm font-semibold text-blue-700 underline hover:text-blue-800 ${FOCUS_RING}`, bind: { href: { prop: 'contactHref' } }, children: [{ text: { prop: 'contactLabel' } }] },
                      { text: '.' },
                    ],
                  },
                ],
              },
              {
                tag: 'div',
                class: 'mt-10 divide-y divide-gray-200 border-y border-gray-200 lg:col-span-7 lg:mt-0',
                children: [
                  {
                    each: { prop: 'faqs' },
                    as: 'faq',
                    index: 'i',
                    key: 'question',
                    children: [
                      {
                        tag: 'div',
                        children: [
                          {
                            tag: 'h3',
                            children: [
                              {
                                tag: 'button',
                                attrs: { type: 'button' },
                                class: `flex w-full items-start justify-between gap-6 py-5 text-left text-base font-semibold leading-7 text-gray-900 hover:text-blue-700 ${FOCUS_RING}`,
                                bind: { 'aria-controls': idOf('-answer-'), 'aria-expanded': { when: isOpen, then: true, else: false } },
                                on: [{ event: 'click', do: [{ toggle: 'openIndex', value: { index: 'i' }, off: -1 }] }],
                                children: [
                                  { tag: 'span', children: [{ text: { item: 'faq', field: 'question' } }] },
                                  {
                                    tag: 'span',
                                    class: 'flex h-7 flex-none items-center text-gray-600',
                                    children: [{ if: isOpen, then: [icon(MINUS)], else: [icon(PLUS)] }],
                                  },
                                ],
                              },
                            ],
                          },
                          {
                            if: isOpen,
                            then: [
                              {
                                tag: 'div',
                                class: 'pb-6 pr-12',
                                bind: { id: idOf('-answer-') },
                                children: [{ tag: 'p', class: 'text-base leading-7 text-gray-600', children: [{ text: { item: 'faq', field: 'answer' } }] }],
                              },
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
        ],
      },
    ],
  },
};
