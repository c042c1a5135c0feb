import { describe, expect, it } from "vitest";
import { contentHash, minhash, minhashBands, NEAR_DUPLICATE_SIMILARITY, similarity } from "./fingerprint.js";

// A wire story as FA-KES carries it, and the same story re-posted by a second outlet with its own credit.
const WIRE =
  "BEIRUT (Reuters) - Air strikes killed at least 42 people, including 18 children, in the Syrian city of Raqqa " +
  "on Tuesday, the Syrian Observatory for Human Rights said. The Britain-based monitor said the strikes hit " +
  "residential buildings in the al-Bado neighbourhood, where families had sheltered from weeks of fighting. " +
  "Activists said about 40 people were killed and dozens wounded, and that rescuers were still searching " +
  "the rubble for survivors late on Tuesday night.";
const REPOST = `${WIRE.replace("BEIRUT (Reuters) - ", "")} (Reporting by Reuters; editing by the desk)`;
const OTHER =
  "Government forces shelled the town of Douma in Eastern Ghouta on Sunday, killing 12 civilians, the civil " +
  "defence said, as talks on a ceasefire in the capital stalled for a third week and aid convoys waited at " +
  "the checkpoints outside the besieged enclave.";

describe("contentHash", () => {
  it("ignores case and spacing but not the outlet", () => {
    const a = contentHash({ outlet: "Reuters", title: "Raqqa strikes", text: WIRE });
    expect(
      contentHash({ outlet: "reuters", title: "Raqqa  strikes", text: `  ${WIRE.toUpperCase()}\n` }),
    ).toBe(a);
    expect(contentHash({ outlet: "AFP", title: "Raqqa strikes", text: WIRE })).not.toBe(a);
    expect(contentHash({ outlet: "Reuters", title: "Raqqa strikes", text: OTHER })).not.toBe(a);
  });
});

describe("minhash", () => {
  it("finds a re-posted wire story alike", () => {
    expect(minhash(WIRE)).toHaveLength(64);
    expect(similarity(minhash(WIRE), minhash(WIRE))).toBe(1);
    expect(similarity(minhash(WIRE), minhash(REPOST))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
  });

  it("keeps different stories apart", () => {
    expect(similarity(minhash(WIRE), minhash(OTHER))).toBeLessThan(0.1);
  });

  it("estimates the share of shared word 3-shingles", () => {
    // 10 shingles each, 9 shared: Jaccard 9/11 ≈ 0.82.
    const a = "one two three four five six seven eight nine ten eleven twelve";
    const b = "one two three four five six seven eight nine ten eleven thirteen";
    expect(similarity(minhash(a), minhash(b))).toBeGreaterThan(0.65);
    expect(similarity(minhash(a), minhash(b))).toBeLessThan(0.95);
  });

  it("cuts a signature into 21 band keys, each numbered by its band", () => {
    const bands = minhashBands(minhash(WIRE));
    expect(bands).toHaveLength(21);
    expect(bands.map((key) => Math.floor(key / 2 ** 32))).toEqual([...Array(21).keys()]);
    expect(minhashBands(minhash(REPOST)).filter((key) => bands.includes(key)).length).toBeGreaterThan(5);
  });
});
