import type { LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });
const yearly = { ref: { state: 'yearly' } };
const monthly = { ...yearly, not: true };
const highlighted = { ref: { item: 'plan', field: 'name' }, is: { prop: 'highlightedPlan' } };
const plain = { ...highlighted, not: true };

export const pricingTable: LibraryComponent = {
  name: 'PricingTable',
  type: 'organism',
  category: 'pricing',
  variant: 'three-tiers',
  tags: [
    'pricing', 'pricing-table', 'plans', 'tiers', 'subscription', 'billing', 'monthly', 'yearly', 'annual',
    'toggle', 'switch', 'saas', 'compare-plans', 'features',
  ],
  description:
    'A pricing page section: heading and intro, a monthly/yearly billing switch, and three plan cards (one column on phones, three from lg) with price for the chosen period, a call to action and the plan\'s features; one plan is highlighted as the most popular.',
  a11y: [
    'A <section> named by its <h2>; each plan name is an <h3>, its features a real list with decorative check icons.',
    'The billing choice is a <button role="switch"> with aria-checked, named by its label (aria-labelledby; the <label for> also makes a click on the text toggle it); Space and Enter toggle it. The off track is gray-500 (well over 3:1 against white) so the control is visible without its colour.',
    'Prices change in place when the switch flips; the switch\'s own state is announced, and the period is written after every price (/month, /year).',
    '"Most popular" is text, not only a ring colour; each plan\'s button says which plan it picks (its cta text) and is a real <button>.',
    'Features join their plan by name: a feature shows under the plan its `plan` field names.',
  ],
  props: [
    { name: 'eyebrow', type: 'string', default: 'Pricing', description: 'A short line above the heading.' },
    { name: 'title', type: 'string', default: 'Plans that grow with your team', description: 'The section heading.' },
    { name: 'intro', type: 'string', default: 'Start free for 14 days on any plan. Change or cancel at any time.', description: 'A sentence under the heading.' },
    { name: 'yearlyLabel', type: 'string', default: 'Bill yearly', description: 'The billing switch\'s label.' },
    { name: 'yearlyNote', type: 'string', default: '2 months free', description: 'What yearly billing saves, after the label; empty for none.' },
    { name: 'defaultYearly', type: 'boolean', default: false, description: 'Whether yearly prices show at first.' },
    { name: 'monthlySuffix', type: 'string', default: '/month', description: 'Written after a monthly price.' },
    { name: 'yearlySuffix', type: 'string', default: '/year', description: 'Written after a yearly price.' },
    {
      name: 'plans',
      type: 'list',
      of: { name: 'string', description: 'string', monthlyPrice: 'string', yearlyPrice: 'string', cta: 'string' },
      default: [
        { name: 'Starter', description: 'For individuals and side projects.', monthlyPrice: '$9', yearlyPrice: '$90', cta: 'Start with Starter' },
        { name: 'Team', description: 'For growing teams that ship every week.', monthlyPrice: '$29', yearlyPrice: '$290', cta: 'Start with Team' },
        { name: 'Enterprise', description: 'For organisations with security and support needs.', monthlyPrice: '$79', yearlyPrice: '$790', cta: 'Start with Enterprise' },
      ],
      description: 'The plans, in order: name, one-line description, prices with their currency, and the button text.',
    },
    {
      name: 'features',
      type: 'list',
      of: { plan: 'string', label: 'string' },
      default: [
        { plan: 'Starter', label: '3 projects' },
        { plan: 'Starter', label: '1 team member' },
        { plan: 'Starter', label: 'Basic analytics' },
        { plan: 'Starter', label: 'Email support' },
        { plan: 'Team', label: 'Unlimited projects' },
        { plan: 'Team', label: 'Up to 20 team members' },
        { plan: 'Team', label: 'Advanced analytics' },
        { plan: 'Team', label: 'Priority support' },
        { plan: 'Team', label: 'Integrations' },
        { plan: 'Enterprise', label: 'Everything in Team' },
        { plan: 'Enterprise', label: 'Unlimited team members' },
        { plan: 'Enterprise', label: 'Single sign-on (SAML)' },
        { plan: 'Enterprise', label: 'Audit log' },
        { plan: 'Enterprise', label: 'Dedicated success manager' },
      ],
      description: 'Every feature, each naming the plan it is listed under.',
    },
    { name: 'highlightedPlan', type: 'string', default: 'Team', description: 'The name of the plan marked "Most popular"; empty for none.' },
    { name: 'popularLabel', type: 'string', default: 'Most popular', description: 'The highlighted plan\'s badge.' },
    { name: 'id', type: 'string', default: 'pricing', description: 'An id unique on the page; the heading\'s and switch\'s ids derive from it.' },
    { name: 'onBillingChange', type: 'callback', arg: { name: 'yearly', type: 'boolean' }, description: 'Called with true for yearly, false for monthly, when the switch flips.' },
    { name: 'onPlanSelect', type: 'callback', arg: { name: 'plan', type: 'string' }, description: 'Called with the plan\'s name when its button is pressed.' },
  ],
  state: [{ name: 'yearly', type: 'boolean', initial: { prop: 'defaultYearly' }, description: 'Whether yearly prices show.' }],
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
            class: 'mx-auto max-w-3xl text-center',
            children: [
              { tag: 'p', class: 'text-base font-semibold leading-7 text-blue-700', children: [{ text: { prop: 'eyebrow' } }] },
              { tag: 'h2', class: 'mt-2 text-4xl font-bold tracking-tight text-gray-900 sm:text-5xl', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
              { tag: 'p', class: 'mt-6 text-lg leading-8 text-gray-600', children: [{ text: { prop: 'intro' } }] },
            ],
          },
          {
            tag: 'div',
            class: 'mt-10 flex flex-wrap items-center justify-center gap-x-3 gap-y-2',
            children: [
              {
                tag: 'button',
                attrs: { type: 'button', role: 'switch' },
                class: `relative inline-flex h-6 w-11 flex-none cursor-pointer rounded-full border-2 border-transparent transition-colors duration-200 ${FOCUS_RING}`,
                classWhen: [
                  { when: yearly, class: 'bg-blue-600' },
                  { when: monthly, class: 'bg-gray-500' },
                ],
                bind: { id: idWith('-billing'), 'aria-checked': { state: 'yearly' }, 'aria-labelledby': idWith('-billing-label') },
                on: [{ event: 'click', do: [{ toggle: 'yearly' }, { call: 'onBillingChange', with: { state: 'yearly' } }] }],
                children: [
                  {
                    tag: 'span',
                    attrs: { 'aria-hidden': 'true' },
                    class: 'pointer-events-none inline-block h-5 w-5 rounded-full bg-white shadow ring-0 transition-transform duration-200',
                    classWhen: [
                      { when: yearly, class: 'translate-x-5' },
                      { when: monthly, class: 'translate-x-0' },
                    ],
                  },
                ],
              },
              {
                tag: 'label',
                class: 'text-sm font-medium text-gray-900',
                bind: { id: idWith('-billing-label'), for: idWith('-billing') },
                children: [
                  { text: { prop: 'yearlyLabel' } },
                  { if: { ref: { prop: 'yearlyNote' } }, then: [{ text: ' ' }, { tag: 'span', class: 'font-semibold text-blue-700', children: [{ text: { concat: ['(', { prop: 'yearlyNote' }, ')'] } }] }] },
                ],
              },
            ],
          },
          {
            tag: 'div',
            class: 'mx-auto mt-10 grid max-w-md grid-cols-1 gap-8 lg:max-w-none lg:grid-cols-3',
            children: [
              {
                each: { prop: 'plans' },
                as: 'plan',
                key: 'name',
                children: [
                  {
                    tag: 'div',
                    class: 'flex flex-col rounded-3xl bg-white p-8',
                    classWhen: [
                      { when: highlighted, class: 'ring-2 ring-blue-600' },
                      { when: plain, class: 'ring-1 ring-gray-200' },
                    ],
                    children: [
                      {
                        tag: 'div',
                        class: 'flex items-center justify-between gap-x-4',
                        children: [
                          { tag: 'h3', class: 'text-lg font-semibold leading-8 text-gray-900', children: [{ text: { item: 'plan', field: 'name' } }] },
                          {
                            if: highlighted,
                            then: [{ tag: 'p', class: 'rounded-full bg-blue-100 px-2.5 py-1 text-xs font-semibold leading-5 text-blue-800', children: [{ text: { prop: 'popularLabel' } }] }],
                          },
                        ],
                      },
                      { tag: 'p', class: 'mt-4 text-sm leading-6 text-gray-600', children: [{ text: { item: 'plan', field: 'description' } }] },
                      {
                        tag: 'p',
                        class: 'mt-6 flex items-baseline gap-x-1',
                        children: [
                          {
                            if: yearly,
                            then: [
                              { tag: 'span', class: 'text-4xl font-bold tracking-tight text-gray-900', children: [{ text: { item: 'plan', field: 'yearlyPrice' } }] },
                              { tag: 'span', class: 'text-sm font-semibold leading-6 text-gray-600', children: [{ text: { prop: 'yearlySuffix' } }] },
                            ],
                            else: [
                              { tag: 'span', class: 'text-4xl font-bold tracking-tight text-gray-900', children: [{ text: { item: 'plan', field: 'monthlyPrice' } }] },
                              { tag: 'span', class: 'text-sm font-semibold leading-6 text-gray-600', children: [{ text: { prop: 'monthlySuffix' } }] },
                            ],
                          },
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
                        on: [{ event: 'click', do: [{ call: 'onPlanSelect', with: { item: 'plan', field: 'name' } }] }],
                        children: [{ text: { item: 'plan', field: 'cta' } }],
                      },
                      {
                        tag: 'ul',
                        class: 'mt-8 space-y-3 text-sm leading-6 text-gray-600',
                        children: [
                          {
                            each: { prop: 'features' },
                            as: 'feature',
                            children: [
                              {
                                if: { ref: { item: 'feature', field: 'plan' }, is: { item: 'plan', field: 'name' } },
                                then: [
                                  {
                                    tag: 'li',
                                    class: 'flex gap-x-3',
                                    children: [icon(ICON_PATHS.check, 'h-6 w-5 flex-none text-blue-600'), { tag: 'span', children: [{ text: { item: 'feature', field: 'label' } }] }],
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
    ],
  },
};
