// `tally serve` as a real process: it starts on a free port, answers /api/stats, and stops cleanly
// on SIGTERM (exit code 0, the store closed).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, tally } from "./helpers/run-tally.js";

const dir = mkdtempSync(join(tmpdir(), "tally-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tally serve", () => {
  it("serves the API on a free port and stops on SIGTERM", async () => {
    const db = join(dir, "tally.db");
    expect((await tally(["ingest", "test/fixtures/incidents/khan-shaykhun.jsonl", "--db", db])).code).toBe(0);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "serve", "--db", db, "--port", "0"],
      { cwd: root, env: { ...process.env, TZ: "UTC" } },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk;
          const m = /listening on (http:\/\/\S+)/.exec(stdout);
          if (m?.[1]) resolve(m[1]);
        });
        child.on("close", () => reject(new Error(`serve exited: ${stderr}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const r = await fetch(`${url}api/stats`);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await r.json()).toMatchObject({ articles: 4, incidents: expect.any(Number) });
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain("SIGTERM, stopping");
  });

  it("refuses a port that is not one", async () => {
    const run = await tally(["serve", "--port", "http", "--db", join(dir, "x.db")]);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/port number/);
  });
});
