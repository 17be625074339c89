// Config loading › YAML parser, behind a module of our own so load.ts can import it on demand: the
// bundler turns a dynamic import of the CommonJS `yaml` package into its default export only, while
// this static re-export keeps the named binding.
export { parseDocument } from 'yaml';
