import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

export const blogPostCard: LibraryComponent = {
  name: 'BlogPostCard',
  type: 'molecule',
  category: 'card',
  variant: 'article',
  tags: ['blog', 'blog-post', 'article', 'post', 'news', 'story', 'card', 'excerpt', 'author', 'publication', 'journal', 'teaser'],
  description: 'A blog post teaser: a cover image (or a soft gradient), a category label, the post title linking to the post, a three-line excerpt, and the author with the publication date and reading time.',
  a11y: [
    'An <article> whose title is a heading (h3) holding the only link to the post, so the link text is the post\'s title and there is no duplicate "Read more".',
    'The date is a <time datetime> element, so machines read the ISO date while people read the formatted one; the dot between date and reading time is aria-hidden.',
    'The cover takes alt text from imageAlt (empty by default: the title already says what the post is); the author\'s initials are aria-hidden because the name follows.',
    'gray-900, gray-700 and gray-600 on white and gray-100 pass AA; the title link has a focus ring.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'How we cut our design review time in half', description: 'The post\'s title.' },
    { name: 'href', type: 'string', default: '/blog/design-review-time', description: 'The post\'s URL.' },
    { name: 'excerpt', type: 'string', default: 'Async comments, smaller pull requests and a shared checklist: three changes that turned week-long review rounds into same-day feedback.', description: 'The opening lines or a summary; cut to three lines.' },
    { name: 'category', type: 'string', default: 'Process', description: 'The post\'s section or topic.' },
    { name: 'author', type: 'string', default: 'Lena Fischer', description: 'Who wrote it.' },
    { name: 'authorInitials', type: 'string', default: 'LF', description: 'The author\'s initials, shown as an avatar.' },
    { name: 'date', type: 'string', default: 'Mar 16, 2025', description: 'The publication date as people read it.' },
    { name: 'dateTime', type: 'string', default: '2025-03-16', description: 'The same date in ISO 8601, for the datetime attribute.' },
    { name: 'readingTime', type: 'string', default: '6 min read', description: 'How long the post takes to read.' },
    { name: 'imageSrc', type: 'string', default: '', description: 'The cover image\'s URL; a gradient is shown when empty.' },
    { name: 'imageAlt', type: 'string', default: '', description: 'What the cover shows, when it adds to the title.' },
  ],
  markup: {
    tag: 'article',
    class: 'flex w-full max-w-md flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-gray-200',
    children: [
      {
        if: { ref: { prop: 'imageSrc' } },
        then: [{ tag: 'img', class: 'aspect-video w-full bg-gray-100 object-cover', bind: { src: { prop: 'imageSrc' }, alt: { prop: 'imageAlt' } } }],
        else: [{ tag: 'div', class: 'aspect-video w-full bg-gradient-to-br from-blue-100 via-indigo-100 to-purple-200' }],
      },
      {
        tag: 'div',
        class: 'flex flex-1 flex-col p-6',
        children: [
          {
            tag: 'p',
            class: 'self-start rounded-full bg-gray-100 px-2.5 py-1 text-xs font-medium text-gray-700',
            children: [{ text: { prop: 'category' } }],
          },
          {
            tag: 'h3',
            class: 'mt-3 text-lg font-semibold leading-6 text-gray-900',
            children: [{ tag: 'a', class: `rounded-sm hover:text-gray-700 hover:underline ${FOCUS_RING}`, bind: { href: { prop: 'href' } }, children: [{ text: { prop: 'title' } }] }],
          },
          { tag: 'p', class: 'mt-3 line-clamp-3 flex-1 text-sm leading-6 text-gray-600', children: [{ text: { prop: 'excerpt' } }] },
          {
            tag: 'div',
            class: 'mt-6 flex items-center gap-x-3',
            children: [
              {
                tag: 'span',
                attrs: { 'aria-hidden': 'true' },
                class: 'flex h-10 w-10 flex-none items-center justify-center rounded-full bg-gray-100 text-sm font-semibold text-gray-700',
                children: [{ text: { prop: 'authorInitials' } }],
              },
              {
                tag: 'div',
                class: 'text-sm leading-6',
                children: [
                  { tag: 'p', class: 'font-semibold text-gray-900', children: [{ text: { prop: 'author' } }] },
                  {
                    tag: 'p',
                    class: 'flex flex-wrap items-center gap-x-2 text-gray-600',
                    children: [
                      { tag: 'time', bind: { datetime: { prop: 'dateTime' } }, children: [{ text: { prop: 'date' } }] },
                      { tag: 'span', attrs: { 'aria-hidden': 'true' }, children: [{ text: '·' }] },
                      { tag: 'span', children: [{ text: { prop: 'readingTime' } }] },
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
