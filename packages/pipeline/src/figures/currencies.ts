// Currencies as articles write them, in front of the number (symbols, codes) or after it (words, symbols).

const CODES = "USD|EUR|GBP|JPY|CNY|RMB|KRW|INR|BRL|RUB|CHF|SAR|AED|TWD|HKD|IDR|CAD|AUD";

export const CURRENCY_SYMBOLS: Array<[string, string]> = [
  ["US\\$", "USD"],
  ["HK\\$", "HKD"],
  ["NT\\$", "TWD"],
  ["R\\$", "BRL"],
  ["A\\$", "AUD"],
  ["C\\$", "CAD"],
  ["\\$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["￥", "JPY"],
  ["₩", "KRW"],
  ["₹", "INR"],
  ["Rs\\.?", "INR"],
  ["₽", "RUB"],
  ["Rp\\.?", "IDR"],
  // Swiss francs as Swiss German and French write them: "Fr. 1'500'000", "SFr. 20".
  ["S?Fr\\.", "CHF"],
  [CODES, ""],
];

// prettier-ignore
export const CURRENCY_WORDS: Array<[string, string]> = [
  ["dollari(?: statunitensi| americani| USA)?|dollaro|US-Dollar|dollars?(?: américains| US)?|dólares(?: americanos| estadounidenses)?|dólar|dollar|dolar(?: AS)?|美元|美金|ドル|달러|долларов|доллара|доллары|доллар|долл\\.|دولارات|دولار(?: أمريكي| أميركي)?|डॉलर", "USD"],
  ["euros?|欧元|歐元|ユーロ|유로|евро|يورو|यूरो|€", "EUR"],
  ["sterline|pounds(?: sterling)?|livres sterling|pfund|libras esterlinas|фунтов стерлингов|جنيه إسترليني|英镑|英鎊|£", "GBP"],
  ["新台币|新台幣|台币|台幣|новых тайваньских долларов", "TWD"],
  ["港元|港币|港幣|гонконгских долларов", "HKD"],
  ["韩元|韓元|ウォン|원|вон", "KRW"],
  ["元人民币|元人民幣|yuan|renminbi|人民币|人民幣|人民元|元|юаней|юаня|юань|يوان|위안", "CNY"],
  ["yen|日元|日圓|日幣|日币|円|иен|ين ياباني|엔", "JPY"],
  ["reais|real brasileiro", "BRL"],
  ["рублей|рубля|рубль|руб\\.|₽|روبل", "RUB"],
  ["rupees|roupies|rupias|рупий|रुपये|रुपए|रुपया|रुपयों|روبية|卢比|盧比|₹", "INR"],
  ["ريال سعودي|ريالات|ريال|saudi riyals?", "SAR"],
  ["درهم إماراتي|دراهم|درهم|dirhams?", "AED"],
  ["francs suisses|Franken|franchi svizzeri", "CHF"],
  ["rupiah", "IDR"],
  [CODES, ""],
].map(([pattern, code]) => [pattern.normalize("NFKC"), code]);

const compile = (table: Array<[string, string]>) => table.map(([pattern, code]) => ({ whole: new RegExp(`^(?:${pattern})$`, "iu"), code }));
const SYMBOLS = compile(CURRENCY_SYMBOLS);
const WORDS = compile(CURRENCY_WORDS);

/** The ISO code of a currency as written; a code stands for itself ("RMB" is the yuan). */
export function currencyFor(written: string, kind: "symbol" | "word", language: string): string | undefined {
  const trimmed = written.trim();
  for (const { whole, code } of kind === "symbol" ? SYMBOLS : WORDS)
    if (whole.test(trimmed)) {
      if (code === "") return trimmed.toUpperCase() === "RMB" ? "CNY" : trimmed.toUpperCase();
      // ¥ is the yuan sign in Chinese text and the yen sign in Japanese text.
      if (code === "JPY" && /^[¥￥]$/.test(trimmed) && language.startsWith("zh")) return "CNY";
      return code;
    }
  return undefined;
}

export const SYMBOL = CURRENCY_SYMBOLS.map(([pattern]) => pattern).join("|");
export const CURRENCY_WORD = CURRENCY_WORDS.map(([pattern]) => pattern).join("|");
