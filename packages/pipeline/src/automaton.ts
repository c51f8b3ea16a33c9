/**
 * Aho–Corasick over UTF-16 code units, in typed arrays. It reports the same occurrences in the same order as the
 * `ahocorasick` package it replaces (by end position; at one end, longest keyword first), several times faster: that
 * package keeps one object per state and looks characters up as property names.
 *
 * Layout: the root's transitions are dense by code unit; every other state's children sit next to each other,
 * sorted by code unit (found by binary search). Between documents the other pipeline stages push these tables out of
 * the processor's caches, so compact and contiguous beats a hash table, whose every lookup lands somewhere new.
 */
export class KeywordAutomaton {
  /** Root transitions, dense by code unit (-1: stay at the root). */
  private readonly rootNext = new Int32Array(0x10000).fill(-1);
  /** The children of state s are childCodes/childNext[childStart[s] .. childStart[s + 1]), by code unit. */
  private readonly childStart: Int32Array;
  private readonly childCodes: Uint16Array;
  private readonly childNext: Int32Array;
  /** Per state: the keyword ending exactly there (-1 if none), the failure state, the next state on the failure chain that ends a keyword. */
  private readonly keywordAt: Int32Array;
  private readonly failure: Int32Array;
  private readonly outputLink: Int32Array;
  /** 1 for the code units some keyword contains. */
  private readonly inKeywords = new Uint8Array(0x10000);
  readonly lengths: Int32Array;

  constructor(keywords: readonly string[]) {
    this.lengths = Int32Array.from(keywords, (keyword) => keyword.length);
    // The trie, first as lists of children per state.
    const children = [new Map<number, number>()];
    const keywordAt: number[] = [-1];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        this.inKeywords[code] = 1;
        let next = children[state].get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          keywordAt.push(-1);
          children[state].set(code, next);
        }
        state = next;
      }
      if (keywordAt[state] < 0) keywordAt[state] = index;
    });

    const stateCount = children.length;
    this.keywordAt = Int32Array.from(keywordAt);
    this.failure = new Int32Array(stateCount);
    this.outputLink = new Int32Array(stateCount).fill(-1);
    this.childStart = new Int32Array(stateCount + 1);
    this.childCodes = new Uint16Array(stateCount - 1);
    this.childNext = new Int32Array(stateCount - 1);
    let offset = 0;
    children.forEach((transitions, state) => {
      this.childStart[state] = offset;
      for (const [code, next] of [...transitions].sort(([a], [b]) => a - b)) {
        if (state === 0) this.rootNext[code] = next;
        this.childCodes[offset] = code;
        this.childNext[offset++] = next;
      }
    });
    this.childStart[stateCount] = offset;

    // Failure links, breadth first: a state's failure link is shallower, so it is complete when the state is reached.
    const queue: number[] = [...children[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, child] of children[state]) {
        queue.push(child);
        let fallback = this.failure[state];
        while (fallback > 0 && this.next(fallback, code) < 0) fallback = this.failure[fallback];
        const failed = Math.max(0, this.next(fallback, code));
        this.failure[child] = failed;
        this.outputLink[child] = this.keywordAt[failed] >= 0 ? failed : this.outputLink[failed];
      }
    }
  }

  private next(state: number, code: number): number {
    if (state === 0) return this.rootNext[code];
    let low = this.childStart[state];
    let high = this.childStart[state + 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      const found = this.childCodes[middle];
      if (found === code) return this.childNext[middle];
      if (found < code) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  /** Calls `found` with the index of the last code unit and the keyword's index, for every occurrence of every keyword. */
  search(text: string, found: (last: number, keyword: number) => void): void {
    // The transition lookup inlined, on local references: this loop runs once per character of every document.
    const { rootNext, childStart, childCodes, childNext, failure, keywordAt, outputLink, inKeywords } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A code unit no keyword contains sends every state back to the root.
      if (inKeywords[code] === 0) {
        state = 0;
        continue;
      }
      let next = -1;
      while (state > 0) {
        let low = childStart[state];
        let high = childStart[state + 1];
        while (low < high) {
          const middle = (low + high) >> 1;
          const child = childCodes[middle];
          if (child === code) {
            next = childNext[middle];
            break;
          }
          if (child < code) low = middle + 1;
          else high = middle;
        }
        if (next >= 0) break;
        state = failure[state];
      }
      if (state === 0) next = rootNext[code];
      if (next < 0) continue;
      state = next;
      for (let output = keywordAt[state] >= 0 ? state : outputLink[state]; output > 0; output = outputLink[output]) found(i, keywordAt[output]);
    }
  }
}
