// Lints many files on every core. The lint command stays synchronous (tests call main() in
// process): the main thread posts jobs to worker threads and blocks on a shared counter
// (Atomics.wait) until results arrive, which it takes with receiveMessageOnPort.
import { MessageChannel, receiveMessageOnPort, Worker, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ConfigResolver } from './config.js';
import { lintJob, type LintJob, type LintJobOptions, type LintJobResult } from './worker-job.js';

interface WorkerSetup {
  rapportLintWorker: true;
  configPath: string | null;
  options: LintJobOptions;
  results: MessagePort;
  /** Int32Array over a SharedArrayBuffer: [0] counts results posted, so the main thread can sleep on it. */
  signal: SharedArrayBuffer;
}

interface JobReply {
  index: number;
  result: LintJobResult;
}

/** The worker side: lint each job with the config for its folder, post the result, wake the main thread. */
export function runLintWorker(): void {
  const setup = workerData as WorkerSetup;
  const resolver = new ConfigResolver(setup.configPath);
  const signal = new Int32Array(setup.signal);
  parentPort!.on('message', (jobs: LintJob[]) => {
    for (const job of jobs) {
      let result: LintJobResult;
      const config = resolver.forFile(job.filePath);
      if (config.ok) result = lintJob(job, config.config, setup.options);
      // The main thread resolved the same config without error; this cannot happen, but never drop a file.
      else result = { findings: [], suppressed: [], problems: [{ severity: 'error', message: 'Rapport could not read the config for this file.' }], note: null };
      setup.results.postMessage({ index: job.index, result } satisfies JobReply);
      Atomics.add(signal, 0, 1);
      Atomics.notify(signal, 0);
    }
  });
}

export function isLintWorker(data: unknown = workerData): boolean {
  return typeof data === 'object' && data !== null && (data as Partial<WorkerSetup>).rapportLintWorker === true;
}

export interface PoolOptions {
  /** The script a worker runs: the CLI bundle itself, or a module that calls runLintWorker(). */
  script: string;
  size: number;
  configPath: string | null;
  options: LintJobOptions;
  execArgv?: string[];
}

/**
 * A lint worker's young generation, in MB (V8 sizes it at three semi-spaces). Parsing a note leaves
 * about 2 MB of short-lived objects behind, so with V8's default the worker scavenges every few
 * notes; room for 32 MB semi-spaces cuts the garbage collector's share of the CPU. Memory, not
 * findings: the worker holds only the notes of its batch.
 */
const YOUNG_GENERATION_MB = 96;
/** Jobs sent to a worker at once: fewer messages, and still enough batches to balance two cores. */
const BATCH = 8;
/** With nothing back for this long, the workers are assumed lost and the main thread lints what is left. */
const STALL_MS = 120_000;

export class LintPool {
  private readonly workers: Worker[] = [];
  private readonly outstanding: Array<Map<number, LintJob>> = [];
  private readonly pending: LintJob[][] = [];
  private readonly ports: MessagePort[] = [];
  private readonly signal: Int32Array;
  private inFlight = 0;
  private closed = false;

  constructor(setup: PoolOptions) {
    const shared = new SharedArrayBuffer(4);
    this.signal = new Int32Array(shared);
    for (let i = 0; i < setup.size; i++) {
      // A channel per worker: its results come back on its own port.
      const { port1, port2 } = new MessageChannel();
      const data: WorkerSetup = { rapportLintWorker: true, configPath: setup.configPath, options: setup.options, results: port1, signal: shared };
      const worker = new Worker(setup.script, { workerData: data, transferList: [port1], execArgv: setup.execArgv ?? process.execArgv, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, stdout: false, stderr: false });
      worker.unref();
      this.workers.push(worker);
      this.outstanding.push(new Map());
      this.pending.push([]);
      this.ports.push(port2);
    }
  }

  /** Queues a job on the worker with the least work; batches are posted when full or on drain. */
  submit(job: LintJob): void {
    let best = 0;
    for (let i = 1; i < this.workers.length; i++) {
      if (this.load(i) < this.load(best)) best = i;
    }
    this.pending[best]!.push(job);
    this.outstanding[best]!.set(job.index, job);
    this.inFlight++;
    if (this.pending[best]!.length >= BATCH) this.flush(best);
  }

  private load(i: number): number {
    return this.outstanding[i]!.size;
  }

  private flush(i: number): void {
    const batch = this.pending[i]!;
    if (batch.length === 0) return;
    this.workers[i]!.postMessage(batch);
    this.pending[i] = [];
  }

  /** Results that have arrived, without waiting. */
  poll(): JobReply[] {
    const replies: JobReply[] = [];
    for (let i = 0; i < this.ports.length; i++) {
      for (let message = receiveMessageOnPort(this.ports[i]!); message; message = receiveMessageOnPort(this.ports[i]!)) {
        const reply = message.message as JobReply;
        this.outstanding[i]!.delete(reply.index);
        this.inFlight--;
        replies.push(reply);
      }
    }
    return replies;
  }

  /**
   * Blocks until every submitted job is back, calling `onReply` as they come. `lintHere` lints a
   * job on this thread: used only if the workers stop answering (a crash), so no file is dropped.
   */
  drain(onReply: (reply: JobReply) => void, lintHere: (job: LintJob) => LintJobResult): void {
    for (let i = 0; i < this.workers.length; i++) this.flush(i);
    let lastProgress = Date.now();
    while (this.inFlight > 0) {
      const before = Atomics.load(this.signal, 0);
      const replies = this.poll();
      for (const reply of replies) onReply(reply);
      if (replies.length > 0) {
        lastProgress = Date.now();
        continue;
      }
      if (Date.now() - lastProgress > STALL_MS) {
        for (const jobs of this.outstanding) {
          for (const job of jobs.values()) onReply({ index: job.index, result: lintHere(job) });
          jobs.clear();
        }
        this.inFlight = 0;
        break;
      }
      if (Atomics.load(this.signal, 0) === before) Atomics.wait(this.signal, 0, before, 50);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const worker of this.workers) void worker.terminate();
    for (const port of this.ports) port.close();
  }
}
