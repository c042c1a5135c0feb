// Names as filters match them: no case, no diacritics, spaces collapsed ("Khān  Shaykhūn" and
// "khan shaykhun" are one key).
export function foldName(name: string): string;
export function foldName(name: string | null): string | null;
export function foldName(name: string | null): string | null {
  if (name === null) return null;
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
