import type { LibraryComponent } from '../types';
import { idWith, labelledControl } from './forms';
import { FOCUS_RING, icon } from './styles';

const sent = { ref: { state: 'sent' } };

/** Heroicons' check-circle (24px outline). */
const CHECK_CIRCLE = 'M9 12.75 11.25 15 15 9.75M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z';


export const contactForm: LibraryComponent = {
  name: 'ContactForm',
  type: 'organism',
  category: 'form',
  variant: 'contact',
  tags: [
    'contact', 'contact-us', 'contact-form', 'get-in-touch', 'enquiry', 'inquiry', 'message', 'feedback',
    'support', 'email', 'subject', 'textarea', 'form',
  ],
  description:
    'A contact page section: heading and intro, then name, email, a subject select and a message textarea in a two-column form; after sending, the form gives way to a thank-you message announced to screen readers, with a button to write another.',
  a11y: [
    'A <section> named by its <h2>; the <form> is named by the same heading.',
    'Every field has a visible <label for>; name and email carry autocomplete; name, email and message are required natively (the subject always has a value), so onSend runs only once the browser\'s validation passed.',
    'The subject is a native <select> and the message a <textarea>: keyboard and screen-reader support come with them.',
    'The thank-you message appears inside a role="status" region that is always on the page, so it is announced politely; it is text with an icon, and green-800 on green-50 passes AA.',
    'Still to do where it is used: the form is removed on sending, so move focus to the thank-you message or the "Send another message" button; if sending fails, keep the form and show the error (role="alert").',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Get in touch', description: 'The section heading.' },
    { name: 'intro', type: 'string', default: 'Questions about pricing, a demo for your team or a problem with your account? Write to us and we will get back to you.', description: 'A sentence or two under the heading.' },
    { name: 'nameLabel', type: 'string', default: 'Name', description: 'The name field\'s label.' },
    { name: 'emailLabel', type: 'string', default: 'Email', description: 'The email field\'s label.' },
    { name: 'subjectLabel', type: 'string', default: 'Subject', description: 'The subject select\'s label.' },
    { name: 'messageLabel', type: 'string', default: 'Message', description: 'The message field\'s label.' },
    { name: 'subjects', type: 'list', of: 'string', default: ['General question', 'Sales and pricing', 'Technical support', 'Billing', 'Press'], description: 'The subject options; the first is selected at first.' },
    { name: 'submitLabel', type: 'string', default: 'Send message', description: 'The submit button\'s text.' },
    { name: 'successTitle', type: 'string', default: 'Thanks, your message is on its way.', description: 'The first line shown after sending.' },
    { name: 'successMessage', type: 'string', default: 'We usually reply within one working day.', description: 'What happens next.' },
    { name: 'againLabel', type: 'string', default: 'Send another message', description: 'The button that brings the form back.' },
    { name: 'id', type: 'string', default: 'contact', description: 'An id unique on the page; the heading\'s and fields\' ids derive from it.' },
    { name: 'onNameChange', type: 'callback', arg: { name: 'name', type: 'string' }, description: 'Called with the name on every edit.' },
    { name: 'onEmailChange', type: 'callback', arg: { name: 'email', type: 'string' }, description: 'Called with the email on every edit.' },
    { name: 'onSubjectChange', type: 'callback', arg: { name: 'subject', type: 'string' }, description: 'Called with the chosen subject.' },
    { name: 'onMessageChange', type: 'callback', arg: { name: 'message', type: 'string' }, description: 'Called with the message on every edit.' },
    { name: 'onSend', type: 'callback', description: 'Called when the form is submitted and the browser\'s validation passed; the thank-you message replaces the form.' },
  ],
  state: [{ name: 'sent', type: 'boolean', initial: false, description: 'Whether the message was sent (the thank-you message shows instead of the form).' }],
  markup: {
    tag: 'section',
    class: 'bg-white',
    bind: { 'aria-labelledby': idWith('-title') },
    children: [
      {
        tag: 'div',
        class: 'mx-auto max-w-2xl px-6 py-16 sm:py-24 lg:px-8',
        children: [
          { tag: 'h2', class: 'text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl', bind: { id: idWith('-title') }, children: [{ text: { prop: 'title' } }] },
          { tag: 'p', class: 'mt-4 text-lg leading-8 text-gray-600', children: [{ text: { prop: 'intro' } }] },
          {
            tag: 'div',
            attrs: { role: 'status' },
            class: 'mt-10',
            children: [
              {
                if: sent,
                then: [
                  {
                    tag: 'div',
                    class: 'flex gap-3 rounded-md bg-green-50 p-4 text-green-800',
                    children: [
                      icon(CHECK_CIRCLE, 'h-6 w-6 flex-none'),
                      {
                        tag: 'div',
                        children: [
                          { tag: 'p', class: 'font-semibold', children: [{ text: { prop: 'successTitle' } }] },
                          { tag: 'p', class: 'mt-1 text-sm', children: [{ text: { prop: 'successMessage' } }] },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            if: sent,
            then: [
              {
                tag: 'button',
                attrs: { type: 'button' },
                class: `mt-6 rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50 ${FOCUS_RING}`,
                on: [{ event: 'click', do: [{ set: 'sent', to: false }] }],
                children: [{ text: { prop: 'againLabel' } }],
              },
            ],
            else: [
              {
                tag: 'form',
                class: 'grid grid-cols-1 gap-x-6 gap-y-6 sm:grid-cols-2',
                bind: { 'aria-labelledby': idWith('-title') },
                on: [{ event: 'submit', prevent: true, do: [{ set: 'sent', to: true }, { call: 'onSend' }] }],
                children: [
                  {
                    tag: 'div',
                    children: [
                      ...labelledControl({ key: '-name', label: 'nameLabel', attrs: { type: 'text', name: 'name', autocomplete: 'name', required: true }, onChange: 'onNameChange' }),
                    ],
                  },
                  {
                    tag: 'div',
                    children: [
                      ...labelledControl({ key: '-email', label: 'emailLabel', attrs: { type: 'email', name: 'email', autocomplete: 'email', required: true }, onChange: 'onEmailChange' }),
                    ],
                  },
                  {
                    tag: 'div',
                    class: 'sm:col-span-2',
                    children: [
                      ...labelledControl({ key: '-subject', label: 'subjectLabel', tag: 'select', attrs: { name: 'subject' }, onChange: 'onSubjectChange', children: [{ each: { prop: 'subjects' }, as: 'subject', children: [{ tag: 'option', bind: { value: { item: 'subject' } }, children: [{ text: { item: 'subject' } }] }] }] }),
                    ],
                  },
                  {
                    tag: 'div',
                    class: 'sm:col-span-2',
                    children: [
                      ...labelledControl({ key: '-message', label: 'messageLabel', tag: 'textarea', attrs: { name: 'message', rows: '5', required: true }, onChange: 'onMessageChange' }),
                    ],
                  },
                  {
                    tag: 'div',
                    class: 'sm:col-span-2 sm:flex sm:justify-end',
                    children: [
                      {
                        tag: 'button',
                        attrs: { type: 'submit' },
                        class: `w-full rounded-md bg-blue-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-blue-700 sm:w-auto ${FOCUS_RING}`,
                        children: [{ text: { prop: 'submitLabel' } }],
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
