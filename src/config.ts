import { z } from 'zod';

/** Folders never worth indexing, on top of files.exclude and .gitignore. */
export const DEFAULT_INDEX_EXCLUDE = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/out/**', '**/.git/**'] as const;

/** Typed settings, one door: every `siza.*` key is read and validated here, a bad value falls back to its default. */
const settingsSchema = z.object({
  sidecar: z.object({
    pythonPath: z.string().trim().catch(''),
    port: z.number().int().min(1024).max(65535).catch(8100),
    autoStart: z.boolean().catch(true),
    /** `ask` (the default): the first install waits for the person's Install (sidecar/consent.ts); `allow` does not. */
    installConsent: z.enum(['ask', 'allow']).catch('ask'),
    pipIndexUrl: z.string().trim().catch(''),
    pipExtraIndexUrls: z.array(z.string().trim()).catch([]),
    pipFindLinks: z.string().trim().catch(''),
    pipNoIndex: z.boolean().catch(false),
    /** Off (the default): the sidecar runs with HF_HUB_OFFLINE=1 etc. and downloads nothing. */
    allowModelDownloads: z.boolean().catch(false),
  }),
  dataFolder: z.string().trim().catch(''),
  codeLens: z.object({ enabled: z.boolean().catch(true) }),
  diagnostics: z.object({ enabled: z.boolean().catch(false) }),
  llm: z.object({
    provider: z.enum(['none', 'ollama', 'openai', 'local']).catch('none'),
    url: z.string().trim().catch(''),
    model: z.string().trim().catch(''),
    modelPath: z.string().trim().catch(''),
    timeoutSeconds: z.number().min(1).max(600).catch(30),
    /** A LoRA adapter (a folder name under <data folder>/adapters) the local provider generates with; '' for none. */
    adapter: z.string().trim().regex(/^([A-Za-z0-9][A-Za-z0-9._-]{0,127})?$/).catch(''),
  }),
  generate: z.object({
    framework: z.enum(['auto', 'react', 'vue', 'svelte', 'angular', 'html']).catch('auto'),
    enhancePrompt: z.boolean().catch(false),
    useLlm: z.boolean().catch(true),
    maxTokens: z.number().int().min(64).max(4096).catch(1500),
  }),
  index: z.object({
    maxFileSizeKb: z.number().int().min(1).max(10_240).catch(256),
    exclude: z.array(z.string().trim().min(1)).catch([...DEFAULT_INDEX_EXCLUDE]),
  }),
});

export type Settings = z.infer<typeof settingsSchema>;
export type PipOptions = Pick<
  Settings['sidecar'],
  'pipIndexUrl' | 'pipExtraIndexUrls' | 'pipFindLinks' | 'pipNoIndex'
>;

/**
 * Settings a cloned repository's `.vscode/settings.json` must never choose: what program runs, what pip
 * installs and from where, where data and models live, where LLM requests (and the API key) go. They are
 * `"scope": "machine"` in package.json (VS Code ignores workspace values of those) and restricted in an
 * untrusted workspace; readSettings takes only their user (global) value or the default, whatever else is set.
 */
export const MACHINE_ONLY_KEYS = [
  'sidecar.pythonPath',
  'sidecar.installConsent',
  'sidecar.pipIndexUrl',
  'sidecar.pipExtraIndexUrls',
  'sidecar.pipFindLinks',
  'sidecar.pipNoIndex',
  'sidecar.allowModelDownloads',
  'dataFolder',
  'llm.provider',
  'llm.url',
  'llm.model',
  'llm.modelPath',
  'llm.adapter',
] as const;

/** The subset of vscode.WorkspaceConfiguration we need, so this module tests in plain Node. */
export interface ConfigSource {
  get(key: string): unknown;
  /** Where each value comes from; without it, the machine-only keys read as their defaults. */
  inspect?(key: string): { defaultValue?: unknown; globalValue?: unknown } | undefined;
}

const MACHINE_ONLY: ReadonlySet<string> = new Set(MACHINE_ONLY_KEYS);

export function readSettings(cfg: ConfigSource): Settings {
  const get = (k: string): unknown => {
    if (!MACHINE_ONLY.has(k)) return cfg.get(k);
    const i = cfg.inspect?.(k);
    return i?.globalValue ?? i?.defaultValue; // never a workspace or folder value
  };
  const s = (k: string) => get(`sidecar.${k}`);
  return settingsSchema.parse({
    sidecar: {
      pythonPath: s('pythonPath'),
      port: s('port'),
      autoStart: s('autoStart'),
      installConsent: s('installConsent'),
      pipIndexUrl: s('pipIndexUrl'),
      pipExtraIndexUrls: s('pipExtraIndexUrls'),
      pipFindLinks: s('pipFindLinks'),
      pipNoIndex: s('pipNoIndex'),
      allowModelDownloads: s('allowModelDownloads'),
    },
    dataFolder: get('dataFolder'),
    codeLens: { enabled: cfg.get('codeLens.enabled') },
    diagnostics: { enabled: cfg.get('diagnostics.enabled') },
    llm: {
      provider: get('llm.provider'),
      url: get('llm.url'),
      model: get('llm.model'),
      modelPath: get('llm.modelPath'),
      timeoutSeconds: cfg.get('llm.timeoutSeconds'),
      adapter: get('llm.adapter'),
    },
    generate: {
      framework: cfg.get('generate.framework'),
      enhancePrompt: cfg.get('generate.enhancePrompt'),
      useLlm: cfg.get('generate.useLlm'),
      maxTokens: cfg.get('generate.maxTokens'),
    },
    index: { maxFileSizeKb: cfg.get('index.maxFileSizeKb'), exclude: cfg.get('index.exclude') },
  });
}

/** What a launch takes from the settings (the interpreter, where it listens, downloads, its data, its LLM). */
function launchInputs(s: Settings): string {
  const { pythonPath, port, allowModelDownloads } = s.sidecar;
  return JSON.stringify([pythonPath, port, allowModelDownloads, s.dataFolder, s.llm]);
}

/**
 * Pip options apply to the next install only; they never restart a running sidecar. Nor does a change the
 * extension ignores (a workspace value of a machine-only key): the effective values must differ.
 */
export function needsRestart(before: Settings, after: Settings): boolean {
  return launchInputs(before) !== launchInputs(after);
}
