import { pinyin } from "pinyin-pro";
import { analyzeDocument } from "../analyze";
import { TRANSLIT } from "../discovery/han-kana";
import { buildAliasMatcher, type AliasInput, type EntityKind } from "../matcher";
import { buildTransliterationIndex, hanKey, latinKey, linkTransliterations, romanizeHangul, romanizeKatakana, romanizedKey } from ".";
import { HAN_PINYIN } from "./han-pinyin";
import { keySimilarity } from "./phonetic";

const entity = (entityId: number, slug: string, names: string[], entityKind: EntityKind = "ORGANIZATION"): AliasInput[] =>
  names.map((name) => ({ entityId, slug, name, language: "en", kind: "name", entityKind }));

// Latin names only, except Meta's own katakana and Hangul aliases (to show exact matches stay as they are).
const ALIASES: AliasInput[] = [
  ...entity(1, "meta", ["Meta", "メタ", "메타"]),
  ...entity(2, "nvidia", ["Nvidia"]),
  ...entity(3, "google", ["Google"]),
  ...entity(4, "openai", ["OpenAI"]),
  ...entity(5, "anthropic", ["Anthropic"]),
  ...entity(6, "mistral-ai", ["Mistral AI", "Mistral"]),
  ...entity(7, "mark-zuckerberg", ["Mark Zuckerberg"], "PERSON"),
  ...entity(8, "demis-hassabis", ["Demis Hassabis"], "PERSON"),
  ...entity(9, "microsoft", ["Microsoft"]),
  ...entity(10, "samsung", ["Samsung"]),
  ...entity(11, "tesla", ["Tesla"]),
  ...entity(12, "claude", ["Claude"], "MODEL"),
  ...entity(13, "andrej-karpathy", ["Andrej Karpathy"], "PERSON"),
  ...entity(14, "fair", ["FAIR"]),
  ...entity(15, "gpt-5", ["GPT-5"], "MODEL"),
  ...entity(16, "perplexity", ["Perplexity"]),
  ...entity(17, "grok", ["Grok"], "MODEL"),
  ...entity(18, "groq", ["Groq"]),
];
const matcher = buildAliasMatcher(ALIASES);
const index = buildTransliterationIndex(ALIASES);

function linked(text: string, language: string) {
  return linkTransliterations({ text, language, mentions: matcher.findMentions(text), index }).map((m) => [m.slug, m.surface, m.linkedBy ?? "alias"]);
}
const linkedByKey = (key: string, parts = 1) => index.lookup({ key, parts })?.slug;

describe("phonetic keys", () => {
  it("give a Latin name and its loanword renderings one key", () => {
    expect(latinKey("Zuckerberg")).toBe("SXKXPXK");
    expect(latinKey("Zuckerberg")).toBe(romanizedKey(romanizeHangul("저커버그")));
    // Japanese writes the reduced vowels a: the same key but for the X that stands for any vowel.
    expect(romanizedKey(romanizeKatakana("ザッカーバーグ"))).toBe("SAKAPAK");
    expect(keySimilarity(latinKey("Zuckerberg"), romanizedKey(romanizeKatakana("ザッカーバーグ")))).toBe(1);
    expect(latinKey("Nvidia")).toBe(romanizedKey(romanizeKatakana("エヌビディア")));
    expect(latinKey("Nvidia")).toBe(romanizedKey(romanizeHangul("엔비디아")));
    expect(latinKey("Google")).toBe(romanizedKey(romanizeKatakana("グーグル")));
    expect(latinKey("Google")).toBe(romanizedKey(romanizeHangul("구글")));
    expect(latinKey("Mistral")).toBe(romanizedKey(romanizeKatakana("ミストラル")));
    expect(latinKey("Mistral")).toBe(hanKey("米斯特拉尔"));
  });

  it("scores near renderings high and unrelated names low", () => {
    expect(keySimilarity(latinKey("Anthropic"), romanizedKey(romanizeKatakana("アンソロピック")))).toBeGreaterThanOrEqual(0.85);
    expect(keySimilarity(latinKey("Anthropic"), romanizedKey(romanizeHangul("앤트로픽")))).toBe(1);
    expect(keySimilarity(latinKey("Zuckerberg"), hanKey("扎克伯格"))).toBeGreaterThanOrEqual(0.9);
    expect(keySimilarity(latinKey("Anthropic"), latinKey("Microsoft"))).toBeLessThan(0.5);
  });

  it("romanise katakana mora by mora, leaving out the vowels only the script needs", () => {
    expect(romanizeKatakana("ミストラル")).toBe("mistrar");
    expect(romanizeKatakana("フェイスブック")).toBe("feisbuk");
    expect(romanizeKatakana("ティム")).toBe("tim");
    expect(romanizeKatakana("メンシュ")).toBe("mensh");
  });

  it("read Han characters with pinyin-pro's readings, for every character discovery reads as transliteration", () => {
    for (const char of TRANSLIT) expect(HAN_PINYIN[char]).toBeDefined();
    for (const [char, reading] of Object.entries(HAN_PINYIN)) expect([char, reading]).toEqual([char, pinyin(char, { toneType: "none", v: true })]);
  });

  it("romanise Hangul jamo by jamo, without assimilation and without the epenthetic eu", () => {
    expect(romanizeHangul("스트랄")).toBe("stral");
    expect(romanizeHangul("구글")).toBe("gugl");
    expect(romanizeHangul("테슬라")).toBe("teslra");
    expect(romanizeHangul("삼성")).toBe("samsən");
  });
});

