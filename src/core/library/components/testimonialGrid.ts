import type { LibraryComponent } from '../types';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const testimonialGrid: LibraryComponent = {
  name: 'TestimonialGrid',
  type: 'organism',
  category: 'testimonial',
  variant: 'grid',
  tags: [
    'testimonials', 'testimonial', 'reviews', 'quotes', 'customer-stories', 'social-proof', 'endorsements',
    'feedback', 'wall-of-love', 'grid', 'cards', 'marketing',
  ],
  description:
    'A testimonials page section: eyebrow and heading, then customer quotes as cards in a grid (one column on phones, two from sm, three from lg), each with the person\'s initials, name and role.',
  a11y: [
    'A <section> named by its <h2>; the quotes are a list (<ul>), so screen readers announce how many there are.',
    'Each card is a <figure>: the quote is a <blockquote> and the person a <figcaption>, which ties the words to who said them.',
    'The initials avatar is decorative (aria-hidden) because the name follows in text; blue-800 on blue-100 would pass AA anyway.',
    'gray-900 quotes and gray-600 roles on white pass AA. Nothing is interactive.',
  ],
  props: [
    { name: 'eyebrow', type: 'string', default: 'Testimonials', description: 'A short line above the heading; empty for none.' },
    { name: 'title', type: 'string', default: 'Loved by product teams', description: 'The section heading.' },
    {
      name: 'testimonials',
      type: 'list',
      of: { quote: 'string', name: 'string', role: 'string', initials: 'string' },
      default: [
        { quote: 'We moved three teams off spreadsheets in a week. Planning meetings went from an hour to fifteen minutes.', name: 'Maria Lopez', role: 'Head of Product, Northwind', initials: 'ML' },
        { quote: 'The keyboard shortcuts and screen-reader support are the best I have seen in a project tool. Our whole team can use it.', name: 'Daniel Okafor', role: 'Engineering Manager, Fabrikam', initials: 'DO' },
        { quote: 'Reports that used to take me a Friday afternoon now update themselves. I did not expect to enjoy a status page.', name: 'Priya Raman', role: 'Operations Lead, Contoso', initials: 'PR' },
        { quote: 'Setup took five minutes and the import kept every comment and attachment. Support answered within the hour.', name: 'Tom Becker', role: 'CTO, Globex', initials: 'TB' },
        { quote: 'Single sign-on and the audit log got us through our security review without a single follow-up question.', name: 'Aiko Tanaka', role: 'IT Director, Initech', initials: 'AT' },
        { quote: 'It is fast on the slow laptops our field staff carry, which is more than I can say for the last three tools we tried.', name: 'Samuel Adeyemi', role: 'Program Director, Umbrella Health', initials: 'SA' },
      ],
      description: 'The testimonials: the quote (without quotation marks), the person\'s name, role and initials for the avatar.',
    },
    { name: 'id', type: 'string', default: 'testimonials', description: 'An id unique on the page; the heading\'s id derives from it.' },
  ],
  markup: {
    tag: 'section',
    class: 'bg-gray-50',
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
              { if: { ref: { prop: 'eyebrow' } }, then: [{ tag: 'p', class: 'text-base font-semibold leading-7 text-blue-700', children: [{ text: { prop: 'eyebrow' } }] }] },
              { tag: 'h2', class: 'mt-2 text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
            ],
          },
          {
            tag: 'ul',
            class: 'mx-auto mt-12 grid max-w-2xl grid-cols-1 gap-6 sm:mt-16 sm:grid-cols-2 lg:max-w-none lg:grid-cols-3',
            children: [
              {
                each: { prop: 'testimonials' },
                as: 'testimonial',
                key: 'name',
                children: [
                  {
                    tag: 'li',
                    children: [
                      {
                        tag: 'figure',
                        class: 'flex h-full flex-col justify-between rounded-2xl bg-white p-6 shadow-sm ring-1 ring-gray-900/5 sm:p-8',
                        children: [
                          {
                            tag: 'blockquote',
                            class: 'text-base leading-7 text-gray-900',
                            children: [{ tag: 'p', children: [{ text: '“' }, { text: { item: 'testimonial', field: 'quote' } }, { text: '”' }] }],
                          },
                          {
                            tag: 'figcaption',
                            class: 'mt-6 flex items-center gap-x-4',
                            children: [
                              {
                                tag: 'span',
                                attrs: { 'aria-hidden': 'true' },
                                class: 'flex h-10 w-10 flex-none items-center justify-center rounded-full bg-blue-100 text-sm font-semibold text-blue-800',
                                children: [{ text: { item: 'testimonial', field: 'initials' } }],
                              },
                              {
                                tag: 'div',
                                children: [
                                  { tag: 'p', class: 'font-semibold text-gray-900', children: [{ text: { item: 'testimonial', field: 'name' } }] },
                                  { tag: 'p', class: 'text-sm text-gray-600', children: [{ text: { item: 'testimonial', field: 'role' } }] },
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
    ],
  },
};
