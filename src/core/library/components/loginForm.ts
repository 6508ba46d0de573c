import type { LibraryComponent } from '../types';
import { errorAlert, idWith, labelledControl } from './forms';
import { FOCUS_RING } from './styles';

const hasError = { ref: { prop: 'error' } };
const pending = { ref: { prop: 'pending' } };

const LINK = `rounded-sm font-semibold text-blue-700 hover:text-blue-800 hover:underline ${FOCUS_RING}`;

export const loginForm: LibraryComponent = {
  name: 'LoginForm',
  type: 'organism',
  category: 'form',
  variant: 'sign-in',
  tags: [
    'login', 'sign-in', 'signin', 'log-in', 'auth', 'authentication', 'password', 'email', 'credentials',
    'remember-me', 'forgot-password', 'account', 'form',
  ],
  description:
    'A sign-in form on a card: title, email and password fields with labels, a remember-me checkbox, a forgot-password link, a full-width submit button, an error message announced as an alert, and a link to sign up.',
  a11y: [
    'The title is the page\'s <h1> (a dedicated sign-in page) and names the <form> (aria-labelledby); make it an <h2> where the page already has an <h1>.',
    'Every field has a visible <label for>; type="email", required and autocomplete (email, current-password) let browsers and password managers fill it and validate it before submitting.',
    'onSignIn runs on the form\'s submit (Enter in a field or the button) after the browser\'s own validation passed; the default navigation is prevented.',
    'A set error appears above the fields in a role="alert" region (announced at once) and describes the form (aria-describedby); it is text with an icon, not only colour, and red-800 on red-50 passes AA.',
    'While pending, the button is disabled (no double submission, by click or Enter) and says so in its text (pendingLabel), and the form is aria-busy.',
    'Remember-me is a native checkbox; the forgot-password and sign-up links are real <a href>; everything focusable has a visible focus ring.',
    'Still to do where it is used: after a failed attempt, move focus to the first field (or keep it where it was) and never clear what the user typed.',
  ],
  props: [
    { name: 'title', type: 'string', default: 'Sign in to your account', description: 'The heading over the form.' },
    { name: 'emailLabel', type: 'string', default: 'Email address', description: 'The email field\'s label.' },
    { name: 'passwordLabel', type: 'string', default: 'Password', description: 'The password field\'s label.' },
    { name: 'rememberLabel', type: 'string', default: 'Remember me', description: 'The remember-me checkbox\'s label.' },
    { name: 'forgotLabel', type: 'string', default: 'Forgot password?', description: 'The forgot-password link\'s text.' },
    { name: 'forgotHref', type: 'string', default: '/forgot-password', description: 'Where the forgot-password link goes.' },
    { name: 'submitLabel', type: 'string', default: 'Sign in', description: 'The submit button\'s text.' },
    { name: 'pendingLabel', type: 'string', default: 'Signing in…', description: 'The submit button\'s text while pending.' },
    { name: 'pending', type: 'boolean', default: false, description: 'A sign-in request is in flight: the button is disabled and shows pendingLabel.' },
    { name: 'error', type: 'string', description: 'Why the last attempt failed ("Incorrect email or password."); while set, it shows above the fields as an alert.' },
    { name: 'signupPrompt', type: 'string', default: 'Not a member yet?', description: 'Text before the sign-up link; empty hides the line.' },
    { name: 'signupLabel', type: 'string', default: 'Create an account', description: 'The sign-up link\'s text.' },
    { name: 'signupHref', type: 'string', default: '/signup', description: 'Where the sign-up link goes.' },
    { name: 'id', type: 'string', default: 'login', description: 'An id unique on the page; the fields\', title\'s and error\'s ids derive from it.' },
    { name: 'onEmailChange', type: 'callback', arg: { name: 'email', type: 'string' }, description: 'Called with the email on every edit.' },
    { name: 'onPasswordChange', type: 'callback', arg: { name: 'password', type: 'string' }, description: 'Called with the password on every edit.' },
    { name: 'onRememberChange', type: 'callback', arg: { name: 'remember', type: 'boolean' }, description: 'Called when remember-me is ticked or unticked.' },
    { name: 'onSignIn', type: 'callback', description: 'Called when the form is submitted and the browser\'s validation passed.' },
  ],
  markup: {
    tag: 'div',
    class: 'mx-auto w-full max-w-md rounded-2xl bg-white px-6 py-10 shadow-sm ring-1 ring-gray-200 sm:px-10',
    children: [
      {
        tag: 'h1',
        class: 'text-center text-2xl font-bold leading-9 tracking-tight text-gray-900',
        bind: { id: idWith('-title') },
        children: [{ text: { prop: 'title' } }],
      },
      {
        tag: 'form',
        class: 'mt-8 space-y-6',
        bind: {
          'aria-labelledby': idWith('-title'),
          'aria-describedby': { when: hasError, then: idWith('-error') },
          'aria-busy': { when: pending, then: 'true' },
        },
        on: [{ event: 'submit', prevent: true, do: [{ call: 'onSignIn' }] }],
        children: [
          errorAlert(),
          {
            tag: 'div',
            children: [
              ...labelledControl({ key: '-email', label: 'emailLabel', attrs: { type: 'email', name: 'email', autocomplete: 'email', required: true }, onChange: 'onEmailChange' }),
            ],
          },
          {
            tag: 'div',
            children: [
              ...labelledControl({ key: '-password', label: 'passwordLabel', attrs: { type: 'password', name: 'password', autocomplete: 'current-password', required: true }, onChange: 'onPasswordChange' }),
            ],
          },
          {
            tag: 'div',
            class: 'flex flex-wrap items-center justify-between gap-3',
            children: [
              {
                tag: 'div',
                class: 'flex items-center gap-3',
                children: [
                  {
                    tag: 'input',
                    attrs: { type: 'checkbox', name: 'remember' },
                    class: `h-4 w-4 rounded border-gray-300 text-blue-600 accent-blue-600 ${FOCUS_RING}`,
                    bind: { id: idWith('-remember') },
                    on: [{ event: 'change', do: [{ call: 'onRememberChange', with: { event: 'checked' } }] }],
                  },
                  { tag: 'label', class: 'text-sm leading-6 text-gray-900', bind: { for: idWith('-remember') }, children: [{ text: { prop: 'rememberLabel' } }] },
                ],
              },
              { tag: 'a', class: `text-sm ${LINK}`, bind: { href: { prop: 'forgotHref' } }, children: [{ text: { prop: 'forgotLabel' } }] },
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
        if: { ref: { prop: 'signupPrompt' } },
        then: [
          {
            tag: 'p',
            class: 'mt-8 text-center text-sm text-gray-600',
            children: [
              { text: { prop: 'signupPrompt' } },
              { text: ' ' },
              { tag: 'a', class: LINK, bind: { href: { prop: 'signupHref' } }, children: [{ text: { prop: 'signupLabel' } }] },
            ],
          },
        ],
      },
    ],
  },
};
