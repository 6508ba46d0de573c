import type { Condition, LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const selected: Condition = { ref: { state: 'selectedIndex' }, is: { index: 'i' } };
const unselected: Condition = { ...selected, not: true };
const idOf = (part: string) => ({ concat: [{ prop: 'id' }, part, { index: 'i' }] });

export const tabs: LibraryComponent = {
  name: 'Tabs',
  type: 'molecule',
  category: 'tabs',
  variant: 'underline',
  tags: ['tabs', 'tab-bar', 'tablist', 'tab-panel', 'segmented', 'sections', 'switcher', 'underline', 'settings'],
  description: 'A row of underlined tabs above one panel of content: choosing a tab shows its panel and hides the others; the row scrolls sideways on narrow screens.',
  a11y: [
    'WAI-ARIA tabs: a role="tablist" (named by label) of <button role="tab"> elements with aria-selected and aria-controls, each panel a role="tabpanel" labelled by its tab.',
    'Hidden panels stay in the page with the hidden attribute, so every aria-controls points at an element that exists.',
    'Each panel is focusable (tabindex="0"), so keyboard users reach text-only content right after the tab list.',
    'The selected tab is marked by an underline, not by colour alone; blue-700 and gray-600 on white pass AA.',
    'Every tab stays in the Tab order and Enter/Space selects it. The pattern\'s roving tabindex (arrow keys, Home, End moving focus between tabs) needs focus movement and index arithmetic that the library\'s representation cannot express: add it where the component is used if you want it, and only then set tabindex="-1" on the unselected tabs.',
  ],
  props: [
    {
      name: 'tabs',
      type: 'list',
      of: { label: 'string', content: 'string' },
      default: [
        { label: 'Account', content: 'Update your name, email address and profile photo. Changes apply everywhere you are signed in.' },
        { label: 'Notifications', content: 'Choose which emails you receive: weekly summaries, mentions, and security alerts.' },
        { label: 'Billing', content: 'Your plan renews on 1 June. Download past invoices or change the card on file.' },
      ],
      description: 'The tabs: each label and the text of its panel.',
    },
    { name: 'label', type: 'string', default: 'Account settings', description: 'The tab list\'s accessible name (what the tabs switch between).' },
    { name: 'defaultIndex', type: 'number', default: 0, description: 'The tab selected at first (0-based).' },
    { name: 'id', type: 'string', default: 'settings-tabs', description: 'An id unique on the page; the tabs\' and panels\' ids derive from it.' },
    { name: 'onSelectedIndexChange', type: 'callback', arg: { name: 'index', type: 'number' }, description: 'Called with the index of the tab just selected.' },
  ],
  state: [{ name: 'selectedIndex', type: 'number', initial: { prop: 'defaultIndex' }, description: 'The selected tab (0-based).' }],
  markup: {
    tag: 'div',
    class: 'w-full',
    children: [
      {
        tag: 'div',
        class: 'border-b border-gray-200',
        children: [
          {
            tag: 'div',
            attrs: { role: 'tablist' },
            class: '-mb-px flex gap-x-6 overflow-x-auto sm:gap-x-8',
            bind: { 'aria-label': { prop: 'label' } },
            children: [
              {
                each: { prop: 'tabs' },
                as: 'tab',
                index: 'i',
                key: 'label',
                children: [
                  {
                    tag: 'button',
                    attrs: { type: 'button', role: 'tab' },
                    class: `shrink-0 whitespace-nowrap rounded-t-sm border-b-2 px-1 py-3 text-sm font-medium ${FOCUS_RING}`,
                    classWhen: [
                      { when: selected, class: 'border-blue-600 text-blue-700' },
                      { when: unselected, class: 'border-transparent text-gray-600 hover:border-gray-300 hover:text-gray-900' },
                    ],
                    bind: {
                      id: idOf('-tab-'),
                      'aria-controls': idOf('-panel-'),
                      'aria-selected': { when: selected, then: true, else: false },
                    },
                    on: [{ event: 'click', do: [{ set: 'selectedIndex', to: { index: 'i' } }, { call: 'onSelectedIndexChange', with: { index: 'i' } }] }],
                    children: [{ text: { item: 'tab', field: 'label' } }],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        each: { prop: 'tabs' },
        as: 'tab',
        index: 'i',
        key: 'label',
        children: [
          {
            tag: 'div',
            attrs: { role: 'tabpanel', tabindex: '0' },
            class: `rounded-sm py-4 text-sm leading-6 text-gray-700 sm:py-6 ${FOCUS_RING}`,
            bind: {
              id: idOf('-panel-'),
              'aria-labelledby': idOf('-tab-'),
              hidden: { when: unselected, then: true, else: false },
            },
            children: [{ tag: 'p', children: [{ text: { item: 'tab', field: 'content' } }] }],
          },
        ],
      },
    ],
  },
};
