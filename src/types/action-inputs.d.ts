// action.yml's input defaults, inlined at build time by scripts/action-inputs.mjs (esbuild and vitest).
declare module 'virtual:action-inputs' {
  /** `{ inputName: default }` exactly as action.yml declares them, in its order. */
  const defaults: Readonly<Record<string, string>>;
  export default defaults;
}
