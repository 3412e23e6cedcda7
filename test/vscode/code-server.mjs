// code-server as the VS Code runtime for the integration suites and the E2E check
// (VSCODE-TESTING.md): a server bound to 127.0.0.1 with isolated state, the extension installed
// from its .vsix, tests run through the workbench's smoke-test driver payload.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const chromiumPath = () => process.env.CHROMIUM || '/usr/bin/chromium';

/** The cached runtime from .ci/setup-code-server.sh, or the reason there is none. */
export function findRuntime() {
  const dir = resolve(process.env.VSC_RUNTIME_DIR || '/var/cache/vsc-runtime');
  const codeServer = join(dir, 'code-server/node_modules/.bin/code-server');
  const nodeBin = join(dir, 'node24/node_modules/.bin');
  if (!existsSync(codeServer) || !existsSync(join(nodeBin, 'node'))) return { reason: `no code-server runtime in ${dir} (run .ci/setup-code-server.sh)` };
  if (!existsSync(chromiumPath())) return { reason: `no Chromium at ${chromiumPath()} (apt-get install chromium)` };
  return { dir, codeServer, nodeBin };
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** A scratch area for one CI run: config, data, user data, extensions, workspaces, tmp. */
export function makeScratch() {
  const root = mkdtempSync(join(tmpdir(), 'rapport-vscode-'));
  for (const d of ['config', 'data', 'ud/User', 'exts', 'tmp']) mkdirSync(join(root, d), { recursive: true });
  return root;
}

/** Installs the .vsix into the scratch extensions folder and returns the installed extension's folder. */
export function installVsix(runtime, scratch, vsix, userSettings) {
  copyFileSync(userSettings, join(scratch, 'ud/User/settings.json'));
  const env = serverEnv(runtime, scratch);
  const r = spawnSync(runtime.codeServer, ['--user-data-dir', join(scratch, 'ud'), '--extensions-dir', join(scratch, 'exts'), '--install-extension', vsix], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}): ${r.stderr || r.stdout}`);
  const installed = readdirSync(join(scratch, 'exts')).find((d) => d.startsWith('rapport.rapport-'));
  if (!installed) throw new Error('the .vsix did not install');
  return join(scratch, 'exts', installed);
}

function serverEnv(runtime, scratch, extra = {}) {
  return {
    ...process.env,
    PATH: `${runtime.nodeBin}:${process.env.PATH}`,
    // code-server writes config.yaml and data under XDG folders on every start; keep them in scratch.
    XDG_CONFIG_HOME: join(scratch, 'config'),
    XDG_DATA_HOME: join(scratch, 'data'),
    // The server leaves vscode-ipc-*.sock and friends in os.tmpdir().
    TMPDIR: join(scratch, 'tmp'),
    ...extra,
  };
}

/**
 * Starts code-server in its own process group (its watchers and extension hosts outlive the
 * wrapper otherwise) and resolves once /healthz answers. `trust: false` opens folders in Restricted Mode.
 */
export async function startServer(runtime, scratch, { trust = true, env = {}, log, userDataDir = join(scratch, 'ud') } = {}) {
  const port = await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--reconnection-grace-time', '5', '--user-data-dir', userDataDir, '--extensions-dir', join(scratch, 'exts'),
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (trust) args.push('--disable-workspace-trust');
  const { openSync } = await import('node:fs');
  const out = openSync(log ?? join(scratch, `server-${port}.log`), 'w');
  const child = spawn(runtime.codeServer, args, { env: serverEnv(runtime, scratch, env), detached: true, stdio: ['ignore', out, out] });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 60000;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not start (exit ${child.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, pid: child.pid, stop, exited: new Promise((r) => child.once('exit', r)) };
}

const NOISE = /ChatModelSelection|AgentHost|AccountPolicyGate|Creating a socket|connection token|grace-time|Service Worker|builtin extensions cache|ENOTFOUND|open-vsx|authentication provider|\[Extension Host\] \(node:\d+\) \[DEP/;

/**
 * Runs a bundled mocha entry in the extension host via the workbench payload. Resolves to the exit
 * code, the counts from the suite's closing line ("vscode-tests: N passed, N failed, N skipped")
 * and the first argument of every line the host logged.
 */
export async function runSuite(server, { folder, extensionPath, testsPath, timeoutS = 600, kind }) {
  const { chromium } = await import('playwright-core');
  const authority = new URL(server.url).host;
  const remote = (p) => `vscode-remote://${authority}${resolve(p)}`; // a plain path would mean "a file in the browser"
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
    // 'web' runs the extension under development (and so the tests) in the web worker host.
    ...(kind ? [['extensionDevelopmentKind', kind]] : []),
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const profile = mkdtempSync(join(tmpdir(), 'rapport-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let resolveExit;
    let counts = null;
    const lines = [];
    const exited = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      args = Array.isArray(args) ? args : [args];
      if (NOISE.test(String(args[0]))) return;
      lines.push(String(args[0]));
      const closing = /^vscode-tests: (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(String(args[0]));
      if (closing) counts = { passes: Number(closing[1]), failures: Number(closing[2]), pending: Number(closing[3]) };
      (console[type] || console.log)(...args);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    page.on('crash', () => resolveExit('crash'));
    await page.goto(url);
    let timer;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutS * 1000)))]);
    clearTimeout(timer);
    return { code, counts, lines };
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * A user-data folder whose settings make the workbench run Rapport in the browser's web worker
 * extension host (as on vscode.dev) instead of the server's Node host: the `browser` bundle.
 */
export function webWorkerProfile(scratch, userSettings) {
  const dir = join(scratch, 'ud-web');
  mkdirSync(join(dir, 'User'), { recursive: true });
  const settings = JSON.parse(readFileSync(userSettings, 'utf8'));
  settings['remote.extensionKind'] = { 'rapport.rapport': ['web'] };
  writeFileSync(join(dir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return dir;
}
