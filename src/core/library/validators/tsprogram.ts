import path from 'node:path';
import ts from 'typescript';

/**
 * Type-checks one in-memory source with a small `ts.createProgram`: the file, TypeScript's own libs
 * (ES2022 + DOM), type declarations resolved from node_modules (React's) and in-memory ambient
 * stubs (Angular's). Files read from disk never change, so their parsed and bound trees are kept
 * across checks: only the checked file is parsed again.
 */

export interface TsCheck {
  /** Diagnostics of the checked file (syntax first; semantics only when the syntax is clean). */
  diagnostics: ts.Diagnostic[];
  sourceFile: ts.SourceFile;
}

const diskFiles = new Map<string, ts.SourceFile>();

/**
 * Where a bundle finds what TypeScript would find in node_modules: `lib/` (TypeScript's lib.*.d.ts)
 * and `node_modules/` (@types/react, csstype) under one folder (dist/typelibs, copied by the build).
 * Unset, TypeScript's own lib folder and the project's node_modules are used.
 */
let typeFiles: string | undefined;
export function configureTypeFiles(dir: string | undefined): void {
  typeFiles = dir;
}
export function typeFilesRoot(): string | undefined {
  return typeFiles;
}

// ES2022 and the DOM: the generated code runs in browsers
const LIBS = ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'];

export function baseOptions(extra: ts.CompilerOptions): ts.CompilerOptions {
  return {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: LIBS,
    // no automatic @types: the project's own (node, mocha, vscode) must not leak into a component's check
    types: [],
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    ...extra,
  };
}

/**
 * `root` is a folder whose node_modules holds the declarations to resolve; the file is placed in a
 * virtual folder under it. `stubs` are extra in-memory declaration files (ambient modules).
 */
export function checkInMemory(root: string, fileName: string, code: string, options: ts.CompilerOptions, stubs: Record<string, string> = {}): TsCheck {
  const dir = path.join(root, '__siza_validate__');
  const main = path.join(dir, fileName);
  const virtual = new Map<string, string>([[main, code], ...Object.entries(stubs).map(([n, t]) => [path.join(dir, n), t] as [string, string])]);
  const host = ts.createCompilerHost(options, true);
  if (typeFiles) {
    const libDir = path.join(typeFiles, 'lib');
    host.getDefaultLibLocation = () => libDir;
    host.getDefaultLibFileName = (o) => path.join(libDir, ts.getDefaultLibFileName(o));
  }
  const readDisk = host.getSourceFile.bind(host);
  host.getCurrentDirectory = () => root;
  host.fileExists = (f) => virtual.has(path.resolve(f)) || ts.sys.fileExists(f);
  host.readFile = (f) => virtual.get(path.resolve(f)) ?? ts.sys.readFile(f);
  host.getSourceFile = (f, lang, onError) => {
    const text = virtual.get(path.resolve(f));
    if (text !== undefined) return stubSourceFile(f, text, lang);
    const cached = diskFiles.get(f);
    if (cached) return cached;
    const sf = readDisk(f, lang, onError);
    if (sf) diskFiles.set(f, sf);
    return sf;
  };
  const roots = [main, ...[...virtual.keys()].filter((k) => k !== main)];
  const program = ts.createProgram({ rootNames: roots, options, host });
  const sourceFile = program.getSourceFile(main)!;
  const syntax = program.getSyntacticDiagnostics(sourceFile);
  const diagnostics = syntax.length > 0 ? [...syntax] : [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSemanticDiagnostics(sourceFile)];
  return { diagnostics, sourceFile };
}

// stubs are constant text: parse and bind each once
const stubFiles = new Map<string, ts.SourceFile>();

function stubSourceFile(fileName: string, text: string, lang: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile {
  if (!fileName.endsWith('.d.ts')) return ts.createSourceFile(fileName, text, lang, true);
  const key = `${fileName}\0${text}`;
  let sf = stubFiles.get(key);
  if (!sf) {
    sf = ts.createSourceFile(fileName, text, lang, true);
    stubFiles.set(key, sf);
  }
  return sf;
}

/** `line:column: message (TS1234)`, 1-based. */
export function formatDiagnostic(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${line + 1}:${character + 1}: ${message} (TS${d.code})`;
  }
  return `${message} (TS${d.code})`;
}

// declared but never read: worth a warning, not a failure
const UNUSED = new Set([6133, 6138, 6192, 6196, 6198, 6199, 6205]);
// a module the validator cannot see (not React, not stubbed): its imports are `any`, the rest still checks
const UNRESOLVED = new Set([2307, 7016]);

export function splitDiagnostics(diags: readonly ts.Diagnostic[]): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const d of diags) {
    const text = formatDiagnostic(d);
    if (UNUSED.has(d.code) || d.category === ts.DiagnosticCategory.Warning || d.category === ts.DiagnosticCategory.Suggestion) warnings.push(text);
    else if (UNRESOLVED.has(d.code)) warnings.push(`${text}: not type-checked`);
    else errors.push(text);
  }
  return { errors, warnings };
}
