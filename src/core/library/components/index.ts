import type { LibraryComponent } from '../types';
import { accordion } from './accordion';
import { alert } from './alert';
import { card } from './card';
import { checkbox } from './checkbox';
import { dataTable } from './dataTable';
import { disclosure } from './disclosure';
import { hero } from './hero';
import { iconButton } from './iconButton';
import { modal } from './modal';
import { navbar } from './navbar';
import { pricingCard } from './pricingCard';
import { primaryButton } from './primaryButton';
import { textInput } from './textInput';
import { BATCH_ATOMS } from './batchAtoms';
import { BATCH_MOLECULES } from './batchMolecules';
import { BATCH_ORGANISMS } from './batchOrganisms';

/** Every library component, in the order they are listed; add a new one here (tests iterate this list). */
export const LIBRARY: readonly LibraryComponent[] = [
  primaryButton,
  iconButton,
  textInput,
  checkbox,
  card,
  alert,
  accordion,
  disclosure,
  pricingCard,
  modal,
  navbar,
  dataTable,
  hero,
  ...BATCH_ATOMS,
  ...BATCH_MOLECULES,
  ...BATCH_ORGANISMS,
];
