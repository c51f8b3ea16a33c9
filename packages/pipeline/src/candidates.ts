import type { Figure } from "./figures";
import type { EntityKind, Mention } from "./matcher";

export type EventType =
  | "RELEASE"
  | "RELEASE_PLAN"
  | "DELAY"
  | "CANCELLATION"
  | "LICENSING_CHANGE"
  | "DISTILLATION_REPORT"
  | "ACQUISITION"
  | "INVESTMENT"
  | "HIRE"
  | "DEPARTURE"
  | "APPOINTMENT"
  | "REORGANIZATION"
  | "LAYOFF"
  | "CAPEX_GUIDANCE"
  | "FINANCING"
  | "BUDGET_REALLOCATION"
  | "DATA_CENTER"
  | "PARTNERSHIP"
  | "PRODUCT_LAUNCH"
  | "RANKING"
  | "POLICY";

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface CandidateEvent {
  type: EventType;
  sentence: Sentence;
  participants: Array<{ entityId: number; role: string }>;
  /** Indexes into the figures array given to proposeEvents. */
  figureIndexes: number[];
  /** The cue word as written in the sentence. */
  cue: string;
}

/**
 * Cue words per event type, in it, en, fr, de, es, id, zh (both scripts), ja and ko. Stems rather than
 * full words for inflected languages ("licenzi" covers licenziare, licenziamenti, licenziato).
 */
// prettier-ignore
const CUES: Array<{ type: EventType; pattern: RegExp; needsMoney?: boolean }> = [
  { type: "DELAY", pattern: /posticipat|rinvia|rinvio|ritardo|slitta|\bdelay|postpone|pushed back|report[ée]|retard|repouss|verschoben|verschieb|verzöger|retras|aplaz|pospu|ditunda|tertunda|penundaan|推迟|推遲|延期|延迟|延遲|跳票|遅れ|연기|지연/iu },
  { type: "CANCELLATION", pattern: /abbandonat|cancellat|cancel|scrapped|shelved|annul|abandonn|eingestellt wurde|gestrichen|cancelad|dibatalkan|dihentikan|取消|放弃|放棄|中止|폐기|취소/iu },
  { type: "LAYOFF", pattern: /licenzi|layoff|laid off|lay off|job cuts|cut .{0,20}jobs|licenci|suppressions? d'emplois|entlass|stellenabbau|despid|recorte de (?:empleo|personal)|pemecatan|pemutusan hubungan kerja|\bphk\b|裁员|裁員|裁撤|解雇|人員削減|リストラ|해고|감원/iu },
  { type: "ACQUISITION", pattern: /acquisi|acquired|acquires|rachat|rach[eè]t|übernahm|übernimmt|übernahme|adquiri|adquisici|akuisisi|mengakuisisi|收购|收購|買収|인수/iu },
  { type: "INVESTMENT", pattern: /\bstake\b|quota|partecipazione|participation|beteiligung|participaci|\bsaham\b|股份|股权|股權|出資|지분|investimento|\binvest|investir|investiert|inversi[oó]n|investasi|投资|投資|투자/iu },
  { type: "HIRE", pattern: /assunt|assume|ingaggi|recluta|\bhire|\bhired|\bhiring|poach|recrut|embauch|eingestellt|angeworben|abgeworben|fich[oó]|fichaje|contrat[oó]|merekrut|rekrut|招聘|聘请|聘請|挖来|挖來|挖角|引入|採用|引き抜|迎え入れ|迎えた|영입|채용/iu },
  { type: "DEPARTURE", pattern: /lasciat|lascer|dimission|dimess|partenza|\bleft\b|\bleave|\bleaving|departure|resign|step(?:ped)? down|quitt|d[ée]part|d[ée]mission|verl[äa]ss|rücktritt|dimit|salida|renunci|mengundurkan diri|hengkang|kepergian|meninggalkan|离职|離職|出走|辞职|辭職|退出|退社|辞任|退任|퇴사|사임|떠나/iu },
  { type: "APPOINTMENT", pattern: /nominat|appointed|\bnamed\b|nomm[ée]|ernannt|nombrad|designad|ditunjuk|diangkat|任命|出任|就任|擔任|担任|임명/iu },
  { type: "RELEASE", pattern: /rilasci|lanciat|lancio|\breleas|\blaunch|lanc[ée]|lancement|veröffentlich|gestartet|lanz[oóa]|lanzamiento|meluncurkan|merilis|peluncuran|\brilis|发布|發佈|發布|推出|上线|上線|リリース|公開|출시|공개/iu },
  { type: "FINANCING", pattern: /finanziament|\bfunding|\braised|financement|lev[ée]e de fonds|finanzierung|finanziert|financiaci[oó]n|financiamiento|pendanaan|pembiayaan|融资|融資|债券|債券|企业债|企業債|資金調達|펀딩|채권|\bbonds?\b|obbligazion/iu, needsMoney: true },
  { type: "CAPEX_GUIDANCE", pattern: /spesa in conto capitale|spese in conto capitale|\bcapex|capital expenditure|capital spending|dépenses d'investissement|investitionsausgaben|gasto de capital|inversi[oó]n de capital|belanja modal|资本支出|資本支出|設備投資|자본 지출|자본지출/iu, needsMoney: true },
  { type: "DATA_CENTER", pattern: /data ?cent(?:er|re)|centre de données|centro de datos|rechenzentr|pusat data|数据中心|數據中心|データセンター|데이터 ?센터/iu },
  { type: "PARTNERSHIP", pattern: /partnership|joint venture|\bpartner|accordo|alleanza|partenariat|partnerschaft|alianza|asociaci[oó]n|kemitraan|kerja sama|合作|提携|협력|파트너십/iu },
  { type: "REORGANIZATION", pattern: /riorganizz|ristruttur|reorganiz|restructur|r[ée]organis|umstrukturier|reestructur|restrukturisasi|重组|重組|组织调整|組織調整|再編|개편/iu },
  { type: "BUDGET_REALLOCATION", pattern: /budget.{0,60}(?:trasferit|spostat|shift|realloc|redirect|transf[eé]r|umgeschichtet|reasign|dialihkan)|(?:削减|削減|砍).{0,10}预算|預算|予算.{0,10}(?:振り向け|再配分)|예산.{0,10}(?:전환|재배분)/iu },
  { type: "DISTILLATION_REPORT", pattern: /distillazion|distill|distilaci|distilasi|蒸馏|蒸餾|蒸留|증류/iu },
  { type: "LICENSING_CHANGE", pattern: /closed[- ]source|open[- ]source.{0,30}(?:abbandon|abandon|drop)|fonti chiuse|sumber tertutup|model tertutup|闭源|閉源|クローズド|폐쇄형/iu },
  { type: "RANKING", pattern: /classifica|ranking|ranked|classement|rangliste|clasificaci|peringkat|排行榜|排名|ランキング|순위/iu },
];

const ROLE_BY_TYPE: Partial<Record<EventType, Partial<Record<EntityKind, string>>>> = {
  HIRE: { ORGANIZATION: "employer", PERSON: "hire" },
  DEPARTURE: { ORGANIZATION: "former_employer", PERSON: "person" },
  APPOINTMENT: { ORGANIZATION: "organization", PERSON: "appointee" },
  ACQUISITION: { ORGANIZATION: "party", PERSON: "party" },
  INVESTMENT: { ORGANIZATION: "party", PERSON: "party" },
  RELEASE: { ORGANIZATION: "developer", MODEL: "model" },
  DELAY: { ORGANIZATION: "developer", MODEL: "model" },
  LAYOFF: { ORGANIZATION: "employer", PERSON: "announcer" },
};

/** One segmenter per language: creating one loads ICU's break rules, which costs more than segmenting an article. */
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language === "und" ? undefined : language, { granularity: "sentence" });
    // Languages come from feeds too: keep the cache to the few an installation sees.
    if (segmenters.size >= 64) segmenters.clear();
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

function pushSentences(segmenter: Intl.Segmenter, paragraph: string, paragraphStart: number, sentences: Sentence[]): void {
  for (const segment of segmenter.segment(paragraph)) {
    const trimmed = segment.segment.trim();
    if (trimmed === "") continue;
    const start = paragraphStart + segment.index + segment.segment.indexOf(trimmed);
    sentences.push({ start, end: start + trimmed.length, text: trimmed });
  }
}

/** Sentences, split per paragraph (headlines often lack final punctuation) with the ICU sentence segmenter. */
export function splitSentences(text: string, language: string): Sentence[] {
  return sentencesOfParagraphs(text, language, () => true);
}

/** The sentences of the paragraphs `wanted` accepts (by their span in the text): segmenting is the costly part. */
function sentencesOfParagraphs(text: string, language: string, wanted: (start: number, end: number) => boolean): Sentence[] {
  const segmenter = sentenceSegmenter(language);
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split("\n")) {
    if (wanted(paragraphStart, paragraphStart + paragraph.length)) pushSentences(segmenter, paragraph, paragraphStart, sentences);
    paragraphStart += paragraph.length + 1;
  }
  return sentences;
}

