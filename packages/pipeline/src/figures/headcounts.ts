import { DIGITS, LEFT_EDGE, MORE, NUMBER, NUMBER_WORD, parseNumberToken } from "./numbers";
import { SCALE, scaleFor } from "./scales";
import type { Figure } from "./types";

// Head counts: a number with the noun for the people counted, as each language writes it.

// prettier-ignore
const PEOPLE_NOUNS = [
  // it
  "posti di lavoro", "dipendenti", "lavoratori", "persone", "ricercatori", "ingegneri", "membri", "autori", "collaboratori", "licenziamenti", "utenti", "sviluppatori", "clienti", "abbonati",
  // en
  "jobs", "employees", "workers", "people", "staff", "staffers", "researchers", "engineers", "members", "authors", "positions", "roles", "layoffs", "users", "scientists", "developers", "customers", "subscribers", "students",
  // fr
  "emplois", "postes", "salariés", "employés", "personnes", "chercheurs", "ingénieurs", "membres", "auteurs", "collaborateurs", "utilisateurs", "licenciements", "développeurs", "clients", "abonnés",
  // de
  "Stellen", "Arbeitsplätze", "Jobs", "Mitarbeiter(?:innen|n)?", "Mitarbeitende[n]?", "Beschäftigte[n]?", "Angestellte[n]?", "Menschen", "Personen", "Forscher(?:innen|n)?", "Forschende[n]?", "Ingenieure[n]?", "Entlassungen", "Nutzer(?:innen|n)?", "Entwickler(?:innen|n)?", "Kunden", "Abonnenten",
  // es
  "puestos de trabajo", "empleos", "empleados", "trabajadores", "personas", "investigadores", "ingenieros", "miembros", "autores", "despidos", "usuarios", "colaboradores", "desarrolladores", "clientes", "suscriptores",
  // pt
  "postos de trabalho", "empregos", "funcionários", "empregados", "trabalhadores", "pessoas", "pesquisadores", "engenheiros", "demissões", "usuários", "utilizadores", "vagas", "desenvolvedores", "assinantes",
  // id
  "karyawan", "pekerja", "pegawai", "orang", "peneliti", "insinyur", "staf", "anggota", "pengguna", "pengembang", "pelanggan",
  // ru
  "сотрудник(?:ов|а|и)?", "работник(?:ов|а|и)?", "человек", "людей", "специалист(?:ов|а)", "инженер(?:ов|а)", "исследовател(?:ей|я)", "разработчик(?:ов|а)", "рабочих мест", "пользовател(?:ей|я)", "клиент(?:ов|а)", "подписчик(?:ов|а)",
  // ar
  "موظف(?:ين|ا|اً|ًا)?", "عامل(?:ين|ا|اً)?", "شخص(?:ا|اً)?", "أشخاص", "وظيفة", "وظائف", "باحث(?:ين|ا|اً)?", "مهندس(?:ين|ا|اً)?", "مستخدم(?:ين|ا|اً)?", "عملاء", "عميل",
  // hi
  "कर्मचारियों", "कर्मचारी", "लोगों", "लोग", "शोधकर्ताओं", "शोधकर्ता", "इंजीनियरों", "इंजीनियर", "नौकरियों", "नौकरियां", "नौकरियाँ", "उपयोगकर्ताओं", "उपयोगकर्ता", "यूज़र्स", "यूजर्स", "ग्राहकों", "ग्राहक", "डेवलपर्स",
].map((noun) => noun.normalize("NFKC"));

/** Words that may stand between the number and the noun: "600 more jobs", "800 million weekly users", "500 से अधिक कर्मचारी". */
const BETWEEN = ["more", "other", "new", "weekly", "monthly", "daily", "active", "altri", "altre", "autres", "weitere", "otros", "outros", "से अधिक", "से ज़्यादा", "से ज्यादा"]
  .map((word) => `${word.normalize("NFKC")}\\s`)
  .join("|");

/** Round numbers in words that are approximations by themselves: "une cinquantaine de", "una ventina di", "una decena de". */
// prettier-ignore
const ROUND_NUMBERS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
  decina: 10, dozzina: 12, quindicina: 15, ventina: 20, trentina: 30, quarantina: 40, cinquantina: 50, sessantina: 60, centinaio: 100,
  decena: 10, docena: 12, veintena: 20, treintena: 30, cincuentena: 50, centenar: 100,
  dezena: 10, dúzia: 12, vintena: 20, trintena: 30, cinquentena: 50, centena: 100,
};
const ROUND_NUMBER = Object.keys(ROUND_NUMBERS).join("|");
/** "A million", "un millón", "eine Million": one of the scale; in Arabic the singular alone says it ("مليون شخص"). */
const ONE = "a|one|un|une|uno|una|um|uma|ein|eine|einer|satu|один|одна";
const ARABIC_ONE = "مليون|مليار|ألف";
/** The scale words that follow "a" / "un" / "eine" (not every scale: "a" is frequent, and each one is tried). */
const ONE_SCALE = "million|millón|milhão|milione|milliard|miliardo|milliarde|billion|thousand|juta|ribu|миллион|миллиард|тысяча";

const CJK_PEOPLE =
  "(?:名|位|个|個)?(?:员工|員工|人员|人員|研究员|研究員|工程师|工程師|雇员|僱員|职位|職位|用户|用戶|人|名|位)|(?:人|名)(?:の)?(?:従業員|社員|研究者|エンジニア|ユーザー)?|명(?:의)?";
const COUNT = new RegExp(
  `${LEFT_EDGE}(?:(?<![\\p{L}\\p{M}])(?:(?<n>${DIGITS}|${NUMBER_WORD})(?:\\s?(?<sc>${SCALE}))?|(?:${ONE})\\s(?:(?<round>${ROUND_NUMBER})|(?<one>${ONE_SCALE}))|(?<one2>${ARABIC_ONE}))\\s(?:(?:di|de|of)\\s|d')?(?:${BETWEEN})*(?<noun>${PEOPLE_NOUNS.join("|")})(?![\\p{L}\\p{M}])|(?<cn>${NUMBER})(?:\\s?(?<csc>${SCALE}))?\\s?${MORE}\\s?(?:${CJK_PEOPLE}))`,
  "giu",
);

export function countFigures(text: string, language: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(COUNT)) {
    const g = match.groups ?? {};
    const value = g.round
      ? ROUND_NUMBERS[g.round.toLowerCase()]
      : g.one || g.one2
        ? scaleFor(g.one ?? g.one2, language)
        : parseNumberToken(g.n ?? g.cn ?? "", language) * scaleFor(g.sc ?? g.csc, language);
    // "Une" alone is no scale word: "one" needs a million, a thousand… after it.
    if ((g.one || g.one2) && value === 1) continue;
    // Small Han numerals before 人/位 are usually not head counts ("一位", "三人" in idioms); require digits or ≥ 10.
    if (Number.isNaN(value) || (g.cn && !/\d/.test(g.cn) && value < 10)) continue;
    figures.push({
      kind: "COUNT",
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value,
      unit: "people",
      ...(g.round ? { qualifier: "APPROXIMATE" as const } : {}),
    });
  }
  return figures;
}
