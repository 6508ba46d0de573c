import type { ElementNode, LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons' outline star (24px, rounded joins). */
const STAR = 'M11.48 3.499a.562.562 0 0 1 1.04 0l2.125 5.111a.563.563 0 0 0 .475.345l5.518.442c.499.04.701.663.321 1.001l-4.204 3.602a.563.563 0 0 0-.182.557l1.285 5.385a.562.562 0 0 1-.84.61l-4.725-2.885a.562.562 0 0 0-.586 0L6.982 20.54a.562.562 0 0 1-.84-.61l1.285-5.386a.562.562 0 0 0-.182-.557l-4.204-3.602a.562.562 0 0 1 .321-1.001l5.518-.442a.563.563 0 0 0 .475-.345L11.48 3.5Z';
// the radio is visually hidden, so its label shows the focus ring (each pair is wrapped so `peer` reaches its own label only)
const PEER_FOCUS_RING = FOCUS_RING.replace(/focus-visible:/g, 'peer-focus-visible:');

const option = (field: string) => ({ item: 'option', field });
const chosen = { ref: { state: 'value' }, is: option('value') };
const radioId = { concat: [{ prop: 'id' }, '-', option('value')] };
/** A star's box: the same 32px square in the radios' row and in the filled row laid over it, so the two line up. */
const starIcon = (extra = ''): ElementNode => icon(STAR, `block h-7 w-7 ${extra}`.trim());
// the filled row is clipped to the rating; the representation compares by equality, so one width per rating (five stars)
const WIDTHS = ['w-0', 'w-1/5', 'w-2/5', 'w-3/5', 'w-4/5', 'w-full'];

export const starRating: LibraryComponent = {
  name: 'StarRating',
  type: 'molecule',
  category: 'rating',
  variant: 'stars',
  tags: ['rating', 'star-rating', 'stars', 'review', 'score', 'feedback', 'five-stars', 'rate', 'evaluation', 'satisfaction'],
  description: 'Five stars to rate something from 1 to 5: the stars up to the chosen one fill in and the rating is written beside them; each star is named by its word (Poor … Excellent).',
  a11y: [
    'Five native radio buttons in a <fieldset> named by its <legend>, each named by visually hidden text ("4 of 5 stars, Good"): screen readers announce a group of choices and which one is chosen.',
    'Arrow keys move through the ratings and choose them, Tab enters and leaves the group (native radio behaviour). The radios are visually hidden; the focused star shows the focus ring.',
    'The stars are decorative (aria-hidden), as is the filled row laid over them (it also ignores the pointer). Filled stars have an amber-600 outline, empty ones gray-500, both 3:1 against white; the written rating repeats it (aria-hidden, the radios already say it).',
    'Targets are 32px square (WCAG 2.2 target size). A rating cannot be cleared once chosen (radios): add a "Clear" button if that matters.',
    'Exactly five options: the filled row\'s widths are fifths.',
  ],
  props: [
    { name: 'legend', type: 'string', default: 'Rate your stay', description: 'What is being rated.' },
    { name: 'name', type: 'string', default: 'rating', description: 'The form field name the radios share.' },
    { name: 'id', type: 'string', default: 'rating', description: 'A prefix, unique on the page, for the radios\' ids.' },
    {
      name: 'options',
      type: 'list',
      of: { value: 'number', label: 'string' },
      default: [
        { value: 1, label: 'Terrible' },
        { value: 2, label: 'Poor' },
        { value: 3, label: 'Average' },
        { value: 4, label: 'Good' },
        { value: 5, label: 'Excellent' },
      ],
      description: 'The five ratings, 1 to 5, each with the word that says it.',
    },
    { name: 'defaultValue', type: 'number', default: 0, description: 'The rating at first, 1 to 5; 0 for none.' },
    { name: 'onValueChange', type: 'callback', arg: { name: 'value', type: 'number' }, description: 'Called with the new rating, 1 to 5.' },
  ],
  state: [{ name: 'value', type: 'number', initial: { prop: 'defaultValue' }, description: 'The rating, 0 while none is chosen.' }],
  markup: {
    tag: 'fieldset',
    children: [
      { tag: 'legend', class: 'text-sm font-semibold leading-6 text-gray-900', children: [{ text: { prop: 'legend' } }] },
      {
        tag: 'div',
        class: 'mt-1 flex flex-wrap items-center gap-x-3 gap-y-1',
        children: [
          {
            tag: 'div',
            class: 'relative flex gap-1',
            children: [
              {
                each: { prop: 'options' },
                as: 'option',
                key: 'value',
                children: [
                  {
                    tag: 'span',
                    children: [
                      {
                        tag: 'input',
                        attrs: { type: 'radio' },
                        class: 'peer sr-only',
                        bind: { id: radioId, name: { prop: 'name' }, value: option('value'), checked: { when: chosen, then: true, else: false } },
                        on: [{ event: 'change', do: [{ set: 'value', to: option('value') }, { call: 'onValueChange', with: option('value') }] }],
                      },
                      {
                        tag: 'label',
                        class: `block cursor-pointer rounded-md p-0.5 text-gray-500 transition-colors hover:text-amber-600 ${PEER_FOCUS_RING}`,
                        bind: { for: radioId, title: option('label') },
                        children: [
                          starIcon(),
                          { tag: 'span', class: 'sr-only', children: [{ text: { concat: [option('value'), ' of 5 stars, ', option('label')] } }] },
                        ],
                      },
                    ],
                  },
                ],
              },
              {
                tag: 'div',
                attrs: { 'aria-hidden': 'true' },
                class: 'pointer-events-none absolute inset-y-0 left-0 flex gap-1 overflow-hidden motion-safe:transition-[width]',
                classWhen: WIDTHS.map((cls, n) => ({ when: { ref: { state: 'value' }, is: n }, class: cls })),
                children: [
                  {
                    each: { prop: 'options' },
                    as: 'filled',
                    key: 'value',
                    children: [{ tag: 'span', class: 'block shrink-0 p-0.5 text-amber-600', children: [starIcon('fill-amber-400')] }],
                  },
                ],
              },
            ],
          },
          {
            tag: 'p',
            attrs: { 'aria-hidden': 'true' },
            class: 'text-sm font-medium text-gray-700',
            children: [
              {
                if: { ref: { state: 'value' }, is: 0 },
                then: [{ tag: 'span', children: [{ text: 'No rating yet' }] }],
                else: [{ tag: 'span', children: [{ text: { concat: [{ state: 'value' }, ' out of 5'] } }] }],
              },
            ],
          },
        ],
      },
    ],
  },
};
