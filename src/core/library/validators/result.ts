/** What a validator says about one source: `ok` when the framework's own compiler found no error. */
export interface ValidationResult {
  ok: boolean;
  /** `line:column: message`, 1-based. */
  errors: string[];
  warnings: string[];
  /** Accessibility findings of the framework's own checker: Svelte's compiler, jsx-a11y for React (empty elsewhere). */
  a11y: string[];
}
