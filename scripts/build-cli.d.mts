export const BIN: string;
export function buildCli(opts?: { outDir?: string; dev?: boolean }): Promise<string>;
