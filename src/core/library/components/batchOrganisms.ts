import type { LibraryComponent } from '../types';
import { contactForm } from './contactForm';
import { ctaSection } from './ctaSection';
import { faqSection } from './faqSection';
import { featureGrid } from './featureGrid';
import { footer } from './footer';
import { loginForm } from './loginForm';
import { newsletterSignup } from './newsletterSignup';
import { pageHeader } from './pageHeader';
import { pricingTable } from './pricingTable';
import { sidebar } from './sidebar';
import { signupForm } from './signupForm';

/** More library organisms; each lives in its own file in this folder and is listed here. */
export const BATCH_ORGANISMS: readonly LibraryComponent[] = [
  loginForm,
  signupForm,
  contactForm,
  newsletterSignup,
  footer,
  pageHeader,
  sidebar,
  pricingTable,
  featureGrid,
  ctaSection,
  faqSection,
];
