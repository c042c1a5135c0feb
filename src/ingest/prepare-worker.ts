// A worker thread that prepares batches of articles (prepare.ts) for the main thread to store.
import { parentPort } from "node:worker_threads";
import { type PrepareInput, prepareInputs } from "./prepare.js";

parentPort?.on("message", ({ id, inputs }: { id: number; inputs: PrepareInput[] }) => {
  try {
    const prepared = prepareInputs(inputs);
    // The signatures' buffers move to the main thread instead of being copied.
    parentPort?.postMessage(
      { id, prepared },
      prepared.map((p) => p.signature.buffer as ArrayBuffer),
    );
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
