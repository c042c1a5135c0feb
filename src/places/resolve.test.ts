// Pins the place resolver: the hand-checked corpus fixture (≥ 0.95 right), and focused
// cases for spelling normalisation, namesakes, neighbourhoods and unresolved names.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nameKey, resolvePlace, skeletonKey } from "./index.js";
import type { GeoPrecision } from "./types.js";

interface Mention {
  id: number;
  mention: string;
  source: string;
  context: string[];
  expected: string | null;
  precision: GeoPrecision;
  checked: string;
}

const fixture: Mention[] = JSON.parse(
  readFileSync(new URL("../../test/fixtures/places/mentions.json", import.meta.url), "utf8"),
);

describe("fixture: place mentions from the corpus", () => {
  it("has at least 60 hand-checked mentions", () => {
    expect(fixture.length).toBeGreaterThanOrEqual(60);
    for (const m of fixture) expect(m.checked.length).toBeGreaterThan(10);
  });

  it("resolves at least 95% to the checked id and precision", () => {
    const misses: string[] = [];
    for (const m of fixture) {
      const r = resolvePlace(m.mention, { names: m.context });
      if (r.gazetteerId !== m.expected || r.precision !== m.precision)
        misses.push(
          `#${m.id} ${m.mention} (${m.source}): got ${r.gazetteerId} ${r.precision}, want ${m.expected} ${m.precision} — ${r.note}`,
        );
    }
    const accuracy = 1 - misses.length / fixture.length;
    expect(accuracy, `accuracy ${accuracy.toFixed(3)}; misses:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(
      0.95,
    );
  });
});

describe("nameKey", () => {
  it("folds transliterations of one name together", () => {
    const same = (...names: string[]) => expect(new Set(names.map(nameKey)).size, names.join(" / ")).toBe(1);
    same("Raqqa", "Raqa", "ar-Raqqah", "al-Raqqa", "Ar Raqqah", "RAQQA");
    same("Deir ez-Zor", "Deir al-Zour", "Deir Ezzor", "Deir el-Zour");
    same("Mayadin", "al-Mayadeen", "Al Mayādīn");
    same("Khan Sheikhoun", "Khān Shaykhūn", "Khan Shaykhun");
    same("Hasakeh", "Hassakeh", "Al Ḩasakah", "al-Hasaka");
    same("Tall ‘Afar", "Tal Afar", "Tel Afar");
    same("Salamiyeh", "As Salamīyah", "Salamyieh");
  });

  it("keeps different places apart", () => {
    expect(nameKey("Hama")).not.toBe(nameKey("Homs"));
    expect(nameKey("Idlib")).not.toBe(nameKey("Adlib"));
    expect(nameKey("Tabqa")).not.toBe(nameKey("Tal Abyad"));
  });

  it("gives no skeleton to names too short to trust", () => {
    expect(skeletonKey("Deraa")).toBeNull();
    expect(skeletonKey("Menbij")).toBe(skeletonKey("Manbij"));
  });
});

describe("resolvePlace", () => {
  it("gives coordinates, ids, province and country", () => {
    const r = resolvePlace("ar-Raqqah");
    expect(r).toMatchObject({
      query: "ar-Raqqah",
      gazetteerId: "geonames:172955",
      admin1: "Raqqa",
      country: "Syria",
      countryCode: "SY",
      precision: "exact",
    });
    expect(r.lat).toBeCloseTo(35.953, 2);
    expect(r.lon).toBeCloseTo(39.008, 2);
  });

  it("resolves provinces, countries and regions", () => {
    expect(resolvePlace("Raqqa province")).toMatchObject({
      gazetteerId: "geonames-admin1:SY.04",
      precision: "province",
    });
    expect(resolvePlace("Damascus countryside")).toMatchObject({ gazetteerId: "geonames-admin1:SY.08" });
    expect(resolvePlace("Nineveh")).toMatchObject({ gazetteerId: "geonames-admin1:IQ.15", country: "Iraq" });
    expect(resolvePlace("Iraq")).toMatchObject({ gazetteerId: "geonames:99237", precision: "country" });
    expect(resolvePlace("northern Syria")).toMatchObject({
      gazetteerId: "geonames:163843",
      precision: "country",
    });
    expect(resolvePlace("Eastern Ghouta")).toMatchObject({
      gazetteerId: "tally-region:eastern-ghouta",
      precision: "province",
    });
  });

  it("reads parts of cities and provinces", () => {
    expect(resolvePlace("east Aleppo")).toMatchObject({ gazetteerId: "geonames:170063", precision: "town" });
    expect(resolvePlace("rural Idlib")).toMatchObject({
      gazetteerId: "geonames-admin1:SY.12",
      precision: "province",
    });
    expect(resolvePlace("Deir ez-Zor airbase")).toMatchObject({
      gazetteerId: "geonames:170794",
      precision: "town",
    });
  });

  it("picks among namesakes by the article's places", () => {
    expect(resolvePlace("Sinjar").gazetteerId).toBe("geonames:448149");
    expect(resolvePlace("Sinjar", { names: ["Idlib", "Abu al-Duhur"] }).gazetteerId).toBe("geonames:164094");
    expect(resolvePlace("Iraqi Sinjar", { names: ["Raqqa"] }).gazetteerId).toBe("geonames:448149");
    expect(resolvePlace("Bosra").gazetteerId).toBe("geonames:171126"); // not Basrah (IQ)
    expect(resolvePlace("Suran", { names: ["Azaz"] }).gazetteerId).toBe("geonames:163913");
    expect(resolvePlace("Al-Zahraa", { names: ["Homs"] }).gazetteerId).toBe("geonames:169577");
  });

  it("codes a neighbourhood to its city", () => {
    const bado = resolvePlace("al-Bado", { names: ["Raqqa"] });
    expect(bado).toMatchObject({ gazetteerId: "geonames:172955", precision: "town", name: "Ar Raqqah" });
    expect(bado.note).toMatch(/Bado/);
    const unknown = resolvePlace("al-Foo neighbourhood of Raqqa");
    expect(unknown).toMatchObject({ gazetteerId: "geonames:172955", precision: "town" });
    expect(unknown.note).toMatch(/not in the gazetteer/);
    // A common neighbourhood name goes to the article's city, not another city's namesake.
    expect(resolvePlace("Midan", { names: ["Aleppo"] }).gazetteerId).toBe("geonames:170063");
    expect(resolvePlace("Midan", { names: ["Damascus"] }).gazetteerId).toBe("geonames:170654");
  });

  it("leaves unknown names unresolved, with a reason", () => {
    // "Kifriya" shares only three consonants with Kifri (Iraq): too loose to take.
    for (const name of [null, "", "  ", "xyzzy", "Qwerty Uiop", "Kifriya"]) {
      const r = resolvePlace(name);
      expect(r).toMatchObject({
        gazetteerId: null,
        lat: null,
        lon: null,
        admin1: null,
        precision: "unresolved",
      });
      expect(r.note.length).toBeGreaterThan(0);
    }
  });

  it("is fast once loaded", () => {
    resolvePlace("Raqqa");
    const names = fixture.map((m) => m.mention);
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) resolvePlace(names[i % names.length] ?? "Raqqa");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
