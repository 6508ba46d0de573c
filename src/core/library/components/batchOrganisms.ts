import type { LibraryComponent } from '../types';
import { contactForm } from './contactForm';
import { footer } from './footer';
import { loginForm } from './loginForm';
import { newsletterSignup } from './newsletterSignup';
import { pageHeader } from './pageHeader';
import { signupForm } from './signupForm';

/** More library organisms; each lives in its own file in this folder and is listed here. */
export const BATCH_ORGANISMS: readonly LibraryComponent[] = [
  loginForm,
  signupForm,
  contactForm,
  newsletterSignup,
  footer,
  pageHeader,
];
