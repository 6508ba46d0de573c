/** What the user sees of the sidecar; `fallback` means the extension serves requests without it. */
export type SidecarStatus =
  | { kind: 'installing'; detail: string }
  | { kind: 'starting'; detail: string }
  | { kind: 'ready'; detail: string; pid: number; baseUrl: string; readyInMs: number }
  | { kind: 'fallback'; detail: string }
  | { kind: 'error'; detail: string };
