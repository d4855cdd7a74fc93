import { loadConfig, type Config } from './config.js';

/**
 * The configuration of this process's environment, for the programs npm runs: undefined once what
 * is wrong with it is printed to stderr, so each program only has to exit.
 */
export function environmentConfig(): Config | undefined {
  const loaded = loadConfig(process.env);
  if (loaded.ok) return loaded.config;
  process.stderr.write(`${loaded.message}\n`);
  return undefined;
}
