import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

const highlighted = { ref: { prop: 'highlighted' } };
const plain = { ref: { prop: 'highlighted' }, not: true };

export const pricingCard: LibraryComponent = {
  name: 'PricingCard',
  type: 'molecule',
  category: 'pricing',
  variant: 'tier',
  tags: ['pricing', 'plan', 'tier', 'subscription', 'features', 'saas'],
  description: 'One pricing tier: plan name, price per period, a short pitch, a call to action and the list of included features; can be highlighted as the popular plan.',
  a11y: [
    'The plan name is a heading; features are a real list, their check icons aria-hidden.',
    'The call to action is a <button> named by its text; its handler receives the plan.',
    '"Most popular" is text, not only a coloured ring (WCAG 1.4.1); blue-800 on blue-100 passes AA.',
  ],
  props: [
    { name: 'plan', type: 'string', default: 'Pro', description: 'The plan\'s name.' },
    { name: 'price', type: 'string', default: '$29', description: 'The price, formatted with its currency.' },
    { name: 'period', type: 'string', default: '/month', description: 'What the price is for.' },
    { name: 'pitch', type: 'string', default: 'Everything a growing team needs to ship faster.', description: 'One sentence about who the plan is for.' },
    {
      name: 'features',
      type: 'list',
      of: 'string',
      default: ['Unlimited projects', 'Up to 20 team members', 'Priority support', 'Advanced analytics'],
      description: 'What the plan includes.',
    },
    { name: 'ctaLabel', type: 'string', default: 'Choose Pro', description: 'The call to action\'s text.' },
    { name: 'highlighted', type: 'boolean', default: false, description: 'Marks the plan as the most popular: a blue ring, a badge and a filled button.' },
    { name: 'onPlanSelect', type: 'callback', arg: { name: 'plan', type: 'string' }, description: 'Called with the plan\'s name when its button is pressed.' },
  ],
  markup: {
    tag: 'div',
    class: 'flex w-full max-w-sm flex-col rounded-2xl bg-white p-6 shadow-sm sm:p-8',
    classWhen: [
      { when: highlighted, class: 'ring-2 ring-blue-600' },
      { when: plain, class: 'ring-1 ring-gray-200' },
    ],
    children: [
      {
        tag: 'div',
        class: 'flex items-center justify-between gap-4',
        children: [
          { tag: 'h3', class: 'text-lg font-semibold leading-8 text-gray-900', children: [{ text: { prop: 'plan' } }] },
          { if: highlighted, then: [{ tag: 'p', class: 'rounded-full bg-blue-100 px-2.5 py-1 text-xs font-semibold leading-5 text-blue-800', children: [{ text: 'Most popular' }] }] },
        ],
      },
      { tag: 'p', class: 'mt-4 text-sm leading-6 text-gray-600', children: [{ text: { prop: 'pitch' } }] },
      {
        tag: 'p',
        class: 'mt-6 flex items-baseline gap-x-1',
        children: [
          { tag: 'span', class: 'text-4xl font-bold tracking-tight text-gray-900', children: [{ text: { prop: 'price' } }] },
          { tag: 'span', class: 'text-sm font-semibold leading-6 text-gray-600', children: [{ text: { prop: 'period' } }] },
        ],
      },
      {
        tag: 'button',
        attrs: { type: 'button' },
        class: `mt-6 rounded-md px-3 py-2 text-center text-sm font-semibold leading-6 ${FOCUS_RING}`,
        classWhen: [
          { when: highlighted, class: 'bg-blue-600 text-white shadow-sm hover:bg-blue-700' },
          { when: plain, class: 'text-blue-700 ring-1 ring-inset ring-blue-200 hover:ring-blue-300' },
        ],
        on: [{ event: 'click', do: [{ call: 'onPlanSelect', with: { prop: 'plan' } }] }],
        children: [{ text: { prop: 'ctaLabel' } }],
      },
      {
        tag: 'ul',
        class: 'mt-8 space-y-3 text-sm leading-6 text-gray-600',
        children: [
          {
            each: { prop: 'features' },
            as: 'feature',
            children: [{ tag: 'li', class: 'flex gap-x-3', children: [icon(ICON_PATHS.check, 'h-6 w-5 flex-none text-blue-600'), { text: { item: 'feature' } }] }],
          },
        ],
      },
    ],
  },
};
