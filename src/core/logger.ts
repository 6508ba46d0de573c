/** The logging surface the vscode-free modules need; vscode's LogOutputChannel satisfies it structurally. */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

export const nullLogger: Logger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A logger that keeps its lines in memory (tests assert on them). */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  trace(m: string): void {
    this.lines.push(`trace ${m}`);
  }
  debug(m: string): void {
    this.lines.push(`debug ${m}`);
  }
  info(m: string): void {
    this.lines.push(`info ${m}`);
  }
  warn(m: string): void {
    this.lines.push(`warn ${m}`);
  }
  error(m: string | Error): void {
    this.lines.push(`error ${m instanceof Error ? m.message : m}`);
  }
}
