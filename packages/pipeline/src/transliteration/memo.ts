/**
 * A memo for a pure function of a string. Documents repeat their words and a feed repeats its vocabulary, so the
 * romanisation and the index lookup of a word are computed once; the memo is cleared when it grows past `limit`
 * so that a long-running worker's memory stays bounded.
 */
export function memoize<T>(compute: (input: string) => T, limit = 50_000): (input: string) => T {
  const memo = new Map<string, T>();
  return (input) => {
    const known = memo.get(input);
    if (known !== undefined || memo.has(input)) return known as T;
    if (memo.size >= limit) memo.clear();
    const value = compute(input);
    memo.set(input, value);
    return value;
  };
}
