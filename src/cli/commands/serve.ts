// `tally serve [--db FILE] [--port 8080] [--host 127.0.0.1]`: the JSON API and the dashboard from
// one process (src/server/app.ts), until SIGINT or SIGTERM, when it stops taking connections and
// closes the store.
import { serve } from "@hono/node-server";
import { type Command, InvalidArgumentError } from "commander";
import { TallyError } from "../../errors.js";
import { createApp } from "../../server/app.js";
import { DEFAULT_DB, openStore } from "../../store/index.js";
import type { CliContext } from "../context.js";

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new InvalidArgumentError("expected a port number from 0 to 65535 (0: any free port)");
  return port;
}

export function registerServe(program: Command, context: CliContext): void {
  program
    .command("serve")
    .description("serve the JSON API (/api, described at /api/openapi.json) and the dashboard")
    .option("--db <file>", "the store", DEFAULT_DB)
    .option("--port <port>", "port to listen on (0: any free port)", parsePort, 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--web <folder>", "the dashboard's files (default: dist/web beside the package)")
    .action(async (flags: { db: string; port: number; host: string; web?: string }) => {
      const store = openStore(flags.db);
      try {
        const app = createApp(store, flags.web === undefined ? {} : { webRoot: flags.web });
        await new Promise<void>((resolve, reject) => {
          const server = serve({ fetch: app.fetch, port: flags.port, hostname: flags.host }, (info) => {
            const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
            context.stdout.write(
              `tally serve: listening on http://${host}:${info.port}/ (store ${flags.db})\n`,
            );
          });
          server.once("error", (error: NodeJS.ErrnoException) =>
            reject(
              new TallyError(
                "IO",
                error.code === "EADDRINUSE"
                  ? `cannot listen on ${flags.host}:${flags.port}: the address is in use`
                  : `cannot listen on ${flags.host}:${flags.port}: ${error.message}`,
              ),
            ),
          );
          const stop = (signal: string) => {
            context.stderr.write(`tally serve: ${signal}, stopping\n`);
            process.off("SIGINT", onInt);
            process.off("SIGTERM", onTerm);
            server.close(() => resolve());
            // Keep-alive connections would hold close() open: end them.
            if ("closeAllConnections" in server) server.closeAllConnections();
          };
          const onInt = () => stop("SIGINT");
          const onTerm = () => stop("SIGTERM");
          process.on("SIGINT", onInt);
          process.on("SIGTERM", onTerm);
        });
      } finally {
        store.close();
      }
    });
}
