import type { LibraryComponent } from '../types';

/** More library molecules; each lives in its own file in this folder and is listed here. */
export const BATCH_MOLECULES: readonly LibraryComponent[] = [];
