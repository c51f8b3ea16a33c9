/** The `ahocorasick` package ships no types: a keyword automaton over UTF-16 code units. */
declare module "ahocorasick" {
  class AhoCorasick {
    constructor(keywords: string[]);
    /** [index of the last code unit of the match, keywords ending there]. */
    search(text: string): Array<[number, string[]]>;
  }
  export = AhoCorasick;
}