describe("transliteration-aware linking", () => {
  it("links katakana forms of Latin names, below an exact match", () => {
    const mentions = linkTransliterations({ text: "エヌビディアとアンソロピックが提携", language: "ja", mentions: [], index });
    expect(mentions.map((m) => [m.slug, m.surface, m.linkedBy])).toEqual([
      ["nvidia", "エヌビディア", "transliteration"],
      ["anthropic", "アンソロピック", "transliteration"],
    ]);
    for (const mention of mentions) expect(mention.confidence).toBeLessThan(1);
  });

  it("links a dotted full name as one mention, and then the surname alone", () => {
    expect(linked("マーク・ザッカーバーグ氏は、ザッカーバーグ帝国を", "ja")).toEqual([
      ["mark-zuckerberg", "マーク・ザッカーバーグ", "transliteration"],
      ["mark-zuckerberg", "ザッカーバーグ", "transliteration"],
    ]);
  });

  it("does not link a surname alone in a document that never names the person otherwise", () => {
    expect(linked("ザッカーバーグ帝国", "ja")).toEqual([]);
    expect(linked("저커버그는", "ko")).toEqual([]);
    expect(linked("Mark Zuckerberg、つまりザッカーバーグは", "ja")).toEqual([
      ["mark-zuckerberg", "Mark Zuckerberg", "alias"],
      ["mark-zuckerberg", "ザッカーバーグ", "transliteration"],
    ]);
  });

  it("links Hangul names without their particles, and two-word names as one", () => {
    expect(linked("엔비디아의 주가와 구글은 메타의 경쟁사다", "ko")).toEqual([
      ["nvidia", "엔비디아", "transliteration"],
      ["google", "구글", "transliteration"],
      ["meta", "메타", "alias"],
    ]);
    expect(linked("데미스 하사비스는 마크 저커버그와 만났다", "ko")).toEqual([
      ["demis-hassabis", "데미스 하사비스", "transliteration"],
      ["mark-zuckerberg", "마크 저커버그", "transliteration"],
    ]);
  });

  it("links a katakana or Hangul form with a Latin tail (オープンAI, 오픈AI)", () => {
    expect(linked("オープンAIと오픈AI의", "ja")).toEqual([
      ["openai", "オープンAI", "transliteration"],
      ["openai", "오픈AI", "transliteration"],
    ]);
  });

  it("links Chinese phonetic renderings in Chinese text only", () => {
    expect(linked("Mark Zuckerberg（扎克伯格）表示，米斯特拉尔和特斯拉", "zh-Hans").slice(1)).toEqual([
      ["mark-zuckerberg", "扎克伯格", "transliteration"],
      ["mistral-ai", "米斯特拉尔", "transliteration"],
    ]);
    expect(linked("米斯特拉尔", "ja")).toEqual([]);
  });

  it("leaves exact mentions as they are and reads only what they do not cover", () => {
    expect(linked("メタはグーグルと", "ja")).toEqual([
      ["meta", "メタ", "alias"],
      ["google", "グーグル", "transliteration"],
    ]);
    const exactOnly = linkTransliterations({ text: "Meta and Google", language: "en", mentions: matcher.findMentions("Meta and Google"), index });
    expect(exactOnly.every((m) => m.linkedBy === undefined && m.confidence === undefined)).toBe(true);
  });

  it("does not link acronyms, names with digits, or two entities that sound the same", () => {
    expect(linkedByKey(romanizedKey(romanizeKatakana("フェア")))).toBeUndefined();
    expect(linkedByKey(romanizedKey(romanizeKatakana("ジーピーティー")))).toBeUndefined();
    // Grok and Groq share a key: グロック is either, so neither is proposed.
    expect(linkedByKey(romanizedKey(romanizeKatakana("グロック")))).toBeUndefined();
  });

  it("is wired into analyzeDocument when an index is given", () => {
    const input = { raw: "アンソロピックのクロードが公開された。", format: "text" as const, publishedOn: "2025-12-01", matcher, entityKinds: new Map<number, EntityKind>() };
    expect(analyzeDocument(input).mentions).toEqual([]);
    expect(analyzeDocument({ ...input, transliterations: index }).mentions.map((m) => m.slug)).toEqual(["anthropic", "claude"]);
  });
});

