// A progress line for long commands, on a terminal only (never in pipes, logs or tests).
import cliProgress from "cli-progress";

export interface Progress {
  update(articles: number, rejected: number): void;
  /** Prints a message above the progress line. */
  interrupt(print: () => void): void;
  stop(): void;
}

export function startProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }): Progress {
  if (!stderr.isTTY) return { update() {}, interrupt: (print) => print(), stop() {} };
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr as NodeJS.WritableStream,
      format: "ingest | {value} articles | {rate} articles/s | {rejected} rejected",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rate: 0, rejected: 0 });
  return {
    update(articles, rejected) {
      const seconds = (performance.now() - started) / 1000;
      bar.setTotal(articles);
      bar.update(articles, { rate: seconds > 0 ? Math.round(articles / seconds) : 0, rejected });
    },
    interrupt(print) {
      // Clear the line, print, and let the next update redraw it.
      stderr.write("\r\x1b[K");
      print();
    },
    stop: () => bar.stop(),
  };
}
