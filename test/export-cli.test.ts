// `tally export`, run as a real process on a store built from the Khan Shaykhun fixture: the CSV
// parses back with a CSV library, the GeoJSON has RFC 7946's structure.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tally } from "./helpers/run-tally.js";

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tally-export-"));
  db = join(dir, "tally.db");
  const run = await tally(["ingest", "test/fixtures/incidents/khan-shaykhun.jsonl", "--db", db]);
  if (run.code !== 0) throw new Error(run.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tally export", () => {
  it("writes incidents as CSV with a header row, one incident a row, the figures reconciled", async () => {
    const out = join(dir, "incidents.csv");
    const run = await tally(["export", "--db", db, "--format", "csv", "--out", out]);
    expect(run.code).toBe(0);
    const rows = parse(readFileSync(out), { columns: true, bom: true }) as Array<Record<string, string>>;
    const ks = rows.find((r) => r.articles === "2");
    expect(ks).toMatchObject({
      date: "2017-04-04",
      date_precision: "day",
      country: "Syria",
      weapon: "chemical",
      killed_min: "58",
      killed_best: "72",
      sources: "2",
      grade: "fair",
    });
    expect(Number(ks?.latitude)).toBeCloseTo(35.44, 1);
    expect(Number(ks?.longitude)).toBeCloseTo(36.65, 1);
    // The Aleppo rocket attack is an incident of its own, told by one source.
    expect(rows.find((r) => r.place === "Aleppo")).toMatchObject({ civilians_min: "4", grade: "weak" });
  });

  it("writes a GeoJSON FeatureCollection of points, longitude first", async () => {
    const run = await tally(["export", "--db", db, "--format", "geojson"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      type: string;
      features: Array<{
        type: string;
        geometry: { type: string; coordinates: number[] } | null;
        properties: object;
      }>;
    };
    expect(doc.type).toBe("FeatureCollection");
    expect(doc.features.length).toBeGreaterThanOrEqual(2);
    for (const f of doc.features) {
      expect(f.type).toBe("Feature");
      expect(typeof f.properties).toBe("object");
      if (f.geometry === null) continue;
      expect(f.geometry.type).toBe("Point");
      const [lon, lat] = f.geometry.coordinates;
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
  });

  it("writes claims as CSV too, and refuses a missing format without a stack trace", async () => {
    const run = await tally(["export", "--db", db, "--format", "csv", "--what", "claims"]);
    const rows = parse(run.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.outlet)).toEqual(expect.arrayContaining(["Reuters", "Al Jazeera", "SANA"]));
    const bad = await tally(["export", "--db", db]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/required option '-f, --format <format>'/);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });
});
