import type { FoundName } from "./latin";

/**
 * Korean names by context cues. Hangul has no capitals and Korean writes foreign names with the same syllables
 * as common words, so a word is a name only next to a title (대표, 창업자, CEO…), an organisation word
 * (그룹, 전자…), a model word (모델), or a Latin gloss in brackets ("엔비디아(Nvidia)"). Particles and the
 * possessive 의 are stripped from the surface: 엔비디아의 → 엔비디아.
 */
const WORD = /[\p{sc=Hangul}A-Za-z0-9][\p{sc=Hangul}A-Za-z0-9.-]*/gu;
const PARTICLE = /(?:에서|에게|으로|까지|부터|처럼|보다|와의|과의|이나|이다|였다|의|은|는|이|가|을|를|와|과|에|로|도|만|측)$/u;
const PERSON_TITLE = /^(?:대표|최고경영자|CEO|CTO|창업자|공동창업자|공동설립자|설립자|회장|사장|교수|박사|연구원|씨|의장|수석|과학자|부사장|총괄|책임자)/u;
const ORG_WORD = /^(?:그룹|사|회사|기업|스타트업|연구소|재단)$/u;
const ORG_SUFFIX = /(?:그룹|전자|랩스|테크|증권|은행|재단|연구소|홀딩스|캐피털|벤처스)$/u;
const MODEL_WORD = /^(?:모델|언어모델)/u;
const LATIN_GLOSS = /^[(（][A-Za-z]/u;
const COMMON = /^(?:지난|올해|이번|현재|최근|당시|이후|또한|그러나|하지만|한편|이어|관련|새|새로운|미국|중국|일본|한국|유럽|세계|글로벌|인공지능|AI)$/u;

interface Word {
  stem: string;
  start: number;
  hasParticle: boolean;
  particle: string;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const particle = match[0].length > 2 ? PARTICLE.exec(match[0]) : null;
    const stem = particle ? match[0].slice(0, particle.index) : match[0];
    words.push({ stem, start: match.index, hasParticle: particle !== null, particle: particle?.[0] ?? "" });
  }
  return words;
}

const isHangulWord = (word: Word | undefined): word is Word =>
  word !== undefined && /^\p{sc=Hangul}+$/u.test(word.stem) && !COMMON.test(word.stem) && !PERSON_TITLE.test(word.stem);
const isHangulName = (word: Word | undefined): word is Word => isHangulWord(word) && word.stem.length >= 2;
const spanOf = (first: Word, last: Word) => ({ start: first.start, end: last.start + last.stem.length });

export function findKoreanNames(text: string): FoundName[] {
  const words = wordsOf(text);
  const names: FoundName[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    const previous = words[i - 1];
    // "젠슨 황 CEO는", "데미스 하사비스 대표": up to two bare words before the title (a one-syllable surname needs
    // its given name); a word with the possessive 의 before them is the person's organisation ("엔비디아의").
    if (PERSON_TITLE.test(word.stem) && isHangulWord(previous) && !previous.hasParticle) {
      const twoWords = isHangulWord(words[i - 2]) && !words[i - 2].hasParticle;
      const first = twoWords ? words[i - 2] : previous;
      if (twoWords || previous.stem.length >= 2) names.push({ ...spanOf(first, previous), type: "PERSON", cue: word.stem });
      const employer = words[words.indexOf(first) - 1];
      if (isHangulName(employer) && employer.particle === "의") names.push({ ...spanOf(employer, employer), type: "ORGANIZATION", cue: word.stem });
    }
    // "창업자 데미스 하사비스는": a title, then one or two words, the last carrying the particle.
    if (PERSON_TITLE.test(word.stem) && !word.hasParticle && isHangulName(next)) {
      const last = !next.hasParticle && isHangulName(words[i + 2]) ? words[i + 2] : next;
      names.push({ ...spanOf(next, last), type: "PERSON", cue: word.stem });
    }
    if (!isHangulName(word)) return;
    const end = word.start + word.stem.length;
    if (ORG_SUFFIX.test(word.stem)) names.push({ start: word.start, end, type: "ORGANIZATION", cue: ORG_SUFFIX.exec(word.stem)?.[0] });
    else if (!word.hasParticle && next && ORG_WORD.test(next.stem)) names.push({ start: word.start, end, type: "ORGANIZATION", cue: next.stem });
    else if (!word.hasParticle && next && MODEL_WORD.test(next.stem)) names.push({ start: word.start, end, type: "MODEL", cue: next.stem });
    else if (LATIN_GLOSS.test(text.slice(end, end + 2))) names.push({ start: word.start, end, type: "ORGANIZATION", cue: "(" });
  });
  return names;
}
