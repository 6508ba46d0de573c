import type { Condition, LibraryComponent } from '../types';
import { FOCUS_RING, ICON_PATHS, icon } from './styles';

/** Heroicons envelope and plus (24px outline). */
const ENVELOPE = 'M21.75 6.75v10.5a2.25 2.25 0 0 1-2.25 2.25h-15a2.25 2.25 0 0 1-2.25-2.25V6.75m19.5 0A2.25 2.25 0 0 0 19.5 4.5h-15a2.25 2.25 0 0 0-2.25 2.25m19.5 0v.243a2.25 2.25 0 0 1-1.07 1.916l-7.5 4.615a2.25 2.25 0 0 1-2.36 0L3.32 8.91a2.25 2.25 0 0 1-1.07-1.916V6.75';
const PLUS = 'M12 4.5v15m7.5-7.5h-15';

const following: Condition = { ref: { state: 'following' } };
const actionButton = `inline-flex flex-1 items-center justify-center gap-x-1.5 rounded-md px-3.5 py-2 text-sm font-semibold shadow-sm ${FOCUS_RING}`;

export const profileCard: LibraryComponent = {
  name: 'ProfileCard',
  type: 'molecule',
  category: 'card',
  variant: 'profile',
  tags: ['profile', 'profile-card', 'user', 'person', 'member', 'team', 'author', 'avatar', 'bio', 'contact', 'follow', 'people'],
  description: 'A person\'s card: a round photo (or their initials), name, job title and a short bio, with an Email link and a Follow toggle button; the buttons stack on phones.',
  a11y: [
    'The name is a heading; the photo and the initials are decorative (alt="" and aria-hidden) because the name is right below them.',
    'Follow is a toggle button: its label stays "Follow" and aria-pressed says whether you follow, while the filled or outlined look and the plus or check icon show it to sighted users (not colour alone).',
    'Email is a real mailto: link; both actions add the person\'s name in visually hidden text ("Follow, Priya Raman"), so a page of cards has distinct controls.',
    'gray-900 and gray-600 on white, blue-800 on blue-100, and white on blue-600 pass AA; both actions have focus rings.',
  ],
  props: [
    { name: 'name', type: 'string', default: 'Priya Raman', description: 'The person\'s name.' },
    { name: 'jobTitle', type: 'string', default: 'Staff Product Designer', description: 'Their role or title.' },
    { name: 'bio', type: 'string', default: 'Designs accessible dashboards and the systems behind them. Previously at a public-sector design team.', description: 'One or two sentences about them.' },
    { name: 'avatarSrc', type: 'string', default: '', description: 'The photo\'s URL; their initials are shown when empty.' },
    { name: 'initials', type: 'string', default: 'PR', description: 'Shown in place of a photo.' },
    { name: 'email', type: 'string', default: 'priya@example.com', description: 'The address the Email link writes to.' },
    { name: 'defaultFollowing', type: 'boolean', default: false, description: 'Whether the viewer already follows them.' },
    { name: 'onFollowingChange', type: 'callback', arg: { name: 'following', type: 'boolean' }, description: 'Called with the new state after Follow is pressed.' },
  ],
  state: [{ name: 'following', type: 'boolean', initial: { prop: 'defaultFollowing' }, description: 'Whether the viewer follows this person.' }],
  markup: {
    tag: 'div',
    class: 'flex w-full max-w-sm flex-col items-center rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-gray-200',
    children: [
      {
        if: { ref: { prop: 'avatarSrc' } },
        then: [{ tag: 'img', attrs: { alt: '' }, class: 'h-24 w-24 rounded-full bg-gray-100 object-cover', bind: { src: { prop: 'avatarSrc' } } }],
        else: [
          {
            tag: 'span',
            attrs: { 'aria-hidden': 'true' },
            class: 'flex h-24 w-24 items-center justify-center rounded-full bg-blue-100 text-2xl font-semibold text-blue-800',
            children: [{ text: { prop: 'initials' } }],
          },
        ],
      },
      { tag: 'h3', class: 'mt-4 text-lg font-semibold text-gray-900', children: [{ text: { prop: 'name' } }] },
      { tag: 'p', class: 'text-sm font-medium text-gray-600', children: [{ text: { prop: 'jobTitle' } }] },
      { tag: 'p', class: 'mt-3 text-sm leading-6 text-gray-600', children: [{ text: { prop: 'bio' } }] },
      {
        tag: 'div',
        class: 'mt-6 flex w-full flex-col gap-3 sm:flex-row',
        children: [
          {
            tag: 'a',
            class: `${actionButton} bg-white text-gray-900 ring-1 ring-inset ring-gray-300 hover:bg-gray-50`,
            bind: { href: { concat: ['mailto:', { prop: 'email' }] } },
            children: [
              icon(ENVELOPE, '-ml-0.5 h-5 w-5 text-gray-500'),
              { text: 'Email' },
              { tag: 'span', class: 'sr-only', children: [{ text: { concat: [', ', { prop: 'name' }] } }] },
            ],
          },
          {
            tag: 'button',
            attrs: { type: 'button' },
            class: actionButton,
            classWhen: [
              { when: following, class: 'bg-white text-blue-700 ring-1 ring-inset ring-blue-600 hover:bg-blue-50' },
              { when: { ...following, not: true }, class: 'bg-blue-600 text-white hover:bg-blue-700' },
            ],
            bind: { 'aria-pressed': { state: 'following' } },
            on: [{ event: 'click', do: [{ toggle: 'following' }, { call: 'onFollowingChange', with: { state: 'following' } }] }],
            children: [
              { if: following, then: [icon(ICON_PATHS.check, '-ml-0.5 h-5 w-5')], else: [icon(PLUS, '-ml-0.5 h-5 w-5')] },
              { text: 'Follow' },
              { tag: 'span', class: 'sr-only', children: [{ text: { concat: [', ', { prop: 'name' }] } }] },
            ],
          },
        ],
      },
    ],
  },
};
