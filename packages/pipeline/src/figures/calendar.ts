// Month and weekday names in each language, compiled once; dates.ts and relative-dates.ts read them.

// prettier-ignore
const MONTH_NAMES: Array<[string, number]> = [
  ["gennaio|january|jan\\.?|janvier|januar|jänner|enero|januari|janeiro|январ[ьяе]|يناير|كانون الثاني|जनवरी", 1],
  ["febbraio|february|feb\\.?|février|februar|febrero|februari|fevereiro|феврал[ьяе]|فبراير|شباط|फ़रवरी|फरवरी", 2],
  ["marzo|march|mars|märz|maret|março|март[ае]?|مارس|آذار|मार्च", 3],
  ["aprile|april|avril|abril|апрел[ьяе]|أبريل|ابريل|نيسان|अप्रैल", 4],
  ["maggio|may|mai|mayo|mei|maio|ма[йяе]|مايو|أيار|मई", 5],
  ["giugno|june|juin|juni|junio|junho|июн[ьяе]|يونيو|حزيران|जून", 6],
  ["luglio|july|juillet|juli|julio|julho|июл[ьяе]|يوليو|تموز|जुलाई", 7],
  ["agosto|august|août|agustus|август[ае]?|أغسطس|آب|अगस्त", 8],
  ["settembre|september|sept?\\.?|septembre|septiembre|setiembre|setembro|сентябр[ьяе]|سبتمبر|أيلول|सितंबर|सितम्बर", 9],
  ["ottobre|october|oct\\.?|octobre|oktober|octubre|outubro|октябр[ьяе]|أكتوبر|اكتوبر|تشرين الأول|अक्टूबर|अक्तूबर", 10],
  ["novembre|november|nov\\.?|noviembre|novembro|ноябр[ьяе]|نوفمبر|تشرين الثاني|नवंबर|नवम्बर", 11],
  ["dicembre|december|dec\\.?|décembre|dezember|diciembre|desember|dezembro|декабр[ьяе]|ديسمبر|كانون الأول|दिसंबर|दिसम्बर", 12],
].map(([pattern, month]) => [(pattern as string).normalize("NFKC"), month as number]);
export const MONTH_NAME = MONTH_NAMES.map(([pattern]) => pattern).join("|");
const WHOLE_MONTHS = MONTH_NAMES.map(([pattern, month]) => ({ whole: new RegExp(`^(?:${pattern})$`, "iu"), month }));

export function monthNumber(written: string): number {
  return WHOLE_MONTHS.find(({ whole }) => whole.test(written))?.month ?? Number.NaN;
}

/** Month names that are also ordinary words ("may", "Mars", "مارس" the verb, "آب" a father): they need a day or a year beside them. */
export const AMBIGUOUS_MONTH_WORDS = /^(?:may|mai|mars|march|jan|feb|sep|sept|oct|nov|dec|mei|مارس|آب)$/iu;

/** Weekdays from Monday (0) to Sunday (6). "Среда" is also an environment: only its accusative "среду" ("в среду") is taken. */
// prettier-ignore
const WEEKDAY_NAMES: string[] = [
  "monday|senin|lundi|montag|lunes|segunda-feira|lunedì|понедельник|الاثنين|الإثنين|सोमवार|월요일|(?:星期|礼拜|禮拜|周|週)一|月曜日?",
  "tuesday|selasa|mardi|dienstag|martes|terça-feira|martedì|вторник|الثلاثاء|मंगलवार|화요일|(?:星期|礼拜|禮拜|周|週)二|火曜日?",
  "wednesday|rabu|mercredi|mittwoch|miércoles|quarta-feira|mercoledì|среду|الأربعاء|الاربعاء|बुधवार|수요일|(?:星期|礼拜|禮拜|周|週)三|水曜日?",
  "thursday|kamis|jeudi|donnerstag|jueves|quinta-feira|giovedì|четверг|الخميس|गुरुवार|बृहस्पतिवार|목요일|(?:星期|礼拜|禮拜|周|週)四|木曜日?",
  "friday|jumat|jum'at|vendredi|freitag|viernes|sexta-feira|venerdì|пятниц[аеуы]|الجمعة|शुक्रवार|금요일|(?:星期|礼拜|禮拜|周|週)五|金曜日?",
  "saturday|sabtu|samedi|samstag|sonnabend|sábado|sabato|суббот[аеуы]|السبت|शनिवार|토요일|(?:星期|礼拜|禮拜|周|週)六|土曜日?",
  "sunday|dimanche|sonntag|domingo|domenica|воскресень[ея]|يوم الأحد|रविवार|일요일|(?:星期|礼拜|禮拜|周|週)[日天]|日曜日?",
].map((pattern) => pattern.normalize("NFKC"));
export const WEEKDAY_NAME = WEEKDAY_NAMES.join("|");
const WHOLE_WEEKDAYS = WEEKDAY_NAMES.map((pattern) => new RegExp(`^(?:${pattern})$`, "iu"));

export function weekdayIndex(written: string): number {
  return WHOLE_WEEKDAYS.findIndex((whole) => whole.test(written));
}
