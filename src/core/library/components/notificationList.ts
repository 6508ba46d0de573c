import type { Condition, LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const unread: Condition = { ref: { item: 'notification', field: 'unread' } };
const titleId = { concat: [{ prop: 'id' }, '-title'] };

export const notificationList: LibraryComponent = {
  name: 'NotificationList',
  type: 'molecule',
  category: 'list',
  variant: 'notifications',
  tags: ['notifications', 'notification-list', 'inbox', 'activity', 'alerts', 'feed', 'unread', 'mark-as-read', 'updates', 'bell', 'messages'],
  description: 'A notifications panel: a heading with a "Mark all as read" button over a list of notifications, each with a linked title, a line of detail and how long ago it came; unread ones have a dot, a tint and a bolder title. Controlled: the parent owns the read state.',
  a11y: [
    'A <section> labelled by its heading; the notifications are a real list, each title a link to what it is about.',
    'Unread is said in words: the link starts with visually hidden "Unread:", and the dot, the tint and the bolder title repeat it for sighted users (never colour alone).',
    'Times are <time datetime> elements. gray-900, gray-700 and gray-600 on white and on blue-50, and the blue-700 button, pass AA.',
    '"Mark all as read" only reports the press (onMarkAllRead): update the items\' unread fields in the parent, and announce the result if it matters ("All caught up" in a polite live region). The list is not a live region: announce new arrivals elsewhere (a Toast, or a count on the bell button).',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Notifications', description: 'The panel\'s heading.' },
    {
      name: 'notifications',
      type: 'list',
      of: { id: 'string', title: 'string', body: 'string', time: 'string', dateTime: 'string', href: 'string', unread: 'boolean' },
      default: [
        { id: 'n1', title: 'Sofia Alvarez commented on Homepage hero', body: '"Can we try the darker variant on mobile?"', time: '5 min ago', dateTime: '2025-03-16T09:55', href: '/inbox/n1', unread: true },
        { id: 'n2', title: 'Your export is ready', body: 'brand-assets.zip (24 MB) can be downloaded for 7 days.', time: '1 hour ago', dateTime: '2025-03-16T09:00', href: '/inbox/n2', unread: true },
        { id: 'n3', title: 'Daniel Kim invited you to Mobile app', body: 'You can now view and comment on every file in the project.', time: 'Yesterday', dateTime: '2025-03-15T16:20', href: '/inbox/n3', unread: false },
      ],
      description: 'The notifications, newest first: a stable id, a title, one line of detail, the time as read and in ISO 8601, a link, and whether it is unread.',
    },
    { name: 'markAllLabel', type: 'string', default: 'Mark all as read', description: 'The button\'s text.' },
    { name: 'id', type: 'string', default: 'notifications', description: 'An id unique on the page; the heading\'s id derives from it.' },
    { name: 'onMarkAllRead', type: 'callback', description: 'Called when "Mark all as read" is pressed: clear every item\'s unread flag.' },
  ],
  markup: {
    tag: 'section',
    class: 'w-full max-w-md overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-gray-200',
    bind: { 'aria-labelledby': titleId },
    children: [
      {
        tag: 'div',
        class: 'flex items-center justify-between gap-4 border-b border-gray-200 px-4 py-3 sm:px-5',
        children: [
          { tag: 'h2', class: 'text-base font-semibold text-gray-900', bind: { id: titleId }, children: [{ text: { prop: 'title' } }] },
          {
            tag: 'button',
            attrs: { type: 'button' },
            class: `rounded-sm text-sm font-medium text-blue-700 hover:text-blue-800 hover:underline ${FOCUS_RING}`,
            on: [{ event: 'click', do: [{ call: 'onMarkAllRead' }] }],
            children: [{ text: { prop: 'markAllLabel' } }],
          },
        ],
      },
      {
        tag: 'ul',
        class: 'divide-y divide-gray-200',
        children: [
          {
            each: { prop: 'notifications' },
            as: 'notification',
            key: 'id',
            children: [
              {
                tag: 'li',
                class: 'flex gap-x-3 px-4 py-4 sm:px-5',
                classWhen: [{ when: unread, class: 'bg-blue-50' }],
                children: [
                  {
                    tag: 'span',
                    class: 'mt-1.5 flex h-2.5 w-2.5 flex-none',
                    children: [{ if: unread, then: [{ tag: 'span', class: 'h-2.5 w-2.5 rounded-full bg-blue-600' }] }],
                  },
                  {
                    tag: 'div',
                    class: 'min-w-0 flex-1',
                    children: [
                      {
                        tag: 'a',
                        class: `rounded-sm text-sm text-gray-900 hover:underline ${FOCUS_RING}`,
                        classWhen: [
                          { when: unread, class: 'font-semibold' },
                          { when: { ...unread, not: true }, class: 'font-medium' },
                        ],
                        bind: { href: { item: 'notification', field: 'href' } },
                        children: [
                          { if: unread, then: [{ tag: 'span', class: 'sr-only', children: [{ text: 'Unread: ' }] }] },
                          { text: { item: 'notification', field: 'title' } },
                        ],
                      },
                      { tag: 'p', class: 'mt-1 text-sm text-gray-700', children: [{ text: { item: 'notification', field: 'body' } }] },
                      {
                        tag: 'time',
                        class: 'mt-1 block text-xs text-gray-600',
                        bind: { datetime: { item: 'notification', field: 'dateTime' } },
                        children: [{ text: { item: 'notification', field: 'time' } }],
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
