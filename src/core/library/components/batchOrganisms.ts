import type { LibraryComponent } from '../types';
import { confirmDialog } from './confirmDialog';
import { contactForm } from './contactForm';
import { cookieBanner } from './cookieBanner';
import { ctaSection } from './ctaSection';
import { faqSection } from './faqSection';
import { featureGrid } from './featureGrid';
import { footer } from './footer';
import { heroSplit } from './heroSplit';
import { loginForm } from './loginForm';
import { newsletterSignup } from './newsletterSignup';
import { pageHeader } from './pageHeader';
import { pricingTable } from './pricingTable';
import { sidebar } from './sidebar';
import { signupForm } from './signupForm';
import { statsSection } from './statsSection';
import { testimonialGrid } from './testimonialGrid';

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
  statsSection,
  testimonialGrid,
  heroSplit,
  confirmDialog,
  cookieBanner,
];
