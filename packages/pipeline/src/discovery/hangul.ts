import type { FoundName } from "./latin";

/**
 * Korean names by context cues. Hangul has no capitals and Korean writes foreign names with the same syllables
 * as common words, so a word is a name only next to a title (대표, 창업자, CEO…), an organisation word
 * (그룹, 전자…), a model word (모델), or a Latin gloss in brackets ("엔비디아(Nvidia)"). Particles and the
 * possessive 의 are stripped from the surface: 엔비디아의 → 엔비디아.
 */
const WORD = /[\p{sc=Hangul}A-Za-z0-9][\p{sc=Hangul}A-Za-z0-9.-]*/gu;
const PARTICLE = /(?:에서|에게|으로|까지|부터|처럼|보다|와의|과의|이나|이다|였다|의|은|는|이|가|을|를|와|과|에|로|도|만|측)$/u;
const PERSON_TITLE = /^(?:대통령|총리|장관|의원|대표|최고경영자|CEO|CTO|창업자|공동창업자|공동설립자|설립자|회장|사장|교수|박사|연구원|씨|의장|수석|과학자|부사장|총괄|책임자)/u;
const ORG_WORD = /^(?:그룹|사|회사|기업|스타트업|연구소|재단)$/u;
const ORG_SUFFIX = /(?:그룹|전자|랩스|테크|증권|은행|재단|연구소|홀딩스|캐피털|벤처스)$/u;
const MODEL_WORD = /^(?:모델|언어모델)/u;
// A bracketed Latin spelling glosses a name ("엔비디아(Nvidia)"), unlike an acronym that glosses a common noun ("(GPU)").
const LATIN_GLOSS = /^[(（][A-Z]?[a-z]/u;
const PRODUCT_WORD = /^(?:칩|GPU|반도체|앱|플랫폼|메신저|서비스|슈퍼컴퓨터|아키텍처)/u;
// Words that end like a verb or adjective modifying the noun after them (학습한, 최적화된, 기대던), or the common nouns
// that precede 모델 most often: neither names a model.
const MODIFIER = /(?:한|된|는|던|할|적|형|인|용)$/u;
const MODEL_COMMON = /^(?:후속|기반|해외|차세대|독자|최신|자체|오픈소스|파운데이션|주요|대형|거대|언어|기존|자사|신규|주력|다양|여러|추론|생성|경량|초거대|멀티모달)$/u;
const COMMON =
  /^(?:지난|올해|이번|현재|최근|당시|이후|또한|그러나|하지만|한편|이어|관련|새|새로운|미국|중국|일본|한국|유럽|세계|글로벌|인공지능|AI|주요|참여|서밋|정부|업계|국내|해외)$/u;

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
    else if (!word.hasParticle && next && MODEL_WORD.test(next.stem) && !MODIFIER.test(word.stem) && !MODEL_COMMON.test(word.stem))
      names.push({ start: word.start, end, type: "MODEL", cue: next.stem });
    else if (!word.hasParticle && next && PRODUCT_WORD.test(next.stem) && /^\s+$/u.test(text.slice(end, next.start)))
      names.push({ start: word.start, end, type: "PRODUCT", cue: next.stem });
    else if (LATIN_GLOSS.test(text.slice(end, end + 2))) names.push({ start: word.start, end, type: "ORGANIZATION", cue: "(" });
  });
  return names;
}
