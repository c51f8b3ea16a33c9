import type { FoundName } from "./latin";
import type { DiscoveredType } from "./types";

/**
 * Latin names inside Chinese, Japanese or Korean text have no Latin words around them to type them: the CJK
 * noun right after them does ("Blackwell架构", "Z300 チップ", "Nuri 모델", "Tessel公司").
 */
// prettier-ignore
const AFTER: Array<[RegExp, DiscoveredType]> = [
  [/^\s?(?:大模型|模型|モデル|모델)/u, "MODEL"],
  [/^\s?(?:芯片|晶片|处理器|處理器|架构|架構|平台|应用|應用|助手|手机|手機|超级计算机|超級電腦|チップ|アーキテクチャ|アプリ|スーパーコンピューター|칩|아키텍처|앱|플랫폼|슈퍼컴퓨터)/u, "PRODUCT"],
  [/^\s?(?:公司|集团|集團|实验室|實驗室|社(?![会員長])|グループ|회사|그룹|연구소)/u, "ORGANIZATION"],
];

export function typeByCjkNoun(text: string, names: FoundName[]): FoundName[] {
  return names.map((name) => {
    if (name.cue !== undefined) return name;
    const after = text.slice(name.end, name.end + 8);
    const cue = AFTER.find(([noun]) => noun.test(after));
    return cue ? { ...name, type: cue[1], cue: cue[0].exec(after)?.[0].trim() } : name;
  });
}

/** The text with every linked mention blanked by a separator, so that a name right after a known one starts at a boundary. */
export const maskMentions = (text: string, mentions: ReadonlyArray<{ start: number; end: number }>) => {
  if (mentions.length === 0) return text;
  let masked = "";
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.end <= at) continue;
    const from = Math.max(at, mention.start);
    masked += text.slice(at, from) + "、".repeat(mention.end - from);
    at = mention.end;
  }
  return masked + text.slice(at);
};
