/**
 * Generate Component, the vscode side: the command (description, framework, progress), the result
 * panel's actions (insert at the cursor of the last editor, save in the workspace's style, copy,
 * regenerate, switch framework, show the score) and the feedback each of them records.
 */
import { FRAMEWORKS, type Framework } from '../core/frameworks';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Settings } from '../config';
import { eolForNewFile, withEol } from '../core/eol';
import { placeComponent } from '../core/generate/placement';
import { render } from '../core/library/render';
import type { Logger } from '../core/logger';
import type { GenerateAction, GenerateModel, GenerateProgressView, GenerationView } from './protocol';
import { ProgressReporter } from './progress';
import type { ScoreView } from '../quality/protocol';
import type { FeedbackLog } from './feedback';
import type { Generator } from './generator';
import type { PreviewBuilder } from './preview';
import type { GenerateInput, Generation } from './types';
import { componentFiles, detectWorkspaceFramework } from './workspace';

export interface GenerateArgs {
  description?: string;
  framework?: Framework;
  enhance?: boolean;
}

/** What the controller tells its view (src/generate/panel.ts): show the current generation, or rebuild its page. */
export interface GenerateResultView {
  refresh(): Promise<void>;
  reload(): Promise<void>;
  /** A generation in progress (stage, retrieval, the LLM's tokens). */
  progress(p: GenerateProgressView): void;
}

export interface GenerateControllerDeps {
  generator: Generator;
  feedback: FeedbackLog;
  preview: PreviewBuilder;
  settings: () => Settings;
  showScore: (view: ScoreView) => void;
  log: Logger;
}

const LABEL: Record<Framework, string> = { react: 'React (TSX)', vue: 'Vue 3 (SFC)', svelte: 'Svelte 5', angular: 'Angular (standalone)', html: 'HTML' };
export const MAX_DESCRIPTION_CHARS = 2_000;

