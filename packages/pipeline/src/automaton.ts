/**
 * Aho–Corasick over UTF-16 code units, in typed arrays. It reports the same occurrences in the same order as the
 * `ahocorasick` package it replaces (by end position; at one end, longest keyword first), several times faster: that
 * package keeps one object per state and looks characters up as property names.
 */
export class KeywordAutomaton {
  /** Root transitions, dense by code unit (-1: stay at the root). */
  private readonly rootNext = new Int32Array(0x10000).fill(-1);
  /** Other transitions, in an open-addressing table keyed by (state, code unit). */
  private readonly tableState: Int32Array;
  private readonly tableCode: Uint16Array;
  private readonly tableNext: Int32Array;
  private readonly tableMask: number;
  /** Per state: the keyword ending exactly there (-1 if none), the failure state, the next state on the failure chain that ends a keyword. */
  private readonly keywordAt: Int32Array;
  private readonly failure: Int32Array;
  private readonly outputLink: Int32Array;
  /** 1 for the code units some keyword contains. */
  private readonly inKeywords = new Uint8Array(0x10000);
  readonly lengths: Int32Array;

  constructor(keywords: readonly string[]) {
    const stateCount = 1 + keywords.reduce((sum, keyword) => sum + keyword.length, 0);
    this.keywordAt = new Int32Array(stateCount).fill(-1);
    this.failure = new Int32Array(stateCount);
    this.outputLink = new Int32Array(stateCount).fill(-1);
    this.lengths = Int32Array.from(keywords, (keyword) => keyword.length);
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, stateCount * 2)));
    this.tableState = new Int32Array(capacity).fill(-1);
    this.tableCode = new Uint16Array(capacity);
    this.tableNext = new Int32Array(capacity);
    this.tableMask = capacity - 1;

    // The trie; children are remembered per state for the breadth-first pass.
    const children: number[][] = [[]];
    const codes: number[][] = [[]];
    let states = 1;
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        this.inKeywords[code] = 1;
        let next = this.next(state, code);
        if (next < 0) {
          next = states++;
          children.push([]);
          codes.push([]);
          this.setNext(state, code, next);
          children[state].push(next);
          codes[state].push(code);
        }
        state = next;
      }
      if (this.keywordAt[state] < 0) this.keywordAt[state] = index;
    });

    // Failure links, breadth first: a state's failure link is shallower, so it is complete when the state is reached.
    const queue: number[] = [...children[0]];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      children[state].forEach((child, c) => {
        const code = codes[state][c];
        queue.push(child);
        let fallback = this.failure[state];
        while (fallback > 0 && this.next(fallback, code) < 0) fallback = this.failure[fallback];
        this.failure[child] = Math.max(0, this.next(fallback, code));
        const failed = this.failure[child];
        this.outputLink[child] = this.keywordAt[failed] >= 0 ? failed : this.outputLink[failed];
      });
    }
  }

  private slot(state: number, code: number): number {
    return (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.tableMask;
  }

  private next(state: number, code: number): number {
    if (state === 0) return this.rootNext[code];
    for (let slot = this.slot(state, code); ; slot = (slot + 1) & this.tableMask) {
      const owner = this.tableState[slot];
      if (owner < 0) return -1;
      if (owner === state && this.tableCode[slot] === code) return this.tableNext[slot];
    }
  }

  private setNext(state: number, code: number, next: number): void {
    if (state === 0) {
      this.rootNext[code] = next;
      return;
    }
    let slot = this.slot(state, code);
    while (this.tableState[slot] >= 0) slot = (slot + 1) & this.tableMask;
    this.tableState[slot] = state;
    this.tableCode[slot] = code;
    this.tableNext[slot] = next;
  }

  /** Calls `found` with the index of the last code unit and the keyword's index, for every occurrence of every keyword. */
  search(text: string, found: (last: number, keyword: number) => void): void {
    // The transition lookup inlined, on local references: this loop runs once per character of every document.
    const { rootNext, tableState, tableCode, tableNext, tableMask, failure, keywordAt, outputLink, inKeywords } = this;
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
        for (let slot = (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & tableMask; ; slot = (slot + 1) & tableMask) {
          const owner = tableState[slot];
          if (owner < 0) break;
          if (owner === state && tableCode[slot] === code) {
            next = tableNext[slot];
            break;
          }
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
