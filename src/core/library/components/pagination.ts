import type { Condition, LibraryComponent } from '../types';
import { FOCUS_RING, icon } from './styles';

/** Heroicons chevron-left and chevron-right (24px outline). */
const CHEVRON_LEFT = 'M15.75 19.5 8.25 12l7.5-7.5';
const CHEVRON_RIGHT = 'm8.25 4.5 7.5 7.5-7.5 7.5';

const current: Condition = { ref: { item: 'pageNumber' }, is: { prop: 'page' } };
const stepButton = `inline-flex items-center gap-x-1.5 rounded-md px-3 py-2 text-sm font-semibold text-gray-700 ring-1 ring-inset ring-gray-300 hover:bg-gray-50 disabled:cursor-not-allowed disabled:text-gray-400 disabled:hover:bg-transparent ${FOCUS_RING}`;

export const pagination: LibraryComponent = {
  name: 'Pagination',
  type: 'molecule',
  category: 'pagination',
  variant: 'numbered',
  tags: ['pagination', 'pager', 'pages', 'page-numbers', 'paging', 'next', 'previous', 'navigation', 'results'],
  description: 'Numbered pagination for a list of results: Previous and Next buttons (disabled on the first and last page) around buttons for the page numbers, the current one highlighted; on narrow screens the numbers give way to "Page 3 of 10". A controlled component: the parent holds the page and updates it from the callbacks.',
  a11y: [
    'A <nav> landmark named by label; the page numbers are a list of <button>s named "Page N", the current one marked aria-current="page" and filled, not only coloured.',
    'Previous and Next are native buttons, disabled (so out of the Tab order) on the first and last page; their arrows are decorative.',
    'Below the sm breakpoint the numbers are hidden from everyone and "Page N of M" is shown instead.',
    'The parent must move the page: onPageChange reports a chosen number, onPreviousPage and onNextPage ask for one step (the representation has no arithmetic), and it must pass a window of page numbers that contains the current page.',
    'After the page changes, move focus to the top of the new results (or their heading) so keyboard and screen reader users are not left at the bottom; this matters most when Previous or Next has just become disabled under focus, which drops focus to the page.',
  ],
  props: [
    { name: 'page', type: 'number', default: 3, description: 'The current page, counted from 1.' },
    { name: 'pageCount', type: 'number', default: 10, description: 'How many pages there are; Next is disabled on the last.' },
    { name: 'pages', type: 'list', of: 'number', default: [1, 2, 3, 4, 5], description: 'The page numbers to show as buttons: a window around the current page for long lists.' },
    { name: 'label', type: 'string', default: 'Pagination', description: 'The navigation landmark\'s accessible name (say which results when a page has several).' },
    { name: 'previousLabel', type: 'string', default: 'Previous', description: 'The Previous button\'s text.' },
    { name: 'nextLabel', type: 'string', default: 'Next', description: 'The Next button\'s text.' },
    { name: 'onPageChange', type: 'callback', arg: { name: 'page', type: 'number' }, description: 'Called with the page number pressed.' },
    { name: 'onPreviousPage', type: 'callback', description: 'Called when Previous is pressed: show page - 1.' },
    { name: 'onNextPage', type: 'callback', description: 'Called when Next is pressed: show page + 1.' },
  ],
  markup: {
    tag: 'nav',
    class: 'flex w-full items-center justify-between gap-x-4 border-t border-gray-200 pt-4',
    bind: { 'aria-label': { prop: 'label' } },
    children: [
      {
        tag: 'button',
        attrs: { type: 'button' },
        class: stepButton,
        bind: { disabled: { when: { ref: { prop: 'page' }, is: 1 }, then: true, else: false } },
        on: [{ event: 'click', do: [{ call: 'onPreviousPage' }] }],
        children: [icon(CHEVRON_LEFT, '-ml-0.5 h-5 w-5'), { text: { prop: 'previousLabel' } }],
      },
      {
        tag: 'p',
        class: 'text-sm text-gray-700 sm:hidden',
        children: [{ text: { concat: ['Page ', { prop: 'page' }, ' of ', { prop: 'pageCount' }] } }],
      },
      {
        tag: 'ul',
        class: 'hidden items-center gap-x-1 sm:flex',
        children: [
          {
            each: { prop: 'pages' },
            as: 'pageNumber',
            children: [
              {
                tag: 'li',
                children: [
                  {
                    tag: 'button',
                    attrs: { type: 'button' },
                    class: `inline-flex h-9 min-w-[2.25rem] items-center justify-center rounded-md px-3 text-sm font-semibold ${FOCUS_RING}`,
                    classWhen: [
                      { when: current, class: 'bg-blue-600 text-white shadow-sm hover:bg-blue-700' },
                      { when: { ...current, not: true }, class: 'text-gray-700 hover:bg-gray-100' },
                    ],
                    bind: {
                      'aria-label': { concat: ['Page ', { item: 'pageNumber' }] },
                      'aria-current': { when: current, then: 'page' },
                    },
                    on: [{ event: 'click', do: [{ call: 'onPageChange', with: { item: 'pageNumber' } }] }],
                    children: [{ text: { item: 'pageNumber' } }],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        tag: 'button',
        attrs: { type: 'button' },
        class: stepButton,
        bind: { disabled: { when: { ref: { prop: 'page' }, is: { prop: 'pageCount' } }, then: true, else: false } },
        on: [{ event: 'click', do: [{ call: 'onNextPage' }] }],
        children: [{ text: { prop: 'nextLabel' } }, icon(CHEVRON_RIGHT, '-mr-0.5 h-5 w-5')],
      },
    ],
  },
};
