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
    // Into a folder that does not exist yet; where it went is said on stderr, stdout stays empty.
    const out = join(dir, "exports", "incidents.csv");
    const run = await tally(["export", "--db", db, "--format", "csv", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      new RegExp(`^wrote \\d+ incidents as csv to ${out.replace(/[.\\/]/g, "\\$&")}\n$`),
    );
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

  it("writes articles as CSV: claims, incidents told, verdict and story, one article a row", async () => {
    const run = await tally(["export", "--db", db, "--format", "csv", "--what", "articles"]);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.doc_id)).toEqual(["ks-reuters", "ks-aljazeera", "aleppo-sana", "ks-tally"]);
    const [reuters, aljazeera, sana, monitor] = rows;
    expect(reuters).toMatchObject({
      outlet: "Reuters",
      origin: "test/fixtures/incidents/khan-shaykhun.jsonl:1",
      published: "2017-04-04",
      incidents: "1",
      verdict: "consistent",
      disagreements: "",
      story: reuters?.id,
      repost_of: "",
    });
    expect(Number(reuters?.claims)).toBeGreaterThanOrEqual(1);
    // Both outlets tell the same incident, their main one.
    expect(aljazeera?.main_incident).toBe(reuters?.main_incident);
    expect(aljazeera?.incidents_told).toBe(reuters?.main_incident);
    expect(sana).toMatchObject({ verdict: "unverified", incidents: "1" });
    // The monitor's toll since January tells no incident: unverified, no main incident.
    expect(monitor).toMatchObject({ incidents: "0", main_incident: "", verdict: "unverified" });
  });

  it("places each article at its main incident in GeoJSON, and one telling none at no point", async () => {
    const run = await tally(["export", "--db", db, "--format", "geojson", "--what", "articles"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      features: Array<{ geometry: { coordinates: number[] } | null; properties: { docId: string } }>;
    };
    const at = Object.fromEntries(doc.features.map((f) => [f.properties.docId, f.geometry?.coordinates]));
    expect(at["ks-reuters"]).toEqual(at["ks-aljazeera"]);
    expect(at["ks-reuters"]?.[1]).toBeCloseTo(35.44, 1);
    expect(at["ks-tally"]).toBeUndefined();
  });

  it("names a repost's original in the articles export", async () => {
    const store = join(dir, "reposts.db");
    await tally(["ingest", "test/fixtures/incidents/discounted.jsonl", "--db", store]);
    const run = await tally(["export", "--db", store, "--format", "csv", "--what", "articles"]);
    const rows = parse(run.stdout, { columns: true }) as Array<Record<string, string>>;
    const original = rows.find((r) => r.doc_id === "raqqa-reuters");
    expect(rows.find((r) => r.doc_id === "raqqa-repost")).toMatchObject({
      story: original?.id,
      repost_of: original?.id,
    });
    expect(original?.repost_of).toBe("");
  });
});
