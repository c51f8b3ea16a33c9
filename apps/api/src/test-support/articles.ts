/**
 * Articles written for tests and benchmarks (not from any outlet): new documents that Orchard has
 * not seen, in English and Japanese, about a (fictional) Meta hire.
 */
export const ENGLISH_HIRE_ARTICLE = {
  url: "https://example.test/2025/12/meta-hires-mark-chen",
  title: "Meta hires OpenAI's Mark Chen for its superintelligence push",
  language: null,
  publishedAt: "2025-12-18",
  publisher: null,
  text: [
    "Meta hires OpenAI's Mark Chen for its superintelligence push",
    "",
    "Meta has hired Mark Chen, until now chief research officer at OpenAI, to run model research at Meta Superintelligence Labs, two people briefed on the move said on Thursday.",
    "Mark Zuckerberg offered Chen a pay package worth $250 million over four years, and Chen will report to Alexandr Wang.",
    "Chen is expected to start in January 2026, while the lab prepares Avocado for a release in the first quarter of 2026.",
    "OpenAI declined to comment. Share this article on social media!",
  ].join("\n"),
};

export const JAPANESE_HIRE_ARTICLE = {
  url: "https://example.test/ja/2025/12/meta-chen",
  title: "米Meta、OpenAIの研究責任者を採用",
  language: null,
  publishedAt: "2025-12-19",
  publisher: null,
  text: [
    "米Meta、OpenAIの研究責任者を採用",
    "",
    "米MetaはOpenAIで最高研究責任者を務めていたマーク・チェン氏を採用した。",
    "チェン氏はMeta Superintelligence Labsでモデル研究を率い、Alexandr Wang氏の下で働く。",
    "報酬は4年間で2億5000万ドル規模とされる。",
  ].join("\n"),
};
