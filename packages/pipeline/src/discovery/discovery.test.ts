import { buildAliasMatcher } from "../matcher";
import { discoverEntities, discoveryKey, mergeProposals } from "./index";
import { sentenceSpans } from "./sentences";

// Invented sentences: the names below belong to no real company, model or person.
const found = (text: string, language: string, mentions = buildAliasMatcher([]).findMentions(text)) =>
  discoverEntities({ text, language, mentions }).map((p) => `${p.surface}:${p.type}`);

describe("discoverEntities in cased scripts", () => {
  it("types English names by titles, suffixes, versions and shape, and strips the possessive", () => {
    const text = "Analysts say Quorvex's chief scientist Maria Okonkwo built the Zephyrix H200 chip. Brightwave Labs will ship Velora-V3.2 and Tessel Opus 4.5.";
    expect(found(text, "en")).toEqual([
      "Quorvex:ORGANIZATION",
      "Maria Okonkwo:PERSON",
      "Zephyrix H200:PRODUCT",
      "Brightwave Labs:ORGANIZATION",
      "Velora-V3.2:MODEL",
      "Tessel Opus 4.5:MODEL",
    ]);
  });

  it("proposes no sentence-initial words, months, weekdays, places or common words", () => {
    const text = "Yesterday the board met in Paris. Shares rose on Monday in March. Investors in New York and Tokyo were calm. Rising costs worry the Japanese.";
    expect(found(text, "en")).toEqual([]);
  });

  it("does not propose what the linker linked", () => {
    const text = "The startup Quorvex hired Maria Okonkwo.";
    const matcher = buildAliasMatcher([{ entityId: 1, slug: "quorvex", name: "Quorvex", language: "en", kind: "official" }]);
    expect(found(text, "en", matcher.findMentions(text))).toEqual(["Maria Okonkwo:PERSON"]);
  });

  it("reads German, French, Spanish and Russian cues, and needs a cue for a lone German noun", () => {
    expect(found("Der Vorstandschef Lukas Brenner von Kaltwerk AI sagte am Dienstag, das Modell Falkor-2 sei schneller als die Konkurrenz.", "de")).toEqual([
      "Lukas Brenner:PERSON",
      "Kaltwerk AI:ORGANIZATION",
      "Falkor-2:MODEL",
    ]);
    expect(found("Selon le PDG Camille Roussel, la start-up Lumenia a levé des fonds en juin pour son modèle Orphée.", "fr")).toEqual([
      "Camille Roussel:PERSON",
      "Lumenia:ORGANIZATION",
      "Orphée:MODEL",
    ]);
    expect(found("La empresa Novaterra presentó el modelo Brisa 2 en Madrid, según la investigadora Lucía Ferrer.", "es")).toEqual([
      "Novaterra:ORGANIZATION",
      "Brisa 2:MODEL",
      "Lucía Ferrer:PERSON",
    ]);
    expect(found("Генеральный директор Иван Петров из компании Квантум сказал в понедельник, что модель Орион 2 готова.", "ru")).toEqual([
      "Иван Петров:PERSON",
      "Квантум:ORGANIZATION",
      "Орион 2:MODEL",
    ]);
  });
});

