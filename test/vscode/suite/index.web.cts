// Web worker extension-host test entry: the same suites, bundled into one CommonJS file for the
// browser (the web host only resolves require('vscode'); node:assert is the npm `assert` polyfill).
// Restricted Mode runs only in the Node host; the results come back as the closing log line.
/* eslint-disable @typescript-eslint/no-require-imports */
require('mocha/mocha'); // mocha's browser build: defines globalThis.mocha

interface BrowserMocha {
  setup(options: { ui: string; timeout: number }): void;
  reporter(name: string): void;
  run(done: (failures: number) => void): { stats?: { passes?: number; pending?: number } };
}

function run(): Promise<void> {
  // This entry exists to test the browser bundle: refuse to pass anywhere but in a web worker.
  if (typeof (globalThis as { navigator?: unknown }).navigator === 'undefined' || typeof (globalThis as { process?: unknown }).process !== 'undefined') {
    return Promise.reject(new Error('index.web ran outside the web worker extension host'));
  }
  // mocha.run reads location.search (its ?grep); the extension host's worker exposes no location.
  const scope = globalThis as unknown as { location?: { search?: string } };
  if (!scope.location) {
    try {
      Object.defineProperty(globalThis, 'location', { value: { search: '', href: '' }, configurable: true });
    } catch {
      // read-only: mocha will say so
    }
  }
  return new Promise((resolve, reject) => {
    const m = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
    m.setup({ ui: 'tdd', timeout: 60000 });
    m.reporter('spec'); // the browser build defaults to the HTML reporter, which needs a DOM
    require('./commands.test');
    require('./config.test');
    require('./diagnostics.test');
    require('./hover.test');
    require('./largeNote.test');
    require('./quickfixes.test');
    require('./timing.test');
    const runner = m.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`vscode-tests: ${passes} passed, ${failures} failed, ${pending} skipped`);
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}

// Last: esbuild treats mocha's UMD wrapper as ESM and it overwrites the host's module.exports.
module.exports = { run };
