import type { LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons photo, shopping-bag and star (24px outline; the star is filled by its class). */
const PHOTO = 'm2.25 15.75 5.159-5.159a2.25 2.25 0 0 1 3.182 0l5.159 5.159m-1.5-1.5 1.409-1.409a2.25 2.25 0 0 1 3.182 0l2.909 2.909m-18 3.75h16.5a1.5 1.5 0 0 0 1.5-1.5V6a1.5 1.5 0 0 0-1.5-1.5H3.75A1.5 1.5 0 0 0 2.25 6v12a1.5 1.5 0 0 0 1.5 1.5Zm10.5-11.25h.008v.008h-.008V8.25Zm.375 0a.375.375 0 1 1-.75 0 .375.375 0 0 1 .75 0Z';
const SHOPPING_BAG = 'M15.75 10.5V6a3.75 3.75 0 1 0-7.5 0v4.5m11.356-1.993 1.263 12c.07.665-.45 1.243-1.119 1.243H4.25a1.125 1.125 0 0 1-1.12-1.243l1.264-12A1.125 1.125 0 0 1 5.513 7.5h12.974c.576 0 1.059.435 1.119 1.007ZM8.625 10.5a.375.375 0 1 1-.75 0 .375.375 0 0 1 .75 0Zm7.5 0a.375.375 0 1 1-.75 0 .375.375 0 0 1 .75 0Z';
const STAR = 'M11.48 3.499a.562.562 0 0 1 1.04 0l2.125 5.111a.563.563 0 0 0 .475.345l5.518.442c.499.04.701.663.321.988l-4.204 3.602a.563.563 0 0 0-.182.557l1.285 5.385a.562.562 0 0 1-.84.61l-4.725-2.885a.562.562 0 0 0-.586 0L6.982 20.54a.562.562 0 0 1-.84-.61l1.285-5.386a.562.562 0 0 0-.182-.557l-4.204-3.602a.562.562 0 0 1 .321-.988l5.518-.442a.563.563 0 0 0 .475-.345L11.48 3.5Z';

export const productCard: LibraryComponent = {
  name: 'ProductCard',
  type: 'molecule',
  category: 'card',
  variant: 'product',
  tags: ['product', 'product-card', 'shop', 'store', 'ecommerce', 'e-commerce', 'catalog', 'add-to-cart', 'price', 'rating', 'merchandise', 'item'],
  description: 'A shop\'s product tile: a square photo (or a placeholder), the product name linking to its page, its star rating and review count, the price, and an Add to cart button.',
  a11y: [
    'An <article> with the product name as a heading that links to the product page; the photo takes its alt text from imageAlt (empty when the name already says it all).',
    'The rating is text ("4.6 out of 5 stars"), the star decorative; the button\'s accessible name includes the product ("Add to cart, Everyday Tote"), so a page of cards has no ten identical buttons.',
    'gray-900, gray-700 and gray-600 on white, and white on blue-600, pass AA; the name link and the button have focus rings.',
    'After adding, confirm it where the component is used (update a cart count in a live region, or show a Toast), since the button itself does not change.',
  ],
  props: [
    { name: 'name', type: 'string', default: 'Everyday Tote', description: 'The product\'s name.' },
    { name: 'href', type: 'string', default: '/products/everyday-tote', description: 'The product page.' },
    { name: 'price', type: 'string', default: '$48.00', description: 'The price, formatted with its currency.' },
    { name: 'rating', type: 'number', default: 4.6, description: 'The average rating out of 5.' },
    { name: 'reviewCount', type: 'number', default: 128, description: 'How many reviews the rating averages.' },
    { name: 'imageSrc', type: 'string', default: '', description: 'The product photo\'s URL; a placeholder is shown when empty.' },
    { name: 'imageAlt', type: 'string', default: 'Natural canvas tote bag with leather handles', description: 'What the photo shows.' },
    { name: 'productId', type: 'string', default: 'tote-natural', description: 'Identifies the product to the cart.' },
    { name: 'ctaLabel', type: 'string', default: 'Add to cart', description: 'The button\'s visible text.' },
    { name: 'onAddToCart', type: 'callback', arg: { name: 'productId', type: 'string' }, description: 'Called with productId when the button is pressed.' },
  ],
  markup: {
    tag: 'article',
    class: 'flex w-full max-w-xs flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-gray-200',
    children: [
      {
        if: { ref: { prop: 'imageSrc' } },
        then: [{ tag: 'img', class: 'aspect-square w-full bg-gray-100 object-cover', bind: { src: { prop: 'imageSrc' }, alt: { prop: 'imageAlt' } } }],
        else: [{ tag: 'div', class: 'flex aspect-square w-full items-center justify-center bg-gray-100', children: [icon(PHOTO, 'h-12 w-12 text-gray-400')] }],
      },
      {
        tag: 'div',
        class: 'flex flex-1 flex-col p-4',
        children: [
          {
            tag: 'h3',
            class: 'text-base font-semibold text-gray-900',
            children: [{ tag: 'a', class: `rounded-sm hover:underline ${FOCUS_RING}`, bind: { href: { prop: 'href' } }, children: [{ text: { prop: 'name' } }] }],
          },
          {
            tag: 'p',
            class: 'mt-1 flex items-center gap-x-1 text-sm text-gray-700',
            children: [
              icon(STAR, 'h-4 w-4 flex-none fill-current text-yellow-500'),
              { tag: 'span', children: [{ text: { prop: 'rating' } }, { tag: 'span', class: 'sr-only', children: [{ text: ' out of 5 stars,' }] }] },
              { tag: 'span', class: 'text-gray-600', children: [{ text: { concat: ['(', { prop: 'reviewCount' }, ' reviews)'] } }] },
            ],
          },
          { tag: 'p', class: 'mt-3 text-lg font-semibold text-gray-900', children: [{ text: { prop: 'price' } }] },
          {
            tag: 'button',
            attrs: { type: 'button' },
            class: `mt-4 inline-flex w-full items-center justify-center gap-x-2 rounded-md bg-blue-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 ${FOCUS_RING}`,
            on: [{ event: 'click', do: [{ call: 'onAddToCart', with: { prop: 'productId' } }] }],
            children: [
              icon(SHOPPING_BAG, '-ml-0.5 h-5 w-5'),
              { text: { prop: 'ctaLabel' } },
              { tag: 'span', class: 'sr-only', children: [{ text: { concat: [', ', { prop: 'name' }] } }] },
            ],
          },
        ],
      },
    ],
  },
};
