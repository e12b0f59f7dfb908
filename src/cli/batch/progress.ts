// A progress bar on stderr for large batches on a terminal. Diagnostics are
// printed through it (above the bar) so the two never garble each other.
import { registerCleanup } from '../interrupt.js';
import { stderrIsTerminal, type CliIO } from '../io.js';

export interface Progress {
  /** Whether a bar is drawn. */
  readonly bar: boolean;
  log(text: string): void;
  tick(): void;
  stop(): void;
}

/** Batches smaller than this finish too fast for a bar to help. */
export const PROGRESS_THRESHOLD = 200;

const plain = (io: CliIO): Progress => ({ bar: false, log: (t) => void io.stderr.write(t), tick: () => undefined, stop: () => undefined });

/**
 * A bar when stderr is a terminal, the batch is big enough, and the data
 * does not go to the same terminal (`dataOnStdout` with a terminal stdout):
 * redrawn under the records, it would garble them.
 */
export async function createProgress(io: CliIO, total: number, enabled: boolean, dataOnStdout = false): Promise<Progress> {
  // (TERM=dumb: a terminal that cannot move its cursor gets no redrawn bar.)
  if (!enabled || !stderrIsTerminal(io) || total < PROGRESS_THRESHOLD || (dataOnStdout && io.stdoutIsTTY === true)) return plain(io);
  // Loaded only when a bar is shown: most runs never pay for it.
  const { default: cliProgress } = await import('cli-progress');
  const multi = new cliProgress.MultiBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: 'senq [{bar}] {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, { rate: '0' });
  const start = performance.now();
  let done = 0;
  // The bar prints logged lines only when it redraws: draw once more before
  // stopping, or the last diagnostics are lost. Stopping also shows the
  // cursor again, which Ctrl-C must not skip.
  const finish = () => {
    multi.update();
    multi.stop();
  };
  const forget = registerCleanup(finish);
  return {
    bar: true,
    log: (t) => multi.log(t),
    tick: () => {
      done++;
      const rate = done / Math.max((performance.now() - start) / 1000, 0.001);
      bar.update(done, { rate: rate.toFixed(0) });
    },
    stop: () => {
      forget();
      finish();
    },
  };
}
