// Word → value tables read with a token's lowercased text. A Map, because token text is
// never an interned string: indexing a plain object with it (`TABLE[word]`, `word in TABLE`)
// first looks the string up in V8's string table, several times slower than a Map's hash.

/**
 * The tables used to be plain objects, and a plain object also answers inherited keys. The only
 * one a lowercased token can spell is "constructor" (Object.prototype.constructor), so the rules
 * have always read "constructor" as a hit. Kept on purpose so output stays byte-identical; it is
 * a bug to fix separately (delete the `set` below and accept the changed output).
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  const table = new Map<string, V>(Object.entries(entries));
  table.set("constructor", Object as unknown as V);
  return table;
}
