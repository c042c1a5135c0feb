// Period tallies beside an incident ("946 civilians since June" in its city): the aggregate claims
// whose period covers its day, starting on or before it and told on or after it. Never summed
// with the incident's own figures.
export function talliesCovering<T extends { date: string | null; published: string | null }>(
  aggregates: readonly T[],
  day: string,
): T[] {
  return aggregates.filter(
    (c) => c.date !== null && c.date.slice(0, 10) <= day && (c.published ?? "").slice(0, 10) >= day,
  );
}
