import type { LibraryComponent } from '../types';

export const card: LibraryComponent = {
  name: 'Card',
  type: 'molecule',
  category: 'card',
  variant: 'media',
  tags: ['card', 'article', 'image', 'content', 'blog', 'product'],
  description: 'A content card: an optional cover image, an eyebrow, a title, a short text and room for actions.',
  a11y: [
    'An <article> with a real heading (h3 by default in a page of h2 sections), so it appears in the headings list.',
    'The image takes alt text from imageAlt; pass an empty alt for a purely decorative image.',
    'Body text gray-600 and eyebrow blue-700 on white pass AA.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Designing for everyone', description: 'The card\'s heading.' },
    { name: 'description', type: 'string', default: 'Five habits that make interfaces work for more people, from contrast to keyboard paths.', description: 'A short text under the title.' },
    { name: 'eyebrow', type: 'string', default: 'Guide', description: 'A small label above the title; empty for none.' },
    { name: 'imageSrc', type: 'string', description: 'The cover image URL; no image when empty.' },
    { name: 'imageAlt', type: 'string', default: '', description: 'What the image shows (empty when it only decorates).' },
    { name: 'children', type: 'node', description: 'Actions or extra content at the bottom of the card.' },
  ],
  markup: {
    tag: 'article',
    class: 'flex w-full max-w-sm flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-gray-200',
    children: [
      {
        if: { ref: { prop: 'imageSrc' } },
        then: [{ tag: 'img', class: 'aspect-video w-full object-cover', bind: { src: { prop: 'imageSrc' }, alt: { prop: 'imageAlt' } } }],
      },
      {
        tag: 'div',
        class: 'flex flex-1 flex-col gap-2 p-6',
        children: [
          { if: { ref: { prop: 'eyebrow' } }, then: [{ tag: 'p', class: 'text-sm font-medium text-blue-700', children: [{ text: { prop: 'eyebrow' } }] }] },
          { tag: 'h3', class: 'text-lg font-semibold text-gray-900', children: [{ text: { prop: 'title' } }] },
          { tag: 'p', class: 'text-sm leading-6 text-gray-600', children: [{ text: { prop: 'description' } }] },
          { tag: 'div', class: 'mt-auto flex flex-wrap gap-3 pt-4 empty:hidden', children: [{ slot: 'children' }] },
        ],
      },
    ],
  },
};
