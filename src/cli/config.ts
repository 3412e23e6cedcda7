import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findConfigFile } from '../core/config/discover.js';
import { toPosix } from '../core/config/paths.js';
import { ConfigError, defaultConfig, loadConfig, type ConfigHost, type ResolvedConfig } from '../core/config/resolve.js';
import { rules } from '../core/rules/index.js';

export const nodeConfigHost: ConfigHost = {
  readFile(path) {
    try {
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; error: ConfigError };

/** Resolves the config for each folder once: the nearest `.rapportrc.*`, or `--config` for all. */
export class ConfigResolver {
  private readonly byDir = new Map<string, ConfigResult>();
  private readonly byFile = new Map<string, ConfigResult>();

  constructor(private readonly explicit: string | null) {}

  forFile(filePath: string): ConfigResult {
    const dir = dirname(resolve(filePath));
    let result = this.byDir.get(dir);
    if (!result) {
      const file = this.explicit ?? findConfigFile(toPosix(dir), (p) => existsSync(p));
      result = file ? this.load(file) : { ok: true, config: defaultConfig(rules) };
      this.byDir.set(dir, result);
    }
    return result;
  }

  private load(file: string): ConfigResult {
    let result = this.byFile.get(file);
    if (!result) {
      try {
        if (nodeConfigHost.readFile(file) === undefined) throw new ConfigError(file, ['the config file cannot be read']);
        result = { ok: true, config: loadConfig(toPosix(file), nodeConfigHost, rules) };
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        result = { ok: false, error };
      }
      this.byFile.set(file, result);
    }
    return result;
  }
}
