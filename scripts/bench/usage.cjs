// Preloaded (node --require) into a benchmarked command: on exit, writes the whole process's CPU
// time (every thread: getrusage counts them all) and peak memory to BENCH_USAGE_FILE.
'use strict';
const { isMainThread } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_USAGE_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssMB: usage.maxRSS / 1024 }));
  });
}
