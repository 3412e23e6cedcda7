// Guarantee: nothing Rapport ships can reach the network (DESIGN.md principle 4, "Private by
// construction"). Three independent checks: the built bundles and the sources contain no network
// module, network global or telemetry module; and the CLI, run with every network entry point of
// Node trapped, lints notes without touching one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundles, CLI, ensureBuilt, ROOT, runCli, scratch, shippedBundles, sourceFiles } from './helpers.js';

const NETWORK_MODULES = [
  'http', 'https', 'net', 'tls', 'dns', 'dns/promises', 'http2', 'dgram', 'undici', 'ws', 'node-fetch', 'axios', 'got',
  'request', 'superagent', 'cross-fetch', 'isomorphic-fetch', 'socket.io-client', 'eventsource',
];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const MODULE_USE = new RegExp(
  String.raw`(?:require\s*\(\s*|\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'\`](?:node:)?(?:${NETWORK_MODULES.map(escape).join('|')})["'\`]`,
  'g',
);
const NETWORK_GLOBALS: Array<[string, RegExp]> = [
  ['fetch(', /(?<![\w$])fetch\s*\(/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
  ['EventSource', /\bEventSource\b/g],
  ['importScripts', /\bimportScripts\b/g],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/g],
  ['process.binding (sockets)', /process\.binding\(\s*["'](?:tcp_wrap|udp_wrap|cares_wrap|tls_wrap|pipe_wrap)/g],
];
const TELEMETRY =
  /@vscode\/extension-telemetry|vscode-extension-telemetry|applicationinsights|TelemetryReporter|createTelemetryLogger|@sentry\/|\bposthog\b|\bmixpanel\b|@amplitude\/|@segment\/|analytics-node|google-analytics|googletagmanager|\bgtag\(|dd-trace|\bnewrelic\b|@bugsnag\/|\brollbar\b|@opentelemetry\//gi;

/** Every network or telemetry use in a text, as short labelled snippets (code, never note text). */
export function networkUses(text: string): string[] {
  const uses: string[] = [];
  const at = (index: number, label: string): string => `${label} at ${index}: …${text.slice(Math.max(0, index - 40), index + 40).replace(/\s+/g, ' ')}…`;
  for (const m of text.matchAll(MODULE_USE)) uses.push(at(m.index, `network module ${m[0]}`));
  for (const [label, pattern] of NETWORK_GLOBALS) for (const m of text.matchAll(pattern)) uses.push(at(m.index, label));
  for (const m of text.matchAll(TELEMETRY)) uses.push(at(m.index, `telemetry ${m[0]}`));
  return uses;
}

// Loaded with --require before the CLI: every way Node opens a connection or resolves a name
// records itself in a file and throws, so a use cannot go unnoticed (and nothing is ever sent).
const TRAP = String.raw`
const fs = require('fs');
const log = process.env.RAPPORT_NETWORK_TRAP;
function trip(what) { fs.appendFileSync(log, what + '\n'); throw new Error('network use blocked: ' + what); }
const entry = /^(?:connect|createConnection|request|get|lookup|lookupService|resolve\w*|reverse|createSocket|createServer|Agent)$/;
for (const name of ['net', 'tls', 'http', 'https', 'http2', 'dns', 'dgram', 'dns/promises']) {
  const mod = require(name);
  for (const key of Object.keys(mod)) if (typeof mod[key] === 'function' && entry.test(key)) mod[key] = () => trip(name + '.' + key);
}
require('net').Socket.prototype.connect = () => trip('net.Socket.connect');
globalThis.fetch = () => trip('fetch');
globalThis.WebSocket = function () { trip('WebSocket'); };
`;

describe('guarantee: nothing in dist/ can reach the network', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('the scanner finds each kind of network and telemetry use (it is not vacuous)', () => {
    const sample = [
      'const a=require("node:https");', "import b from 'net';", 'require("tls")', 'await import("dns")', 'globalThis.fetch(u)', 'fetch (u)',
      'new WebSocket(u)', 'new XMLHttpRequest()', 'navigator.sendBeacon(u)', 'require("@vscode/extension-telemetry")', 'new TelemetryReporter(k)',
      'require("http2")', 'require("undici")',
    ];
    for (const line of sample) assert.ok(networkUses(line).length > 0, `not detected: ${line}`);
    for (const line of ['prefetchRules(x)', 'const fetched = 1', 'require("node:fs")', 'require("node:path")', 'httpsLink = "see docs"']) {
      assert.deepEqual(networkUses(line), [], `false alarm: ${line}`);
    }
  });

  it('the bundles exist: the CLI, and the extension for desktop and web once its sources exist', () => {
    const built = bundles().map((b) => b.slice(ROOT.length + 1).split('\\').join('/'));
    assert.ok(built.includes('dist/cli.cjs'), `dist/cli.cjs missing; found ${built.join(', ')}`);
    if (existsSync(join(ROOT, 'src', 'vscode', 'extension.ts'))) {
      assert.ok(built.includes('dist/extension.cjs') && built.includes('dist/web/extension.js'), `extension bundles missing; found ${built.join(', ')}`);
    }
  });

  it('no shipped bundle in dist/ uses http, https, net, tls, dns, http2, fetch, WebSocket, XMLHttpRequest or a telemetry module', () => {
    // What ships: the CLI and the extension bundles (build-time helpers and test bundles in dist/ are not run by users).
    const problems = shippedBundles().flatMap((file) => networkUses(readFileSync(file, 'utf8')).map((use) => `${file.slice(ROOT.length + 1)}: ${use}`));
    assert.deepEqual(problems, []);
  });

  it('no source file imports a network or telemetry module, and no dependency is one', () => {
    const problems = sourceFiles(join(ROOT, 'src')).flatMap((file) => networkUses(readFileSync(file, 'utf8')).map((use) => `${file.slice(ROOT.length + 1)}: ${use}`));
    assert.deepEqual(problems, []);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const deps = Object.keys(pkg.dependencies ?? {});
    assert.deepEqual(deps.filter((d) => NETWORK_MODULES.includes(d) || networkUses(`require("${d}")`).length > 0), []);
  });

  it('the trap catches a network call (it is not vacuous), without sending anything', () => {
    const { dir, cleanup } = scratch({ 'trap.cjs': TRAP });
    try {
      const log = join(dir, 'network.log');
      spawnSync(process.execPath, ['--require', join(dir, 'trap.cjs'), '-e', "try { require('node:net').connect(9, '127.0.0.1'); } catch {} try { require('https').get('https://example.invalid/'); } catch {}"], {
        env: { ...process.env, RAPPORT_NETWORK_TRAP: log },
      });
      assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), ['net.connect', 'https.get']);
    } finally {
      cleanup();
    }
  });

  it('the CLI lints, explains, lists and writes config with every network entry point trapped, and touches none', () => {
    const { dir, cleanup } = scratch({ 'trap.cjs': TRAP });
    try {
      const log = join(dir, 'network.log');
      const env = { RAPPORT_NETWORK_TRAP: log, NODE_OPTIONS: `--require ${join(dir, 'trap.cjs')}` };
      const runs = [
        runCli(ROOT, ['lint', 'examples', 'test/fixtures/rules/identifiers', 'test/fixtures/rules/judgmental-language', '--format', 'sarif'], env),
        runCli(ROOT, ['lint', 'examples', '--format', 'json', '--include-excerpts'], env),
        runCli(ROOT, ['rules'], env),
        runCli(ROOT, ['explain', 'judgmental-language'], env),
        runCli(ROOT, ['schema'], env),
        runCli(dir, ['init'], env),
      ];
      assert.ok(!existsSync(log), `network use: ${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
      for (const run of runs) assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr.slice(0, 500)}`);
      assert.ok(existsSync(CLI));
    } finally {
      cleanup();
    }
  });
});
