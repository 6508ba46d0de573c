/** What generation needs to know about the workspace: its framework, and its component files (for Save as File). */
import type { Framework } from '../core/frameworks';
import * as vscode from 'vscode';
import { detectFramework } from '../core/generate/framework';
const EXCLUDE = '{**/node_modules/**,**/dist/**,**/build/**,**/out/**,**/.git/**}';

/** The framework the workspace's package.json files depend on (React, Vue, Svelte, Angular), if any. */
export async function detectWorkspaceFramework(): Promise<Framework | undefined> {
  const files = await vscode.workspace.findFiles('**/package.json', EXCLUDE, 50);
  const pkgs: unknown[] = [];
  for (const f of files) {
    try {
      pkgs.push(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(f))));
    } catch {
      // a package.json that does not parse says nothing
    }
  }
  return detectFramework(pkgs);
}

const GLOBS: Record<Framework, string> = {
  react: '**/*.{tsx,jsx}',
  vue: '**/*.vue',
  svelte: '**/*.svelte',
  angular: '**/*.component.ts',
  html: '**/*.html',
};

/** Workspace-relative paths of the folder's files of that framework (bounded), and whether it has src/. */
export async function componentFiles(folder: vscode.WorkspaceFolder, framework: Framework): Promise<{ files: string[]; hasSrc: boolean }> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, GLOBS[framework]), EXCLUDE, 500);
  const files = found.map((u) => vscode.workspace.asRelativePath(u, false)).filter((p) => !/(^|\/)(index|main|app)\.html$/i.test(p) || framework !== 'html');
  const hasSrc = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, 'src')).then(
    (s) => s.type === vscode.FileType.Directory,
    () => false,
  );
  return { files, hasSrc };
}
