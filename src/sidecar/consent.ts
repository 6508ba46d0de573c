/**
 * Whether the sidecar's environment may be installed now (issue 18: a first run a person agrees to). Pure: the
 * manager gathers the inputs, this decides, the manager asks or installs. Nothing is downloaded on an `ask`.
 */

/** What asked for the sidecar: activation or a settings change (`auto`), a command that needs it (`command`),
 * or a command whose own words are consent (`consented`: Reinstall's confirmation, Allow the Sidecar Install). */
export type InstallTrigger = 'auto' | 'command' | 'consented';

/** `siza.sidecar.installConsent`: `ask` (the default) or `allow` (managed machines, test harnesses). */
export type ConsentSetting = 'ask' | 'allow';

/** The answers of the first-run notification. */
export const INSTALL = 'Install';
export const NOT_NOW = 'Not now';
export const NEVER = 'Never';
export type ConsentAnswer = typeof INSTALL | typeof NOT_NOW | typeof NEVER;

export interface ConsentInputs {
  trigger: InstallTrigger;
  setting: ConsentSetting;
  /** "Never", remembered in globalState until Allow the Sidecar Install. */
  never: boolean;
  /** This window already heard Install (a retry or restart does not ask again). */
  grantedThisSession: boolean;
  /** This window already heard Not now (or the question was dismissed). */
  deferredThisSession: boolean;
  /** `current`: a finished install of exactly these inputs (nothing to download); `earlier`: a finished install
   * of other inputs (an older version, another Python); `none`: the sidecar was never installed here. */
  venv: 'current' | 'earlier' | 'none';
}

export type ConsentDecision =
  | { do: 'install'; why: string }
  | { do: 'ask' }
  | { do: 'skip'; why: 'never' | 'not-now' };

export function decideInstall(i: ConsentInputs): ConsentDecision {
  if (i.venv === 'current') return { do: 'install', why: 'the environment is installed: nothing to download' };
  if (i.trigger === 'consented') return { do: 'install', why: 'the command itself is consent' };
  if (i.setting === 'allow') return { do: 'install', why: 'siza.sidecar.installConsent is "allow"' };
  if (i.grantedThisSession) return { do: 'install', why: 'Install was chosen in this window' };
  // A command that needs the sidecar ("Restart Sidecar") does not say it downloads hundreds of MB, so it asks,
  // even after Never or Not now: the person asked for the sidecar by name, and one click answers it.
  if (i.trigger === 'command') return { do: 'ask' };
  if (i.never) return { do: 'skip', why: 'never' };
  if (i.deferredThisSession) return { do: 'skip', why: 'not-now' };
  // Someone who installed the sidecar before agreed to it: an update of its environment goes ahead, as the
  // extension's own updates do.
  if (i.venv === 'earlier') return { do: 'install', why: 'an earlier install is being updated' };
  return { do: 'ask' };
}

/** What the status says while the sidecar stays uninstalled. */
export function skippedDetail(why: 'never' | 'not-now' | 'waiting'): string {
  switch (why) {
    case 'never':
      return 'Not installed (you chose Never): the in-process tier answers. "Siza Gen: Allow the Sidecar Install" installs it.';
    case 'not-now':
      return 'Not installed yet (Not now): the in-process tier answers; the next window asks again, or run "Siza Gen: Restart Sidecar".';
    case 'waiting':
      return 'Waiting for your answer: install the Python sidecar? The in-process tier answers meanwhile.';
  }
}
