import type { LibraryComponent } from '../types';

const size = (is: string) => ({ ref: { prop: 'size' }, is });
const boxes = [
  { when: size('sm'), class: 'h-8 w-8' },
  { when: size('md'), class: 'h-10 w-10' },
  { when: size('lg'), class: 'h-14 w-14' },
];
const letters = [
  { when: size('sm'), class: 'h-8 w-8 text-xs' },
  { when: size('md'), class: 'h-10 w-10 text-sm' },
  { when: size('lg'), class: 'h-14 w-14 text-lg' },
];

export const avatar: LibraryComponent = {
  name: 'Avatar',
  type: 'atom',
  category: 'avatar',
  variant: 'initials',
  tags: ['avatar', 'profile-picture', 'user', 'person', 'initials', 'photo', 'account', 'image', 'profile', 'member'],
  description: 'A round picture of a person: their photo when there is one, else their initials on a coloured circle, in three sizes.',
  a11y: [
    'With a photo: an <img> whose alt is the person\'s name. Without: the initials in a role="img" element named by aria-label, so both read as the name and never as letters.',
    'White on blue-700 passes AA for the initials (6.7:1).',
    'Set decorative when the name is already written next to the avatar: the image gets alt="" (the initials aria-hidden) and is not read twice.',
    'Not interactive: wrap it in a link or button (with its own name) when it opens a profile or a menu.',
  ],
  props: [
    { name: 'name', type: 'string', default: 'Maya Patel', description: 'The person\'s full name: the image\'s text alternative.' },
    { name: 'initials', type: 'string', default: 'MP', description: 'One to two letters shown when there is no photo.' },
    { name: 'src', type: 'string', description: 'The photo\'s URL; the initials show when it is empty.' },
    { name: 'size', type: 'enum', values: ['sm', 'md', 'lg'], default: 'md', description: '32, 40 or 56 pixels across.' },
    { name: 'decorative', type: 'boolean', default: false, description: 'The name is written beside it: hide the avatar from assistive technology.' },
  ],
  markup: {
    tag: 'span',
    class: 'inline-flex shrink-0',
    children: [
      {
        if: { ref: { prop: 'src' } },
        then: [
          {
            tag: 'img',
            class: 'inline-block rounded-full bg-gray-100 object-cover ring-2 ring-white',
            classWhen: boxes,
            bind: { src: { prop: 'src' }, alt: { when: { ref: { prop: 'decorative' } }, then: '', else: { prop: 'name' } } },
          },
        ],
        else: [
          {
            tag: 'span',
            attrs: { role: 'img' },
            class: 'inline-flex select-none items-center justify-center rounded-full bg-blue-700 font-medium uppercase leading-none text-white ring-2 ring-white',
            classWhen: letters,
            bind: { 'aria-label': { prop: 'name' }, 'aria-hidden': { when: { ref: { prop: 'decorative' } }, then: true } },
            children: [{ text: { prop: 'initials' } }],
          },
        ],
      },
    ],
  },
};
