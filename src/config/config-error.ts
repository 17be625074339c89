// Config › error: the one-line error every config problem is reported with (exit code 2 in the CLI).
export class ConfigError extends Error {
  override name = 'ConfigError';
}
