import type { LibraryComponent } from '../types';

export const testimonialCard: LibraryComponent = {
  name: 'TestimonialCard',
  type: 'molecule',
  category: 'testimonial',
  variant: 'quote',
  tags: ['testimonial', 'quote', 'review', 'customer-quote', 'social-proof', 'endorsement', 'blockquote', 'feedback', 'case-study'],
  description: 'A customer testimonial: a large opening quote mark, the quotation, and below it the person\'s photo (or initials), name and role at their company.',
  a11y: [
    'A <figure> holding a <blockquote> with its <figcaption>, so the quotation and who said it are tied together for assistive technology.',
    'The quote mark, the photo and the initials are decorative (aria-hidden, alt=""): the caption already names the person.',
    'gray-900 and gray-600 on white pass AA.',
    'If the quote is shortened or translated, say so in the quote text; link to the full case study next to the card where the component is used.',
  ],
  props: [
    { name: 'quote', type: 'string', default: 'We replaced three tools with one and shipped our redesign a month early. The whole team actually enjoys the review process now.', description: 'What the person said, without quote marks.' },
    { name: 'author', type: 'string', default: 'Marcus Okafor', description: 'Who said it.' },
    { name: 'authorRole', type: 'string', default: 'Head of Design, Northwind', description: 'Their role and company.' },
    { name: 'avatarSrc', type: 'string', default: '', description: 'Their photo\'s URL; initials are shown when empty.' },
    { name: 'initials', type: 'string', default: 'MO', description: 'Shown in place of a photo.' },
  ],
  markup: {
    tag: 'figure',
    class: 'flex w-full max-w-xl flex-col rounded-2xl bg-white p-6 shadow-sm ring-1 ring-gray-200 sm:p-8',
    children: [
      { tag: 'span', attrs: { 'aria-hidden': 'true' }, class: 'select-none font-serif text-5xl leading-none text-blue-600', children: [{ text: '“' }] },
      {
        tag: 'blockquote',
        class: 'mt-2 text-base leading-7 text-gray-900 sm:text-lg sm:leading-8',
        children: [{ tag: 'p', children: [{ text: { prop: 'quote' } }] }],
      },
      {
        tag: 'figcaption',
        class: 'mt-6 flex items-center gap-x-4',
        children: [
          {
            if: { ref: { prop: 'avatarSrc' } },
            then: [{ tag: 'img', attrs: { alt: '' }, class: 'h-11 w-11 flex-none rounded-full bg-gray-100 object-cover', bind: { src: { prop: 'avatarSrc' } } }],
            else: [
              {
                tag: 'span',
                attrs: { 'aria-hidden': 'true' },
                class: 'flex h-11 w-11 flex-none items-center justify-center rounded-full bg-blue-100 text-sm font-semibold text-blue-800',
                children: [{ text: { prop: 'initials' } }],
              },
            ],
          },
          {
            tag: 'div',
            class: 'text-sm leading-6',
            children: [
              { tag: 'div', class: 'font-semibold text-gray-900', children: [{ text: { prop: 'author' } }] },
              { tag: 'div', class: 'text-gray-600', children: [{ text: { prop: 'authorRole' } }] },
            ],
          },
        ],
      },
    ],
  },
};
