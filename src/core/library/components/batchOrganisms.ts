import type { LibraryComponent } from '../types';

/** More library organisms; each lives in its own file in this folder and is listed here. */
export const BATCH_ORGANISMS: readonly LibraryComponent[] = [];