describe("false positives", () => {
  // prettier-ignore
  const KATAKANA_WORDS = ("サービス データ モデル マーケティング カンファレンス セミナー ワークショップ コミュニティ エコシステム イノベーション シミュレーション " +
    "ディープラーニング トランスフォーマー ファインチューニング プロンプト ハルシネーション ガバナンス コンプライアンス プライバシー データベース キャッシュ " +
    "バッテリー ディスプレイ カメラ センサー ドローン プロセッサー サプライチェーン エンタープライズ サブスクリプション プレミアム バリュエーション ラウンド " +
    "キャピタル ストックオプション リサーチャー サイエンティスト プレスリリース ロードマップ スケジュール ミーティング ディスカッション アメリカ ヨーロッパ " +
    "フランス ドイツ イギリス シンガポール ロンドン パリ ベルリン クリスマス コロナ パンデミック インフレ トレンド キーワード メタバース バーチャル アバター " +
    "ストリーミング ユニコーン パートナーシップ アライアンス クラスター ドキュメント アカウント パスワード ダッシュボード アプリケーション").split(" ");
  // prettier-ignore
  const HANGUL_WORDS = ("서비스 데이터 모델 정부 회사 시장 발표 기술 투자 개발 연구 인재 영입 채용 보상 연봉 경쟁 전략 계획 출시 공개 협력 계약 인수 합병 매출 " +
    "이익 손실 주가 주식 상장 성장 사장 자금 조달 평가 가치 규모 확대 감소 증가 전망 분석 보고서 기자 뉴스 업계 관계자 전문가 연구자 과학자 엔지니어 " +
    "개발자 직원 경영진 이사회 대표 회장 창업자 책임자 조직 연구소 대학 교수 박사 논문 인공지능 초지능 생성형 추론 학습 훈련 성능 벤치마크 비용 가격 " +
    "반도체 그래픽 프로세서 메모리 서버 클라우드 데이터센터 전력 에너지 보안 규제 법안 정책 의회 대통령 장관 미국 중국 일본 한국 유럽 런던 베를린 " +
    "베이징 지난해 올해 내년 최근 현재 그러나 하지만 또한 한편 특히 가장 글로벌 파트너 고객 스마트폰 플랫폼 생태계 스타트업 마케팅 일정 토론 경제 정치 " +
    "센서 버블 펀드 코로나 팬데믹 인플레이션 디스플레이").split(" ");

  it("never links common katakana loanwords", () => {
    const text = KATAKANA_WORDS.join("と");
    expect(linkTransliterations({ text, language: "ja", mentions: [], index })).toEqual([]);
  });

  it("never links common Korean nouns, with or without particles", () => {
    const text = HANGUL_WORDS.map((word, i) => word + ["", "의", "는", "를"][i % 4]).join(" ");
    expect(linkTransliterations({ text, language: "ko", mentions: [], index })).toEqual([]);
  });

  it("never links Chinese words made of transliteration characters", () => {
    const text = "加利福尼亚的巴塞罗那和意大利，阿里巴巴与亚马逊";
    expect(linkTransliterations({ text, language: "zh-Hans", mentions: [], index })).toEqual([]);
  });
});
