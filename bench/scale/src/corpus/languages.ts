/**
 * The corpus's languages: one news sentence per kind of event and a few filler sentences each,
 * written for this benchmark. `{a}` and `{b}` are the participants' names as that language writes
 * them; a figure goes in just before the closing punctuation (`figure`).
 */
export type Category = "model" | "person" | "deal" | "money" | "org";

export interface Language {
  tag: string;
  /** Share of the sources written in it. */
  weight: number;
  /** How names are written: a transliteration column of name-tables.ts, or Latin. */
  script: "latin" | "zh-Hans" | "zh-Hant" | "ja" | "ko" | "ru";
  /** Rough UTF-8 bytes per character, to size a 2 KB text without encoding it twice. */
  bytesPerChar: number;
  sentences: Record<Category, string>;
  figure: string;
  fillers: readonly string[];
}

const latinFigure = " ({fig})";

export const LANGUAGES: readonly Language[] = [
  {
    tag: "en",
    weight: 40,
    script: "latin",
    bytesPerChar: 1,
    figure: ", a figure put at {fig}",
    sentences: {
      model: "{b} has released {a}, its newest model, to developers and enterprise customers.",
      person: "{a} has joined {b} in a senior research role, according to people familiar with the matter.",
      deal: "{a} and {b} have signed an agreement that analysts describe as a turning point for the sector.",
      money: "{a} told investors it would raise spending on computing infrastructure next year.",
      org: "{a} announced a reorganisation of its AI teams in an internal memo seen by reporters.",
    },
    fillers: [
      "The company declined to comment beyond its public statements.",
      "Shares in the sector moved little on the news.",
      "Competition for researchers and computing power has intensified over the past year.",
      "Analysts expect more announcements before the end of the quarter.",
      "Regulators in several countries are watching the market closely.",
    ],
  },
  {
    tag: "zh-Hans",
    weight: 12,
    script: "zh-Hans",
    bytesPerChar: 3,
    figure: "，相关数字为{fig}",
    sentences: {
      model: "{b}已向开发者和企业客户发布了其最新模型{a}。",
      person: "据知情人士透露，{a}已加入{b}，担任高级研究职务。",
      deal: "{a}与{b}签署了一项协议，分析人士认为这是行业的转折点。",
      money: "{a}向投资者表示，明年将增加在算力基础设施上的支出。",
      org: "{a}在一份内部备忘录中宣布重组其人工智能团队。",
    },
    fillers: ["该公司拒绝在公开声明之外发表评论。", "受此消息影响，行业股价变化不大。", "过去一年，对研究人员和算力的争夺愈发激烈。", "分析师预计本季度结束前还会有更多公告。"],
  },
  {
    tag: "zh-Hant",
    weight: 4,
    script: "zh-Hant",
    bytesPerChar: 3,
    figure: "，相關數字為{fig}",
    sentences: {
      model: "{b}已向開發者和企業客戶發布了其最新模型{a}。",
      person: "據知情人士透露，{a}已加入{b}，擔任高級研究職務。",
      deal: "{a}與{b}簽署了一項協議，分析人士認為這是產業的轉捩點。",
      money: "{a}向投資人表示，明年將增加在算力基礎設施上的支出。",
      org: "{a}在一份內部備忘錄中宣布重組其人工智慧團隊。",
    },
    fillers: ["該公司拒絕在公開聲明之外發表評論。", "受此消息影響，產業股價變化不大。", "過去一年，對研究人員與算力的爭奪愈發激烈。", "分析師預計本季結束前還會有更多公告。"],
  },
  {
    tag: "ja",
    weight: 6,
    script: "ja",
    bytesPerChar: 3,
    figure: "（{fig}）",
    sentences: {
      model: "{b}は最新モデル{a}を開発者と企業顧客向けに公開した。",
      person: "関係者によると、{a}は{b}に上級研究職として加わった。",
      deal: "{a}と{b}は、業界の転換点とされる契約を結んだ。",
      money: "{a}は投資家に対し、来年は計算基盤への支出を増やすと説明した。",
      org: "{a}は社内メモでAIチームの再編を発表した。",
    },
    fillers: [
      "同社は公式発表以外のコメントを控えた。",
      "このニュースを受けても関連株の動きは小さかった。",
      "研究者と計算資源をめぐる競争はこの一年で激しさを増している。",
      "アナリストは四半期末までにさらなる発表があると見ている。",
    ],
  },
  {
    tag: "ko",
    weight: 4,
    script: "ko",
    bytesPerChar: 2.3,
    figure: latinFigure,
    sentences: {
      model: "{b}는 최신 모델 {a}를 개발자와 기업 고객에게 공개했다.",
      person: "소식통에 따르면 {a}는 {b}에 선임 연구직으로 합류했다.",
      deal: "{a}와 {b}는 업계의 전환점으로 평가되는 계약을 체결했다.",
      money: "{a}는 투자자들에게 내년 컴퓨팅 인프라 지출을 늘리겠다고 밝혔다.",
      org: "{a}는 내부 메모를 통해 AI 조직 개편을 발표했다.",
    },
    fillers: [
      "회사는 공식 발표 외에는 언급을 거부했다.",
      "이 소식에도 관련 주가는 큰 변동이 없었다.",
      "지난 1년간 연구 인력과 컴퓨팅 자원을 둘러싼 경쟁이 치열해졌다.",
      "분석가들은 분기 말 이전에 추가 발표가 있을 것으로 본다.",
    ],
  },
  {
    tag: "de",
    weight: 5,
    script: "latin",
    bytesPerChar: 1.03,
    figure: latinFigure,
    sentences: {
      model: "{b} hat sein neuestes Modell {a} für Entwickler und Unternehmenskunden veröffentlicht.",
      person: "{a} ist nach Angaben von Insidern in einer leitenden Forschungsrolle zu {b} gewechselt.",
      deal: "{a} und {b} haben eine Vereinbarung unterzeichnet, die Analysten als Wendepunkt für die Branche sehen.",
      money: "{a} kündigte gegenüber Investoren höhere Ausgaben für Recheninfrastruktur im kommenden Jahr an.",
      org: "{a} hat in einem internen Memo eine Neuordnung seiner KI-Teams angekündigt.",
    },
    fillers: [
      "Das Unternehmen wollte sich über seine öffentlichen Angaben hinaus nicht äußern.",
      "Die Aktien der Branche reagierten kaum auf die Nachricht.",
      "Der Wettbewerb um Forscher und Rechenleistung hat sich im vergangenen Jahr verschärft.",
      "Analysten erwarten bis zum Quartalsende weitere Ankündigungen.",
    ],
  },
  {
    tag: "fr",
    weight: 5,
    script: "latin",
    bytesPerChar: 1.03,
    figure: latinFigure,
    sentences: {
      model: "{b} a publié {a}, son modèle le plus récent, pour les développeurs et les entreprises.",
      person: "{a} a rejoint {b} à un poste de recherche de haut niveau, selon des sources proches du dossier.",
      deal: "{a} et {b} ont signé un accord que les analystes décrivent comme un tournant pour le secteur.",
      money: "{a} a indiqué aux investisseurs qu'il augmenterait ses dépenses d'infrastructure de calcul l'an prochain.",
      org: "{a} a annoncé une réorganisation de ses équipes d'IA dans une note interne.",
    },
    fillers: [
      "L'entreprise n'a pas souhaité commenter au-delà de ses déclarations publiques.",
      "Les valeurs du secteur ont peu réagi à l'annonce.",
      "La concurrence pour les chercheurs et la puissance de calcul s'est intensifiée cette année.",
      "Les analystes attendent d'autres annonces d'ici la fin du trimestre.",
    ],
  },
  {
    tag: "es",
    weight: 4,
    script: "latin",
    bytesPerChar: 1.02,
    figure: latinFigure,
    sentences: {
      model: "{b} ha lanzado {a}, su modelo más reciente, para desarrolladores y clientes empresariales.",
      person: "{a} se ha incorporado a {b} en un puesto de investigación sénior, según fuentes cercanas.",
      deal: "{a} y {b} han firmado un acuerdo que los analistas consideran un punto de inflexión para el sector.",
      money: "{a} dijo a los inversores que aumentará el gasto en infraestructura de cómputo el próximo año.",
      org: "{a} anunció una reorganización de sus equipos de IA en un memorando interno.",
    },
    fillers: [
      "La empresa declinó hacer comentarios más allá de sus declaraciones públicas.",
      "Las acciones del sector apenas se movieron tras la noticia.",
      "La competencia por investigadores y capacidad de cómputo se ha intensificado en el último año.",
      "Los analistas esperan más anuncios antes del cierre del trimestre.",
    ],
  },
  {
    tag: "it",
    weight: 4,
    script: "latin",
    bytesPerChar: 1.02,
    figure: latinFigure,
    sentences: {
      model: "{b} ha rilasciato {a}, il suo modello più recente, per sviluppatori e clienti aziendali.",
      person: "Secondo fonti vicine alla vicenda, {a} è entrato in {b} con un ruolo di ricerca di alto livello.",
      deal: "{a} e {b} hanno firmato un accordo che gli analisti considerano una svolta per il settore.",
      money: "{a} ha comunicato agli investitori che il prossimo anno aumenterà la spesa in infrastrutture di calcolo.",
      org: "{a} ha annunciato in una nota interna la riorganizzazione dei suoi team di IA.",
    },
    fillers: [
      "L'azienda non ha voluto commentare oltre le dichiarazioni ufficiali.",
      "I titoli del settore si sono mossi poco dopo la notizia.",
      "La competizione per ricercatori e potenza di calcolo si è intensificata nell'ultimo anno.",
      "Gli analisti si aspettano altri annunci entro la fine del trimestre.",
    ],
  },
  {
    tag: "pt",
    weight: 3,
    script: "latin",
    bytesPerChar: 1.03,
    figure: latinFigure,
    sentences: {
      model: "{b} lançou {a}, o seu modelo mais recente, para desenvolvedores e clientes empresariais.",
      person: "{a} entrou na {b} em um cargo sênior de pesquisa, segundo fontes próximas ao assunto.",
      deal: "{a} e {b} assinaram um acordo que analistas descrevem como um ponto de virada para o setor.",
      money: "{a} disse aos investidores que vai ampliar os gastos com infraestrutura de computação no próximo ano.",
      org: "{a} anunciou uma reorganização de suas equipes de IA em um memorando interno.",
    },
    fillers: [
      "A empresa não quis comentar além de suas declarações públicas.",
      "As ações do setor pouco se moveram após a notícia.",
      "A disputa por pesquisadores e poder computacional se intensificou no último ano.",
      "Analistas esperam novos anúncios até o fim do trimestre.",
    ],
  },
  {
    tag: "id",
    weight: 3,
    script: "latin",
    bytesPerChar: 1,
    figure: latinFigure,
    sentences: {
      model: "{b} telah merilis {a}, model terbarunya, untuk pengembang dan pelanggan korporat.",
      person: "{a} bergabung dengan {b} dalam posisi riset senior, menurut sumber yang mengetahui hal tersebut.",
      deal: "{a} dan {b} menandatangani perjanjian yang oleh para analis disebut sebagai titik balik industri.",
      money: "{a} mengatakan kepada investor bahwa belanja infrastruktur komputasi akan dinaikkan tahun depan.",
      org: "{a} mengumumkan reorganisasi tim AI-nya melalui memo internal.",
    },
    fillers: [
      "Perusahaan menolak berkomentar di luar pernyataan resminya.",
      "Saham sektor ini nyaris tidak bergerak setelah kabar tersebut.",
      "Persaingan untuk mendapatkan peneliti dan daya komputasi makin ketat dalam setahun terakhir.",
      "Analis memperkirakan akan ada pengumuman lain sebelum akhir kuartal.",
    ],
  },
  {
    tag: "ru",
    weight: 3,
    script: "ru",
    bytesPerChar: 1.8,
    figure: latinFigure,
    sentences: {
      model: "{b} представила свою новейшую модель {a} для разработчиков и корпоративных клиентов.",
      person: "По словам источников, {a} перешёл в {b} на руководящую исследовательскую должность.",
      deal: "{a} и {b} подписали соглашение, которое аналитики называют поворотным для отрасли.",
      money: "{a} сообщила инвесторам, что в следующем году увеличит расходы на вычислительную инфраструктуру.",
      org: "{a} объявила о реорганизации своих команд ИИ во внутренней записке.",
    },
    fillers: [
      "Компания отказалась от комментариев сверх официальных заявлений.",
      "Акции отрасли почти не отреагировали на новость.",
      "За последний год конкуренция за исследователей и вычислительные мощности обострилась.",
      "Аналитики ожидают новых объявлений до конца квартала.",
    ],
  },
  {
    tag: "ar",
    weight: 2,
    script: "latin",
    bytesPerChar: 1.8,
    figure: latinFigure,
    sentences: {
      model: "أطلقت {b} نموذجها الأحدث {a} للمطورين وعملاء الشركات.",
      person: "انضم {a} إلى {b} في منصب بحثي رفيع، بحسب مصادر مطلعة.",
      deal: "وقّعت {a} و{b} اتفاقًا يصفه المحللون بأنه نقطة تحول في القطاع.",
      money: "أبلغت {a} المستثمرين بأنها ستزيد الإنفاق على البنية التحتية للحوسبة العام المقبل.",
      org: "أعلنت {a} في مذكرة داخلية عن إعادة تنظيم فرق الذكاء الاصطناعي لديها.",
    },
    fillers: [
      "رفضت الشركة التعليق بما يتجاوز تصريحاتها العلنية.",
      "لم تتحرك أسهم القطاع كثيرًا بعد الخبر.",
      "اشتدت المنافسة على الباحثين وقدرات الحوسبة خلال العام الماضي.",
      "يتوقع المحللون مزيدًا من الإعلانات قبل نهاية الربع.",
    ],
  },
  {
    tag: "hi",
    weight: 2,
    script: "latin",
    bytesPerChar: 2.6,
    figure: latinFigure,
    sentences: {
      model: "{b} ने डेवलपर्स और कारोबारी ग्राहकों के लिए अपना नया मॉडल {a} जारी किया है।",
      person: "सूत्रों के अनुसार {a} एक वरिष्ठ शोध पद पर {b} से जुड़ गए हैं।",
      deal: "{a} और {b} ने एक समझौते पर हस्ताक्षर किए हैं जिसे विश्लेषक इस क्षेत्र के लिए अहम मोड़ मानते हैं।",
      money: "{a} ने निवेशकों से कहा कि वह अगले साल कंप्यूटिंग ढांचे पर खर्च बढ़ाएगी।",
      org: "{a} ने एक आंतरिक ज्ञापन में अपनी एआई टीमों के पुनर्गठन की घोषणा की।",
    },
    fillers: [
      "कंपनी ने अपने सार्वजनिक बयानों से आगे टिप्पणी करने से इनकार किया।",
      "इस खबर के बाद इस क्षेत्र के शेयरों में खास हलचल नहीं हुई।",
      "पिछले एक साल में शोधकर्ताओं और कंप्यूटिंग क्षमता के लिए होड़ तेज हुई है।",
      "विश्लेषकों को तिमाही के अंत से पहले और घोषणाओं की उम्मीद है।",
    ],
  },
];

/** A sentence with its names filled in and the figure texts before its closing punctuation. */
export function writeSentence(language: Language, category: Category, a: string, b: string, figures: readonly string[]): string {
  // Replacement functions: a name or figure holding "$&" or "$$" is inserted as written.
  let sentence = language.sentences[category].replace("{a}", () => a).replace("{b}", () => b);
  if (figures.length) {
    const closing = sentence.slice(-1);
    sentence = sentence.slice(0, -1) + language.figure.replace("{fig}", () => figures.join(", ")) + closing;
  }
  return sentence;
}
