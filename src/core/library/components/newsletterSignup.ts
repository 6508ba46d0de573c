import type { LibraryComponent } from '../types';
import { FOCUS_RING } from './styles';

const idWith = (suffix: string) => ({ concat: [{ prop: 'id' }, suffix] });

export const newsletterSignup: LibraryComponent = {
  name: 'NewsletterSignup',
  type: 'organism',
  category: 'cta',
  variant: 'newsletter',
  tags: [
    'newsletter', 'subscribe', 'subscription', 'email-capture', 'mailing-list', 'signup', 'opt-in',
    'updates', 'marketing', 'lead-generation', 'cta', 'inline-form',
  ],
  description:
    'A newsletter call to action on a tinted panel: heading and pitch on the left, an inline email field with a subscribe button on the right (stacked on phones), a privacy note with a link, and a confirmation announced after subscribing.',
  a11y: [
    'A <section> named by its <h2>; the <form> is named by the same heading.',
    'The email field has a real <label for> (visually hidden: the heading and placeholder say what it is for), type="email", autocomplete="email" and required, so onSubscribe only runs with a plausible address.',
    'The confirmation is written into a role="status" region that is always on the page, so screen readers announce it; green-800 on gray-50 passes AA.',
    'The privacy link is underlined, not only coloured; every control has a visible focus ring.',
    'Still to do where it is used: handle a failed subscription (an error message with role="alert"), and confirm double opt-in by email if the law where you send requires it.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Get product updates in your inbox', description: 'The heading.' },
    { name: 'text', type: 'string', default: 'One email a month with new features, tips from our team and the occasional behind-the-scenes story. No spam.', description: 'Why subscribe.' },
    { name: 'emailLabel', type: 'string', default: 'Email address', description: 'The email field\'s accessible label (visually hidden).' },
    { name: 'placeholder', type: 'string', default: 'you@example.com', description: 'An example address shown in the empty field.' },
    { name: 'submitLabel', type: 'string', default: 'Subscribe', description: 'The button\'s text.' },
    { name: 'privacyNote', type: 'string', default: 'We care about your data. Unsubscribe at any time; read our', description: 'The line under the form, before the privacy link.' },
    { name: 'privacyLabel', type: 'string', default: 'privacy policy', description: 'The privacy link\'s text.' },
    { name: 'privacyHref', type: 'string', default: '/privacy', description: 'Where the privacy policy is.' },
    { name: 'successMessage', type: 'string', default: 'Thanks! Check your inbox to confirm your subscription.', description: 'Announced and shown after subscribing.' },
    { name: 'id', type: 'string', default: 'newsletter', description: 'An id unique on the page; the heading\'s and field\'s ids derive from it.' },
    { name: 'onSubscribe', type: 'callback', arg: { name: 'email', type: 'string' }, description: 'Called with the email address when the form is submitted and the address is valid.' },
  ],
  state: [
    { name: 'email', type: 'string', initial: '', description: 'The address typed so far.' },
    { name: 'subscribed', type: 'boolean', initial: false, description: 'Whether the form was submitted (the confirmation shows).' },
  ],
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
            class: 'rounded-3xl bg-gray-50 px-6 py-10 ring-1 ring-gray-200 sm:px-12 sm:py-16 lg:grid lg:grid-cols-12 lg:items-center lg:gap-x-10',
            children: [
              {
                tag: 'div',
                class: 'lg:col-span-7',
                children: [
                  { tag: 'h2', class: 'text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
                  { tag: 'p', class: 'mt-4 max-w-xl text-lg leading-8 text-gray-600', children: [{ text: { prop: 'text' } }] },
                ],
              },
              {
                tag: 'div',
                class: 'mt-8 lg:col-span-5 lg:mt-0',
                children: [
                  {
                    tag: 'form',
                    bind: { 'aria-labelledby': idWith('-title') },
                    on: [{ event: 'submit', prevent: true, do: [{ set: 'subscribed', to: true }, { call: 'onSubscribe', with: { state: 'email' } }] }],
                    children: [
                      {
                        tag: 'div',
                        class: 'flex flex-col gap-3 sm:flex-row',
                        children: [
                          { tag: 'label', class: 'sr-only', bind: { for: idWith('-email') }, children: [{ text: { prop: 'emailLabel' } }] },
                          {
                            tag: 'input',
                            attrs: { type: 'email', name: 'email', autocomplete: 'email', required: true },
                            class: `min-w-0 flex-auto rounded-md border-0 bg-white px-3.5 py-2 text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 placeholder:text-gray-500 focus:ring-2 focus:ring-inset focus:ring-blue-600 sm:text-sm sm:leading-6 ${FOCUS_RING}`,
                            bind: { id: idWith('-email'), placeholder: { prop: 'placeholder' } },
                            on: [{ event: 'input', do: [{ set: 'email', to: { event: 'value' } }] }],
                          },
                          {
                            tag: 'button',
                            attrs: { type: 'submit' },
                            class: `flex-none rounded-md bg-blue-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 ${FOCUS_RING}`,
                            children: [{ text: { prop: 'submitLabel' } }],
                          },
                        ],
                      },
                      {
                        tag: 'p',
                        class: 'mt-4 text-sm leading-6 text-gray-600',
                        children: [
                          { text: { prop: 'privacyNote' } },
                          { text: ' ' },
                          { tag: 'a', class: `rounded-sm font-semibold text-blue-700 underline hover:text-blue-800 ${FOCUS_RING}`, bind: { href: { prop: 'privacyHref' } }, children: [{ text: { prop: 'privacyLabel' } }] },
                          { text: '.' },
                        ],
                      },
                    ],
                  },
                  {
                    tag: 'p',
                    attrs: { role: 'status' },
                    class: 'mt-3 text-sm font-medium text-green-800',
                    children: [{ if: { ref: { state: 'subscribed' } }, then: [{ text: { prop: 'successMessage' } }] }],
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