/**
 * Proposes events for review from sentences where at least one linked entity meets a cue word of an event type
 * (and, for money events, a money figure). Candidates are suggestions: they are never facts until accepted.
 */
export function proposeEvents(input: { text: string; language: string; mentions: Mention[]; figures: Figure[]; entityKinds: Map<number, EntityKind> }): CandidateEvent[] {
  const candidates: CandidateEvent[] = [];
  // A sentence lies within its paragraph, so a paragraph no mention starts in has no sentence to propose from.
  const hasMention = (start: number, end: number) => input.mentions.some((mention) => mention.start >= start && mention.start < end);
  for (const sentence of sentencesOfParagraphs(input.text, input.language, hasMention)) {
    const inside = <T extends { start: number; end: number }>(span: T) => span.start >= sentence.start && span.end <= sentence.end;
    const mentions = input.mentions.filter(inside);
    if (mentions.length === 0) continue;
    const figureIndexes = input.figures.flatMap((figure, index) => (inside(figure) ? [index] : []));
    const hasMoney = figureIndexes.some((index) => input.figures[index].kind === "MONEY");
    for (const cue of CUES) {
      const found = cue.pattern.exec(sentence.text);
      if (!found || (cue.needsMoney && !hasMoney)) continue;
      const participants: CandidateEvent["participants"] = [];
      for (const mention of mentions) {
        if (participants.some((p) => p.entityId === mention.entityId)) continue;
        const kind = input.entityKinds.get(mention.entityId);
        participants.push({ entityId: mention.entityId, role: (kind && ROLE_BY_TYPE[cue.type]?.[kind]) ?? "participant" });
      }
      candidates.push({ type: cue.type, sentence, participants, figureIndexes, cue: found[0] });
    }
  }
  return candidates;
}
