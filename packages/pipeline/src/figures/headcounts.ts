import { DIGITS, LEFT_EDGE, MORE, NUMBER, NUMBER_WORD, parseNumberToken } from "./numbers";
import { SCALE, scaleFor } from "./scales";
import type { Figure } from "./types";

// Head counts: a number with the noun for the people counted, as each language writes it.

// prettier-ignore
const PEOPLE_NOUNS = [
  // it
  "posti di lavoro", "dipendenti", "lavoratori", "persone", "ricercatori", "ingegneri", "membri", "autori", "collaboratori", "licenziamenti", "utenti",
  // en
  "jobs", "employees", "workers", "people", "staff", "staffers", "researchers", "engineers", "members", "authors", "positions", "roles", "layoffs", "users", "scientists",
  // fr
  "emplois", "postes", "salariés", "employés", "personnes", "chercheurs", "ingénieurs", "membres", "auteurs", "collaborateurs", "utilisateurs", "licenciements",
  // de
  "Stellen", "Arbeitsplätze", "Jobs", "Mitarbeiter(?:innen|n)?", "Mitarbeitende[n]?", "Beschäftigte[n]?", "Angestellte[n]?", "Menschen", "Personen", "Forscher(?:innen|n)?", "Ingenieure[n]?", "Entlassungen", "Nutzer(?:innen|n)?",
  // es
  "puestos de trabajo", "empleos", "empleados", "trabajadores", "personas", "investigadores", "ingenieros", "miembros", "autores", "despidos", "usuarios", "colaboradores",
  // pt
  "postos de trabalho", "empregos", "funcionários", "empregados", "trabalhadores", "pessoas", "pesquisadores", "engenheiros", "demissões", "usuários", "utilizadores", "vagas",
  // id
  "karyawan", "pekerja", "pegawai", "orang", "peneliti", "insinyur", "staf", "anggota", "pengguna",
  // ru
  "сотрудник(?:ов|а|и)?", "работник(?:ов|а|и)?", "человек", "людей", "специалист(?:ов|а)", "инженер(?:ов|а)", "исследовател(?:ей|я)", "разработчик(?:ов|а)", "рабочих мест", "пользовател(?:ей|я)",
  // ar
  "موظف(?:ين|ا|اً|ًا)?", "عامل(?:ين|ا|اً)?", "شخص(?:ا|اً)?", "أشخاص", "وظيفة", "وظائف", "باحث(?:ين|ا|اً)?", "مهندس(?:ين|ا|اً)?", "مستخدم(?:ين|ا|اً)?",
  // hi
  "कर्मचारियों", "कर्मचारी", "लोगों", "लोग", "शोधकर्ताओं", "शोधकर्ता", "इंजीनियरों", "इंजीनियर", "नौकरियों", "नौकरियां", "नौकरियाँ", "उपयोगकर्ताओं", "उपयोगकर्ता", "यूज़र्स", "यूजर्स",
].map((noun) => noun.normalize("NFKC"));

/** Words that may stand between the number and the noun: "600 more jobs", "800 million weekly users", "500 से अधिक कर्मचारी". */
const BETWEEN = ["more", "other", "new", "weekly", "monthly", "daily", "active", "altri", "altre", "autres", "weitere", "otros", "outros", "से अधिक", "से ज़्यादा", "से ज्यादा"]
  .map((word) => `${word.normalize("NFKC")}\\s`)
  .join("|");

const CJK_PEOPLE =
  "(?:名|位|个|個)?(?:员工|員工|人员|人員|研究员|研究員|工程师|工程師|雇员|僱員|职位|職位|用户|用戶|人|名|位)|(?:人|名)(?:の)?(?:従業員|社員|研究者|エンジニア|ユーザー)?|명(?:의)?";
const COUNT = new RegExp(
  `${LEFT_EDGE}(?:(?<![\\p{L}\\p{M}])(?<n>${DIGITS}|${NUMBER_WORD})(?:\\s?(?<sc>${SCALE}))?\\s(?:${BETWEEN})*(?<noun>${PEOPLE_NOUNS.join("|")})(?![\\p{L}\\p{M}])|(?<cn>${NUMBER})(?:\\s?(?<csc>${SCALE}))?\\s?${MORE}\\s?(?:${CJK_PEOPLE}))`,
  "giu",
);

export function countFigures(text: string, language: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(COUNT)) {
    const g = match.groups ?? {};
    const value = parseNumberToken(g.n ?? g.cn ?? "", language) * scaleFor(g.sc ?? g.csc, language);
    // Small Han numerals before 人/位 are usually not head counts ("一位", "三人" in idioms); require digits or ≥ 10.
    if (Number.isNaN(value) || (g.cn && !/\d/.test(g.cn) && value < 10)) continue;
    figures.push({ kind: "COUNT", start: match.index, end: match.index + match[0].length, text: match[0], value, unit: "people" });
  }
  return figures;
}
