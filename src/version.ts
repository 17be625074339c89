// The package version, stamped into reports and the User-Agent.
export const VERSION = '0.1.0';
