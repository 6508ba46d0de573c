import type { Condition, LibraryComponent } from '../types';
import { ICON_PATHS, icon } from './styles';

const status = (is: string): Condition => ({ ref: { item: 'step', field: 'status' }, is });
const complete = status('complete');
const current = status('current');
const upcoming = status('upcoming');
/** The check, drawn bolder so it reads at 14px. */
const check = icon(ICON_PATHS.check, 'h-3.5 w-3.5');
const boldCheck = { ...check, attrs: { ...check.attrs, 'stroke-width': '3' } };

export const stepper: LibraryComponent = {
  name: 'Stepper',
  type: 'molecule',
  category: 'stepper',
  variant: 'horizontal',
  tags: ['stepper', 'steps', 'progress', 'wizard', 'checkout', 'onboarding', 'multi-step', 'progress-tracker', 'timeline'],
  description: 'A progress tracker for a multi-step flow (checkout, onboarding): each step\'s name and a short description, completed steps checked, the current one highlighted; side by side from the md breakpoint, stacked on phones.',
  a11y: [
    'A <nav> landmark named by label holding an ordered list, so screen readers announce the number of steps and each one\'s position.',
    'The current step carries aria-current="step"; completed steps say "Completed" in visually hidden text next to their check icon, so the state is never colour or icon alone.',
    'The bar above each step and the circles are decorative; step names are gray-900, blue-700 or gray-600 on white, all AA.',
    'Each step\'s status ("complete", "current", "upcoming") comes from the data: keep exactly one step current. If completed steps should be revisitable, render them as links where the component is used.',
  ],
  props: [
    {
      name: 'steps',
      type: 'list',
      of: { name: 'string', description: 'string', status: 'string' },
      default: [
        { name: 'Account', description: 'Email and password', status: 'complete' },
        { name: 'Shipping', description: 'Where to send it', status: 'complete' },
        { name: 'Payment', description: 'Card or PayPal', status: 'current' },
        { name: 'Review', description: 'Check and confirm', status: 'upcoming' },
      ],
      description: 'The steps in order: a name, a short description, and a status: "complete", "current" or "upcoming".',
    },
    { name: 'label', type: 'string', default: 'Checkout progress', description: 'The navigation landmark\'s accessible name.' },
  ],
  markup: {
    tag: 'nav',
    class: 'w-full',
    bind: { 'aria-label': { prop: 'label' } },
    children: [
      {
        tag: 'ol',
        class: 'flex flex-col gap-4 md:flex-row md:gap-6',
        children: [
          {
            each: { prop: 'steps' },
            as: 'step',
            key: 'name',
            children: [
              {
                tag: 'li',
                class: 'flex flex-col gap-1 border-l-4 py-1 pl-4 md:flex-1 md:border-l-0 md:border-t-4 md:pb-0 md:pl-0 md:pt-4',
                classWhen: [
                  { when: upcoming, class: 'border-gray-200' },
                  { when: { ...upcoming, not: true }, class: 'border-blue-600' },
                ],
                bind: { 'aria-current': { when: current, then: 'step' } },
                children: [
                  {
                    tag: 'div',
                    class: 'flex items-center gap-2',
                    children: [
                      {
                        if: complete,
                        then: [
                          {
                            tag: 'span',
                            class: 'flex h-5 w-5 flex-none items-center justify-center rounded-full bg-blue-600 text-white',
                            children: [boldCheck],
                          },
                        ],
                      },
                      {
                        if: current,
                        then: [
                          {
                            tag: 'span',
                            class: 'flex h-5 w-5 flex-none items-center justify-center rounded-full border-2 border-blue-600',
                            children: [{ tag: 'span', class: 'h-2 w-2 rounded-full bg-blue-600' }],
                          },
                        ],
                      },
                      { if: upcoming, then: [{ tag: 'span', class: 'h-5 w-5 flex-none rounded-full border-2 border-gray-300' }] },
                      {
                        tag: 'span',
                        class: 'text-sm font-semibold',
                        classWhen: [
                          { when: complete, class: 'text-gray-900' },
                          { when: current, class: 'text-blue-700' },
                          { when: upcoming, class: 'text-gray-600' },
                        ],
                        children: [
                          { if: complete, then: [{ tag: 'span', class: 'sr-only', children: [{ text: 'Completed: ' }] }] },
                          { text: { item: 'step', field: 'name' } },
                        ],
                      },
                    ],
                  },
                  { tag: 'p', class: 'pl-7 text-sm text-gray-600', children: [{ text: { item: 'step', field: 'description' } }] },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
};
