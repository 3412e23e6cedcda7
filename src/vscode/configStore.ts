import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, findConfigFile } from '../core/config/discover.js';
import { dirname, joinPath } from '../core/config/paths.js';
import { ConfigError, defaultConfig, loadConfig, type ResolvedConfig } from '../core/config/resolve.js';
import { rules } from '../core/rules/index.js';
import { readSettings } from './settings.js';
import { pathOf, uriFor } from './uris.js';

export interface ConfigResult {
  config: ResolvedConfig;
  /** The config file in use, or null when the settings (or the defaults) apply. */
  file: vscode.Uri | null;
  error?: ConfigError;
}

const decoder = new TextDecoder();

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds and loads the config for a note with vscode.workspace.fs (so the same code runs on the
 * desktop, in code-server and on vscode.dev), caching the result per folder until a config changes.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ConfigResult>>();
  private readonly onErrorEmitter = new vscode.EventEmitter<{ error: ConfigError; file: vscode.Uri | null }>();
  /** A config file (or, with `file` null, the settings) did not load; the problems carry no note text. */
  readonly onError = this.onErrorEmitter.event;

  /** Which files each cached config was built from, to know what a changed file affects. */
  readonly filesInUse = new Set<string>();

  dispose(): void {
    this.onErrorEmitter.dispose();
  }

  invalidate(): void {
    this.cache.clear();
    this.filesInUse.clear();
  }

  configFor(uri: vscode.Uri): Promise<ConfigResult> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    const dir = uri.scheme === 'untitled' ? (folder?.uri ?? null) : uri.with({ path: dirname(pathOf(uri)) });
    const key = `${dir?.toString() ?? ''}|${folder?.uri.toString() ?? ''}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.load(dir, folder);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async load(dir: vscode.Uri | null, folder: vscode.WorkspaceFolder | undefined): Promise<ConfigResult> {
    const fromSettings = (): ConfigResult => this.fromSettings(folder);
    if (!dir) return fromSettings();
    const file = await this.discover(dir, folder);
    if (!file) return fromSettings();
    const texts = new Map<string, string | undefined>();
    // loadConfig is synchronous: read what it asks for, and retry until it asks for nothing new
    // (the file itself, then whatever it `extends`).
    for (let round = 0; round < 16; round++) {
      const wanted: string[] = [];
      const host = {
        readFile: (path: string) => {
          if (!texts.has(path)) wanted.push(path);
          return texts.get(path);
        },
      };
      try {
        const config = loadConfig(pathOf(file), host, rules);
        for (const used of config.files) this.filesInUse.add(used);
        return { config, file };
      } catch (error) {
        if (wanted.length === 0 || !(error instanceof ConfigError)) {
          const problem = error instanceof ConfigError ? error : new ConfigError(pathOf(file), ['could not be read']);
          this.onErrorEmitter.fire({ error: problem, file: uriFor(problem.file, file) });
          for (const path of texts.keys()) this.filesInUse.add(path);
          return { ...fromSettings(), file, error: problem };
        }
        await Promise.all(
          wanted.map(async (path) => {
            try {
              texts.set(path, decoder.decode(await vscode.workspace.fs.readFile(uriFor(path, file))));
            } catch {
              texts.set(path, undefined);
            }
          }),
        );
      }
    }
    const loop = new ConfigError(pathOf(file), ['extends: too many files']);
    this.onErrorEmitter.fire({ error: loop, file });
    return { ...fromSettings(), file, error: loop };
  }

  /** The nearest `.rapportrc.*` at or above `dir`, bounded by the workspace folder. */
  private async discover(dir: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): Promise<vscode.Uri | null> {
    const stopAt = folder ? pathOf(folder.uri) : undefined;
    const candidates: string[] = [];
    findConfigFile(
      pathOf(dir),
      (path) => {
        candidates.push(path);
        return false;
      },
      stopAt,
    );
    const present = new Set<string>();
    await Promise.all(
      candidates.map(async (path) => {
        if (await exists(uriFor(path, dir))) present.add(path);
      }),
    );
    const found = findConfigFile(pathOf(dir), (path) => present.has(path), stopAt);
    return found ? uriFor(found, dir) : null;
  }

  private fromSettings(folder: vscode.WorkspaceFolder | undefined): ConfigResult {
    const settings = readSettings(folder?.uri);
    // Globs in the settings are relative to the workspace folder: the label's folder is their base.
    const label = joinPath(folder ? pathOf(folder.uri) : '/', 'settings (rapport.*)');
    try {
      return { config: defaultConfig(rules, settings.overrides, label), file: null };
    } catch (error) {
      const problem = error instanceof ConfigError ? error : new ConfigError(label, ['could not be read']);
      this.onErrorEmitter.fire({ error: problem, file: null });
      return { config: defaultConfig(rules), file: null, error: problem };
    }
  }
}

export function isConfigFileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name);
}
