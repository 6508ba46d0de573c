import type { LibraryComponent } from '../types';
import { avatar } from './avatar';
import { badge } from './badge';
import { buttonGroup } from './buttonGroup';
import { dangerButton } from './dangerButton';
import { linkButton } from './linkButton';
import { progressBar } from './progressBar';
import { radioGroup } from './radioGroup';
import { searchInput } from './searchInput';
import { secondaryButton } from './secondaryButton';
import { select } from './select';
import { skeleton } from './skeleton';
import { spinner } from './spinner';
import { starRating } from './starRating';
import { switchToggle } from './switch';
import { textarea } from './textarea';
import { tooltip } from './tooltip';

/** More library atoms; each lives in its own file in this folder and is listed here. */
export const BATCH_ATOMS: readonly LibraryComponent[] = [
  secondaryButton,
  dangerButton,
  linkButton,
  buttonGroup,
  badge,
  avatar,
  spinner,
  progressBar,
  skeleton,
  tooltip,
  switchToggle,
  radioGroup,
  textarea,
  select,
  starRating,
  searchInput,
];
