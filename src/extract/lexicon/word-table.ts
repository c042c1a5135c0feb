// Word → value tables read with a token's lowercased text. A Map, because token text is
// never an interned string: indexing a plain object with it (`TABLE[word]`, `word in TABLE`)
// first looks the string up in V8's string table, several times slower than a Map's hash.

/** A table of words: it answers only its own keys ("constructor" is no trigger). */
export function wordTable<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map<string, V>(Object.entries(entries));
}
