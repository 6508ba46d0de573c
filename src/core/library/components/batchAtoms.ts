import type { LibraryComponent } from '../types';

/** More library atoms; each lives in its own file in this folder and is listed here. */
export const BATCH_ATOMS: readonly LibraryComponent[] = [];
