import { KATAKANA_COMMON } from "../discovery/han-kana";
import { foldPreservingOffsets } from "../fold";
import { inflectedEnd } from "../inflection";
import { joinKeys, latinWordKey } from "./phonetic";
import { HAN_PINYIN } from "./han-pinyin";
import { memoize } from "./memo";
import { hanKey, romanizeHangul, romanizeKatakana, romanizedKey } from "./romanize";

/** A stretch of text that may be a foreign name written by sound, with its phonetic key. */
export interface SpanCandidate {
  start: number;
  end: number;
  key: string;
  /** Words (Hangul) or dot-separated parts (katakana) it spans. */
  parts: number;
  /** Latin letters glued to the end of the form ("AI" of オープンAI, 오픈AI). */
  latinTail?: string;
}

// Korean loanwords for common things of technology and business writing, the counterpart of discovery's katakana list.
// prettier-ignore
const HANGUL_COMMON = new Set(("서비스 데이터 데이터센터 센터 모델 플랫폼 소프트웨어 하드웨어 시스템 클라우드 스타트업 벤처 컴퓨터 인터넷 네트워크 서버 프로그램 프로젝트 " +
  "파트너 파트너십 그룹 브랜드 마켓 마케팅 비즈니스 테크놀로지 엔지니어 유저 사용자 칩 반도체 코드 테스트 버전 업데이트 트레이닝 파라미터 벤치마크 " +
  "에이전트 어시스턴트 챗봇 텍스트 미디어 콘텐츠 게임 스마트폰 디바이스 펀드 오피스 리서치 솔루션 알고리즘 비디오 이미지 태스크 레벨 라이벌 토큰 " +
  "아키텍처 웹사이트 사이트 페이지 메일 베타 프리뷰 모드 리더 멤버 스태프 포지션 매니저 디렉터 인터뷰 코멘트 리포트 블로그 오픈소스 라이선스 " +
  "스케일 스피드 퍼포먼스 에너지 파워 메모리 스토리지 디지털 로보틱스 멀티모달 스타트 비전 미션 카테고리 랭킹 스코어 컨퍼런스 이벤트 포럼 " +
  "그래픽 프로세서 인프라 달러 유로 퍼센트 포인트 시장 트렌드 리스크 코스트 툴 로봇 뉴스 기술 회사 기업").split(" "));

const KATAKANA_RUN = /[\p{sc=Katakana}ー][\p{sc=Katakana}ー・＝=]*([A-Za-z]+)?/gu;
const HANGUL_WORD = /\p{sc=Hangul}+([A-Za-z]+)?/gu;
const HAN_RUN = new RegExp(`[${Object.keys(HAN_PINYIN).join("")}]{3,}`, "gu");
const MAX_PARTICLES = 4;
/** Han substrings tried per run: a transliterated name is rarely longer, and a run may carry a neighbour's character. */
const MAX_HAN_NAME = 8;

const tailKey = (tail: string | undefined) => (tail ? [latinWordKey(tail)] : []);
const katakanaKey = memoize((word) => romanizedKey(romanizeKatakana(word)));
const hangulKey = memoize((word) => romanizedKey(romanizeHangul(word)));
const memoHanKey = memoize(hanKey);

/** Katakana runs: the whole (マーク・ザッカーバーグ) and each of its dot-separated parts, minus common loanwords. */
function katakanaCandidates(text: string, visit: (candidate: SpanCandidate) => void): void {
  for (const match of text.matchAll(KATAKANA_RUN)) {
    const latinTail = match[1];
    const kana = match[0].slice(0, match[0].length - (latinTail?.length ?? 0));
    const parts = [...kana.matchAll(/[^・＝=]+/gu)].map((part) => ({ text: part[0], start: match.index + part.index }));
    if (parts.length === 0) continue;
    const keys = parts.map((part) => katakanaKey(part.text));
    const last = parts[parts.length - 1];
    // A common word with Latin letters glued on is a compound name (オープンAI), no longer the word.
    if (parts.length > 1 || latinTail || !KATAKANA_COMMON.has(kana))
      visit({ start: parts[0].start, end: match.index + match[0].length, key: joinKeys([...keys, ...tailKey(latinTail)]), parts: parts.length, latinTail });
    if (parts.length > 1)
      parts.forEach((part, index) => {
        const tail = part === last ? latinTail : undefined;
        if (!tail && KATAKANA_COMMON.has(part.text)) return;
        visit({ start: part.start, end: part.start + part.text.length + (tail?.length ?? 0), key: joinKeys([keys[index], ...tailKey(tail)]), parts: 1, latinTail: tail });
      });
  }
}

/**
 * Hangul words (and two-word names, 마크 저커버그), each read as a name: the whole word, or a stem whose rest is
 * particles (메타의, 저커버그는). Written as one loop without intermediate arrays: it runs on every Korean word.
 */
function hangulCandidates(text: string, visit: (candidate: SpanCandidate) => void): void {
  let previous: { start: number; end: number; key: string } | undefined;
  for (const match of text.matchAll(HANGUL_WORD)) {
    const start = match.index;
    const latinTail = match[1];
    const wordEnd = start + match[0].length - (latinTail?.length ?? 0);
    const twoWords = previous !== undefined && previous.end === start - 1 && text[start - 1] === " " ? previous : undefined;
    previous = undefined;
    if (latinTail) {
      const key = joinKeys([hangulKey(text.slice(start, wordEnd)), latinWordKey(latinTail)]);
      visit({ start, end: start + match[0].length, key, parts: 1, latinTail });
      continue;
    }
    // Particle runs are at most four syllables long (이라는, 에서부터…): shorter stems are not tried.
    for (let end = wordEnd; end >= Math.max(start + 2, wordEnd - MAX_PARTICLES); end--) {
      if (end !== wordEnd && inflectedEnd(text, end) !== end) continue;
      const stem = text.slice(start, end);
      if (HANGUL_COMMON.has(stem)) continue;
      const key = hangulKey(stem);
      visit({ start, end, key, parts: 1 });
      if (twoWords) visit({ start: twoWords.start, end, key: joinKeys([twoWords.key, key]), parts: 2 });
      // Only a bare word (no particle) can be the first half of a two-word name.
      if (end === wordEnd) previous = { start, end, key };
    }
  }
}

/** Runs of the characters Chinese spells foreign names with, and their substrings of three or more characters. */
function hanCandidates(text: string, visit: (candidate: SpanCandidate) => void): void {
  for (const match of foldPreservingOffsets(text).matchAll(HAN_RUN)) {
    const run = match[0];
    for (let start = 0; start < run.length; start++)
      for (let end = start + 3; end <= Math.min(run.length, start + MAX_HAN_NAME); end++)
        visit({ start: match.index + start, end: match.index + end, key: memoHanKey(run.slice(start, end)), parts: 1 });
  }
}

/** Visits every stretch of the text that may be a name written by sound: katakana and Hangul always, Han in Chinese only. */
export function visitTransliterationCandidates(text: string, language: string, visit: (candidate: SpanCandidate) => void): void {
  katakanaCandidates(text, visit);
  hangulCandidates(text, visit);
  if (language.startsWith("zh")) hanCandidates(text, visit);
}
