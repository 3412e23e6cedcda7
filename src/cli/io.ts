// What the CLI needs from the outside world, so commands can be tested in process.
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal: only then is a progress line shown. */
  interactive: boolean;
  /** Colours for stylish output, only on a terminal. */
  colour: boolean;
  /** A script worker threads can run to lint many files on every core (the built CLI itself); absent, everything runs on this thread. */
  workerScript?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