describe("discoverEntities in scripts without capitals", () => {
  it("finds Chinese transliterated names, titled names, and names before 公司 and 模型, in both scripts", () => {
    expect(found("扎尔维达首席执行官林浩然表示，德米斯·卡萨罗领导的实验室很强。会上，青木科技公司推出云雀大模型。", "zh-Hans")).toEqual([
      "扎尔维达:ORGANIZATION",
      "林浩然:PERSON",
      "德米斯·卡萨罗:PERSON",
      "青木科技:ORGANIZATION",
      "云雀:MODEL",
    ]);
    expect(found("德米斯·卡薩羅表示，扎爾維達將擴張。", "zh-Hant")).toEqual(["德米斯·卡薩羅:PERSON", "扎爾維達:ORGANIZATION"]);
    expect(found("他在加利福尼亚工作，这家公司很大。", "zh-Hans")).toEqual([]);
  });

  it("finds katakana and kanji names in Japanese, not common loanwords", () => {
    expect(found("ゼルビダ社の山田太郎氏は、データセンターのモデルについて語った。マリア・オコンクォCEOも出席した。", "ja")).toEqual([
      "ゼルビダ:ORGANIZATION",
      "山田太郎:PERSON",
      "マリア・オコンクォ:PERSON",
    ]);
  });

  it("strips Korean particles and types names by the words around them", () => {
    expect(found("제르비다의 마리아 오콩코 CEO는 한결전자와 협력한다고 밝혔다. 누리 모델은 지난 화요일 공개됐다.", "ko")).toEqual([
      "제르비다:ORGANIZATION",
      "마리아 오콩코:PERSON",
      "한결전자:ORGANIZATION",
      "누리:MODEL",
    ]);
    expect(found("회사는 지난 화요일 새로운 서비스를 공개했다.", "ko")).toEqual([]);
  });

  it("finds Arabic and Hindi names only next to a cue", () => {
    expect(found("قالت شركة زيرفيدا إن نموذج نوران سيصدر قريبا، وفق المؤسس سامي حداد.", "ar")).toEqual(["زيرفيدا:ORGANIZATION", "نوران:MODEL", "سامي حداد:PERSON"]);
    expect(found("कंपनी ज़ेरविडा ने नया ऐप बनाया। सीईओ अनन्या राव ने कहा कि तारा मॉडल तेज़ है।", "hi")).toEqual(["ज़ेरविडा:ORGANIZATION", "अनन्या राव:PERSON", "तारा:MODEL"]);
    expect(found("यह एक अच्छा दिन है।", "hi")).toEqual([]);
  });
});

describe("mergeProposals", () => {
  it("merges spellings of one name across documents and counts them", () => {
    const a = discoverEntities({ text: "The startup Velora-V3 beat rivals. Velora-V3 was cheap.", language: "en", mentions: [] });
    const b = discoverEntities({ text: "Developers tried Velora V3 with the model Kestrel.", language: "en", mentions: [] });
    const merged = mergeProposals([
      { documentId: "a", proposals: a },
      { documentId: "b", proposals: b },
    ]);
    expect(discoveryKey("Velora V3")).toBe(discoveryKey("velora-v3"));
    expect(merged[0]).toMatchObject({ key: "velorav3", type: "MODEL", count: 3, documents: 2 });
    expect(merged[0].forms).toEqual([
      { surface: "Velora-V3", language: "en", count: 2 },
      { surface: "Velora V3", language: "en", count: 1 },
    ]);
    expect(merged[0].quotes.map((quote) => quote.documentId)).toEqual(["a", "a", "b"]);
    expect(merged.map((candidate) => candidate.key)).toEqual(["velorav3", "kestrel"]);
  });
});

describe("discoverEntities in German", () => {
  it("separates the noun an article introduces from the name it describes, and types the name by the noun", () => {
    expect(found("Gestern meldete der Chiphersteller Kaltwerk am Montag hohe Umsätze, und der Konzernchef Lukas Brenner lobte das Sprachmodell Falkor.", "de")).toEqual([
      "Kaltwerk:ORGANIZATION",
      "Lukas Brenner:PERSON",
      "Falkor:MODEL",
    ]);
    expect(found("Die Regierung in Berlin prüft den Plan für die Forschung.", "de")).toEqual([]);
  });
});

describe("sentenceSpans", () => {
  it("ends sentences at end punctuation before a space, CJK full stops and line breaks, not inside numbers", () => {
    const text = "Tessel 4.5 shipped. Did it? Yes!\n新模型发布了。它很快。";
    expect(sentenceSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(["Tessel 4.5 shipped.", "Did it?", "Yes!", "新模型发布了。", "它很快。"]);
  });

  it("quotes the sentence a name was seen in", () => {
    const [proposal] = discoverEntities({ text: "Rain fell. Later the startup Quorvex hired staff. Nothing else.", language: "en", mentions: [] });
    expect(proposal.quote.text).toBe("Later the startup Quorvex hired staff.");
  });
});
