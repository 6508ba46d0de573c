import type { LibraryComponent } from '../types';
import { errorAlert, idWith, labelledControl } from './forms';
import { FOCUS_RING } from './styles';

const hasError = { ref: { prop: 'error' } };
const pending = { ref: { prop: 'pending' } };

const LINK = `rounded-sm font-semibold text-blue-700 underline hover:text-blue-800 ${FOCUS_RING}`;

export const signupForm: LibraryComponent = {
  name: 'SignupForm',
  type: 'organism',
  category: 'form',
  variant: 'sign-up',
  tags: [
    'signup', 'sign-up', 'register', 'registration', 'create-account', 'join', 'onboarding', 'auth',
    'authentication', 'password', 'terms', 'consent', 'form',
  ],
  description:
    'A sign-up form on a card: title, full name, email and a new password with its requirements shown as a hint, a required terms-and-privacy checkbox, a submit button, an error alert, and a link to sign in instead.',
  a11y: [
    'The title is the page\'s <h1> (a dedicated sign-up page) and names the <form>; make it an <h2> where the page already has an <h1>.',
    'Every field has a visible <label for>; autocomplete (name, email, new-password) lets browsers fill them and password managers suggest a strong password.',
    'The password requirements are a hint tied to the field with aria-describedby and enforced by the native minlength, so they are read before typing, not only after a failure.',
    'The terms checkbox is required natively; its label links to the terms and the privacy policy (underlined, not only coloured).',
    'onSignUp runs on submit, after the browser\'s validation passed; the default navigation is prevented.',
    'A set error shows above the fields in a role="alert" region and describes the form; red-800 on red-50 passes AA.',
    'Still to do where it is used: show server-side field errors next to their field (aria-invalid and a message tied with aria-describedby) and move focus to the first one.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Create your account', description: 'The heading over the form.' },
    { name: 'subtitle', type: 'string', default: 'Start your 14-day free trial. No credit card required.', description: 'A line under the title; empty for none.' },
    { name: 'nameLabel', type: 'string', default: 'Full name', description: 'The name field\'s label.' },
    { name: 'emailLabel', type: 'string', default: 'Work email', description: 'The email field\'s label.' },
    { name: 'passwordLabel', type: 'string', default: 'Password', description: 'The password field\'s label.' },
    { name: 'minPasswordLength', type: 'number', default: 8, description: 'The shortest password accepted (the native minlength, and the hint says it).' },
    { name: 'termsHref', type: 'string', default: '/terms', description: 'Where the terms of service are.' },
    { name: 'privacyHref', type: 'string', default: '/privacy', description: 'Where the privacy policy is.' },
    { name: 'submitLabel', type: 'string', default: 'Create account', description: 'The submit button\'s text.' },
    { name: 'pendingLabel', type: 'string', default: 'Creating account…', description: 'The submit button\'s text while pending.' },
    { name: 'pending', type: 'boolean', default: false, description: 'A sign-up request is in flight: the button is disabled and shows pendingLabel.' },
    { name: 'error', type: 'string', description: 'Why the last attempt failed ("An account with this email already exists."); while set, it shows above the fields as an alert.' },
    { name: 'signinPrompt', type: 'string', default: 'Already have an account?', description: 'Text before the sign-in link.' },
    { name: 'signinLabel', type: 'string', default: 'Sign in', description: 'The sign-in link\'s text.' },
    { name: 'signinHref', type: 'string', default: '/login', description: 'Where the sign-in link goes.' },
    { name: 'id', type: 'string', default: 'signup', description: 'An id unique on the page; the fields\', hint\'s and error\'s ids derive from it.' },
    { name: 'onNameChange', type: 'callback', arg: { name: 'name', type: 'string' }, description: 'Called with the name on every edit.' },
    { name: 'onEmailChange', type: 'callback', arg: { name: 'email', type: 'string' }, description: 'Called with the email on every edit.' },
    { name: 'onPasswordChange', type: 'callback', arg: { name: 'password', type: 'string' }, description: 'Called with the password on every edit.' },
    { name: 'onSignUp', type: 'callback', description: 'Called when the form is submitted and the browser\'s validation (required fields, email, password length, terms) passed.' },
  ],
  markup: {
    tag: 'div',
    class: 'mx-auto w-full max-w-md rounded-2xl bg-white px-6 py-10 shadow-sm ring-1 ring-gray-200 sm:px-10',
    children: [
      {
        tag: 'h1',
        class: 'text-2xl font-bold leading-9 tracking-tight text-gray-900',
        bind: { id: idWith('-title') },
        children: [{ text: { prop: 'title' } }],
      },
      { if: { ref: { prop: 'subtitle' } }, then: [{ tag: 'p', class: 'mt-2 text-sm leading-6 text-gray-600', children: [{ text: { prop: 'subtitle' } }] }] },
      {
        tag: 'form',
        class: 'mt-8 space-y-6',
        bind: {
          'aria-labelledby': idWith('-title'),
          'aria-describedby': { when: hasError, then: idWith('-error') },
          'aria-busy': { when: pending, then: 'true' },
        },
        on: [{ event: 'submit', prevent: true, do: [{ call: 'onSignUp' }] }],
        children: [
          errorAlert(),
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
            children: [
              ...labelledControl({ key: '-password', label: 'passwordLabel', attrs: { type: 'password', name: 'password', autocomplete: 'new-password', required: true }, onChange: 'onPasswordChange', bind: { minlength: { prop: 'minPasswordLength' }, 'aria-describedby': idWith('-password-hint') } }),
              {
                tag: 'p',
                class: 'mt-2 text-sm text-gray-600',
                bind: { id: idWith('-password-hint') },
                children: [{ text: { concat: ['At least ', { prop: 'minPasswordLength' }, ' characters. A passphrase of a few words is easy to remember.'] } }],
              },
            ],
          },
          {
            tag: 'div',
            class: 'flex items-start gap-3',
            children: [
              {
                tag: 'div',
                class: 'flex h-6 items-center',
                children: [
                  {
                    tag: 'input',
                    attrs: { type: 'checkbox', name: 'terms', required: true },
                    class: `h-4 w-4 rounded border-gray-300 text-blue-600 accent-blue-600 ${FOCUS_RING}`,
                    bind: { id: idWith('-terms') },
                  },
                ],
              },
              {
                tag: 'label',
                class: 'text-sm leading-6 text-gray-600',
                bind: { for: idWith('-terms') },
                children: [
                  { text: 'I agree to the ' },
                  { tag: 'a', class: LINK, bind: { href: { prop: 'termsHref' } }, children: [{ text: 'Terms of Service' }] },
                  { text: ' and the ' },
                  { tag: 'a', class: LINK, bind: { href: { prop: 'privacyHref' } }, children: [{ text: 'Privacy Policy' }] },
                  { text: '.' },
                ],
              },
            ],
          },
          {
            tag: 'button',
            attrs: { type: 'submit' },
            class: `flex w-full justify-center rounded-md bg-blue-600 px-3 py-2 text-sm font-semibold leading-6 text-white shadow-sm hover:bg-blue-700 disabled:cursor-not-allowed disabled:opacity-70 ${FOCUS_RING}`,
            bind: { disabled: { prop: 'pending' } },
            children: [{ if: pending, then: [{ text: { prop: 'pendingLabel' } }], else: [{ text: { prop: 'submitLabel' } }] }],
          },
        ],
      },
      {
        tag: 'p',
        class: 'mt-8 text-center text-sm text-gray-600',
        children: [
          { text: { prop: 'signinPrompt' } },
          { text: ' ' },
          { tag: 'a', class: `rounded-sm font-semibold text-blue-700 hover:text-blue-800 hover:underline ${FOCUS_RING}`, bind: { href: { prop: 'signinHref' } }, children: [{ text: { prop: 'signinLabel' } }] },
        ],
      },
    ],
  },
};
