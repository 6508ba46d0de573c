import type { LibraryComponent } from '../types';
import { banner } from './banner';
import { blogPostCard } from './blogPostCard';
import { breadcrumb } from './breadcrumb';
import { dropdownMenu } from './dropdownMenu';
import { emptyState } from './emptyState';
import { featureCard } from './featureCard';
import { notificationList } from './notificationList';
import { pagination } from './pagination';
import { passwordInput } from './passwordInput';
import { productCard } from './productCard';
import { profileCard } from './profileCard';
import { statCard } from './statCard';
import { stepper } from './stepper';
import { tabs } from './tabs';
import { testimonialCard } from './testimonialCard';
import { toast } from './toast';

/** More library molecules; each lives in its own file in this folder and is listed here. */
export const BATCH_MOLECULES: readonly LibraryComponent[] = [
  tabs,
  dropdownMenu,
  breadcrumb,
  pagination,
  toast,
  banner,
  stepper,
  statCard,
  emptyState,
  productCard,
  profileCard,
  testimonialCard,
  featureCard,
  blogPostCard,
  notificationList,
  passwordInput,
];