export class GenerateController implements vscode.Disposable {
  private current: Generation | undefined;
  /** The last text editor that had focus: Insert at Cursor writes there (a focused webview is no editor). */
  private editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private panel: GenerateResultView | undefined;
  /** The generation running now: Cancel (the panel's or the notification's) aborts it, down to the HTTP stream. */
  private running: AbortController | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly deps: GenerateControllerDeps) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && e.document.uri.scheme !== 'output') this.editor = e;
      }),
      // the preview's canvas follows the theme (light or dark around the component)
      vscode.window.onDidChangeActiveColorTheme(() => void this.panel?.reload()),
    );
  }

  /** The result panel; built over this controller (its backend), so it is attached after. */
  attach(panel: GenerateResultView): void {
    this.panel = panel;
  }

  /** The command: asks what it was not given, generates with progress, shows the result; resolves to it. */
  async run(args: GenerateArgs = {}): Promise<Generation | undefined> {
    const description = args.description ?? (await this.askDescription());
    if (!description) return undefined;
    const framework = args.framework ?? (await this.pickFramework());
    if (!framework) return undefined;
    const enhance = args.enhance ?? this.deps.settings().generate.enhancePrompt;
    const g = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Siza Gen: generating “${clip(description, 60)}”`, cancellable: true },
      (p, token) => this.generating({ description, framework, enhance }, token, (stage) => p.report({ message: stage })),
    );
    await this.show(g);
    return g;
  }

  /** Cancel in the panel: the running generation stops (its HTTP stream to the LLM is closed). */
  cancel(): void {
    this.running?.abort();
  }

  /** One generation with its progress in the panel; `framework` set: the LLM writes the code again for it. */
  private async generating(input: GenerateInput, token?: vscode.CancellationToken, onStage?: (s: string) => void, from?: Generation): Promise<Generation> {
    this.running?.abort();
    const ac = new AbortController();
    this.running = ac;
    token?.onCancellationRequested(() => ac.abort());
    const reporter = new ProgressReporter(input, (p) => this.panel?.progress(p), onStage);
    try {
      return from ? await this.deps.generator.toFramework(from, input.framework, ac.signal, reporter) : await this.deps.generator.generate(input, ac.signal, reporter);
    } catch (e) {
      reporter.end(ac.signal.aborted ? 'cancelled' : 'failed', ac.signal.aborted ? undefined : (e as Error).message);
      throw e;
    } finally {
      reporter.dispose();
      if (this.running === ac) this.running = undefined;
    }
  }

  /** A library component in the result panel (from Find Similar), in the workspace's framework. */
  async openLibrary(name: string): Promise<Generation> {
    const setting = this.deps.settings().generate.framework;
    const framework = setting !== 'auto' ? setting : ((await detectWorkspaceFramework()) ?? 'react');
    const g = await this.deps.generator.fromLibrary(name, framework);
    await this.show(g);
    return g;
  }

  get generation(): Generation | undefined {
    return this.current;
  }

  async show(g: Generation): Promise<void> {
    this.current = g;
    await this.panel?.refresh();
  }

  // ---- GenerateBackend ----

  async model(): Promise<{ model: GenerateModel; styleHash: string } | undefined> {
    const g = this.current;
    if (!g) return undefined;
    const dark = [vscode.ColorThemeKind.Dark, vscode.ColorThemeKind.HighContrast].includes(vscode.window.activeColorTheme.kind);
    const html = previewSource(g);
    const page = html === undefined ? undefined : await this.deps.preview.page(html, { title: g.name, dark });
    const target = this.editor && !this.editor.document.isClosed ? this.editor : undefined;
    const save = await this.saveTarget(g).catch(() => undefined);
    return {
      model: {
        generation: toView(g),
        ...(page ? { previewHtml: page.html } : { previewNote: `No preview: ${LABEL[g.framework]} code written by the LLM is not rendered here (only HTML is, and library components in any framework). Its compiler and accessibility checks are listed beside the code.` }),
        ...(target ? { insertTarget: `${path.basename(target.document.fileName)}:${target.selection.active.line + 1}` } : {}),
        ...(save ? { saveTarget: save.rel } : {}),
      },
      styleHash: page?.styleHash ?? '',
    };
  }

  async act(action: GenerateAction): Promise<string> {
    const g = this.current;
    if (!g) throw new Error('There is no generated component');
    switch (action) {
      case 'insert':
        return this.insert(g);
      case 'save':
        return this.save(g);
      case 'copy':
        await vscode.env.clipboard.writeText(g.code);
        await this.feedback(g, 'accepted', 'copy');
        return `Copied ${g.fileName} to the clipboard`;
      case 'regenerate': {
        await this.feedback(g, 'rejected', 'regenerate');
        const next = await this.generating({ description: g.description, framework: g.framework, enhance: g.enhanced !== undefined, attempt: g.attempt + 1 });
        this.current = next;
        if (next.coverage?.covered === false) return `Still no built-in component matches “${next.coverage.kind}”`;
        return `Generated ${next.name} (${next.source === 'llm' ? 'by the LLM' : `from ${next.coverage?.from ?? next.basedOn[0]?.name ?? 'the library'}`})`;
      }
      case 'reject':
        await this.feedback(g, 'rejected', 'reject');
        return 'Recorded as not useful';
      case 'showScore':
        if (!g.score) throw new Error('This component has no score');
        this.deps.showScore({ title: `Quality of ${g.name}`, fileLabel: g.fileName, component: g.symbol, result: g.score });
        return 'Opened the score';
    }
  }

  async openLibraryComponent(name: string): Promise<string> {
    const framework = this.current?.framework ?? 'react';
    this.current = await this.deps.generator.fromLibrary(name, framework);
    return `Opened the library's ${name} as it is: a starting point, not an answer to the request`;
  }

  /** The "Set up a model" walkthrough (package.json): choose the provider, the key, Check LLM Endpoint; beside the panel. */
  async setupModel(): Promise<string> {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'siza.siza-gen-vscode#siza.setupModel', true);
    return 'Opened the walkthrough "Set up a model for Siza Gen" beside this panel: choose the provider, check it, then Generate again';
  }

  async switchFramework(framework: Framework): Promise<string> {
    const g = this.current;
    if (!g) throw new Error('There is no generated component');
    if (g.framework === framework) return `Already ${LABEL[framework]}`;
    if (g.component) {
      this.current = await this.deps.generator.toFramework(g, framework);
      return `Rendered for ${LABEL[framework]}`;
    }
    // the LLM's code exists in its framework only: the LLM writes it again for this one
    this.current = await this.generating({ description: g.description, framework, enhance: g.enhanced !== undefined, attempt: g.attempt }, undefined, undefined, g);
    return `Generated again for ${LABEL[framework]}`;
  }

  private async insert(g: Generation): Promise<string> {
    const editor = this.editor && !this.editor.document.isClosed ? this.editor : undefined;
    if (!editor) throw new Error('Open a file to insert into, then press Insert again');
    const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: editor.selection, preserveFocus: false });
    const at = shown.selection.active;
    const ok = await shown.edit((b) => b.insert(at, g.code));
    if (!ok) throw new Error(`Could not edit ${path.basename(shown.document.fileName)}`);
    const lines = g.code.split('\n');
    const end = new vscode.Position(at.line + lines.length - 1, (lines.length === 1 ? at.character : 0) + lines[lines.length - 1]!.length);
    shown.selection = new vscode.Selection(at, end);
    shown.revealRange(new vscode.Range(at, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await this.feedback(g, 'accepted', 'insert');
    return `Inserted into ${path.basename(shown.document.fileName)} at line ${at.line + 1}`;
  }

  private async saveTarget(g: Generation): Promise<{ uri: vscode.Uri; rel: string } | undefined> {
    const folder = (this.editor && vscode.workspace.getWorkspaceFolder(this.editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const { files, hasSrc } = await componentFiles(folder, g.framework);
    const placed = placeComponent(files, g.framework, g.name, { hasSrc });
    // never overwrite: Name2, Name3… beside an existing file
    for (let n = 1; n < 100; n++) {
      const rel = n === 1 ? placed.relPath : placed.relPath.replace(/(\/)?([^/]+?)((\.component)?\.[a-z]+)$/, (_m, slash: string | undefined, base: string, ext: string) => `${slash ?? ''}${base}${n}${ext}`);
      const uri = vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
      if (!(await exists(uri))) return { uri, rel: vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1 ? `${folder.name}/${rel}` : rel };
    }
    return undefined;
  }

  private async save(g: Generation): Promise<string> {
    const target = await this.saveTarget(g);
    if (!target) throw new Error('Open a folder to save into');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target.uri, '..'));
    // a new file gets the line ending the editor would give it (files.eol; auto: CRLF on Windows)
    const eol = eolForNewFile(vscode.workspace.getConfiguration('files', target.uri).get('eol'), process.platform);
    await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(withEol(g.code, eol)));
    await vscode.window.showTextDocument(target.uri, { preview: false, viewColumn: this.editor?.viewColumn ?? vscode.ViewColumn.One });
    await this.feedback(g, 'accepted', 'save');
    return `Saved ${target.rel}`;
  }

  private async feedback(g: Generation, verdict: 'accepted' | 'rejected', action: string): Promise<void> {
    try {
      await this.deps.feedback.record(g, verdict, action);
    } catch (e) {
      this.deps.log.warn(`Could not record feedback in ${this.deps.feedback.file}: ${(e as Error).message}`);
    }
  }

  private async askDescription(): Promise<string | undefined> {
    const text = await vscode.window.showInputBox({
      title: 'Siza Gen: Generate Component',
      prompt: 'Describe the component',
      placeHolder: 'e.g. a pricing card with a monthly/yearly toggle, or a login form with “Remember me”',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim().length === 0 ? 'Describe the component in a few words' : v.length > MAX_DESCRIPTION_CHARS ? `At most ${MAX_DESCRIPTION_CHARS} characters` : undefined),
    });
    return text?.trim() || undefined;
  }

  private async pickFramework(): Promise<Framework | undefined> {
    const setting = this.deps.settings().generate.framework;
    if (setting !== 'auto') return setting;
    const detected = await detectWorkspaceFramework();
    const order = detected ? [detected, ...FRAMEWORKS.filter((f) => f !== detected)] : [...FRAMEWORKS];
    const pick = await vscode.window.showQuickPick(
      order.map((f) => ({ label: LABEL[f], description: f === detected ? 'detected from package.json' : undefined, framework: f })),
      { title: 'Siza Gen: Generate Component — framework', placeHolder: 'The framework to write the component for (siza.generate.framework sets a default)' },
    );
    return pick?.framework;
  }

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}

/** The HTML the preview shows: a library component rendered as HTML, or the LLM's own HTML; undefined for the LLM's framework code. */
function previewSource(g: Generation): string | undefined {
  if (g.component) return render(g.component, 'html').code;
  return g.framework === 'html' ? g.code : undefined;
}

function toView(g: Generation): GenerationView {
  return {
    name: g.name,
    description: g.description,
    ...(g.enhanced ? { enhanced: g.enhanced } : {}),
    framework: g.framework,
    fileName: g.fileName,
    code: g.code,
    source: g.source,
    basedOn: g.basedOn,
    changes: g.changes,
    ...(g.llm ? { llm: g.llm } : {}),
    validation: g.validation,
    ...(g.score ? { score: { score: g.score.score, tier: g.score.tier, violations: g.score.violations.length, source: g.score.source } } : {}),
    retrievalTier: g.retrievalTier,
    ms: g.ms,
    ...(g.coverage ? { coverage: g.coverage } : {}),
  };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
