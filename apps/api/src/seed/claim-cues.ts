/**
 * Words that a quote backing a claim is expected to contain, in the languages of the seed articles
 * (Italian, Simplified and Traditional Chinese, Indonesian) and English. A quote for a role's end
 * should speak of leaving ("ex", "former", "前", "mantan", "即将离职"); a quote for a delay of
 * postponing. The check is deliberately lenient — a cue word, not a parse — and catches the
 * mistakes that matter: a role end cited with a quote that only names the role, a distillation
 * report cited with a quote about copying an architecture.
 */
const cue = (...alternatives: string[]) => new RegExp(alternatives.join("|"), "iu");

// prettier-ignore
export const ROLE_START_CUES = cue(
  "nominat", "ingaggiat", "assunt", "ricongiung", "incaricat", "arriva", "acquisito", "reclut",
  "加入", "引入", "纳入", "納入", "任命", "上任", "空降", "挖", "负责人", "負責人", "领导", "領導",
  "bergabung", "direkrut", "sekarang mengepalai", "dipimpin",
  "joined", "hired", "appointed",
);

// prettier-ignore
export const ROLE_END_CUES = cue(
  "\\bex\\b", "\\bex-", "l'ex", "in precedenza", "partenz", "partit", "uscite", "dimission", "lasciat", "fatta da parte", "prima di ricongiung",
  "non sarà più", "riassegnat", "rimoss",
  "前", "原", "曾任", "离职", "離職", "退出", "离开", "離開",
  "mantan", "kepergian", "dicopot", "meninggalkan",
  "former", "left", "leaving", "stepped down",
);

// prettier-ignore
export const STATUS_CUES: Record<string, RegExp> = {
  released: cue("rilasci", "rilascio", "lanciat", "rilasciat", "classificat", "utilizzat", "disponibil", "发布", "發佈", "推出", "peluncuran", "meluncurkan", "released", "launched"),
  delayed: cue("posticipat", "ritardo", "推迟", "推遲", "延期", "跳票", "ditunda", "delay"),
  shelved: cue("abbandonat", "dihentikan", "不見真面目", "搁置", "擱置", "shelved", "abandoned"),
  in_development: cue("sviluppo", "sviluppano", "开发", "開發", "研发", "研發", "mengembangkan", "in development"),
  announced: cue("annunciat", "宣布", "宣佈", "diumumkan", "announced"),
  rumored: cue("vocifer", "si dice", "传闻", "傳聞", "据说", "據說", "rumou?r"),
};

export const ACCESS_CUES: Record<string, RegExp> = {
  open_weights: cue("open source", "open-source", "disponibili liberamente", "apertamente condiviso", "开源", "開源", "sumber terbuka", "open weights?"),
  closed: cue("closed-source", "proprietari", "闭源", "閉源", "tertutup", "eksklusif", "berpemilik", "closed"),
  api_only: cue("\\bAPI\\b"),
};

export const LINEAGE_CUES: Record<string, RegExp> = {
  distilled_from: cue("distillazion", "蒸馏", "蒸餾", "distilasi", "distill"),
  based_on: cue("architettura", "架构", "架構", "arsitektur", "meniru", "复刻", "復刻", "based on"),
  successor_of: cue("iterazione", "beralih dari", "cedendo il passo", "下一代", "successor"),
  competes_with: cue("competere", "sfidano", "concorren", "alternative", "a differenza", "水平", "水準", "pesaing", "rival", "compet"),
};

// prettier-ignore
export const EVENT_TYPE_CUES: Record<string, RegExp> = {
  release: cue("rilasci", "rilascio", "推出", "发布", "發佈", "peluncuran", "released"),
  release_plan: cue("previst", "预计", "預計", "计划", "計劃", "原计划", "目標", "目标", "menargetkan", "提前量产", "planned", "target"),
  delay: cue("posticipat", "ritardo", "推迟", "推遲", "延期", "跳票", "ditunda", "delay"),
  cancellation: cue("abbandonat", "dihentikan", "不見真面目", "搁置", "擱置", "cancel"),
  licensing_change: cue("closed-source", "open source", "闭源", "閉源", "开源", "開源", "sumber terbuka", "tertutup"),
  distillation_report: cue("distillazion", "蒸馏", "蒸餾", "distilasi", "distill"),
  acquisition: cue("acquisi", "收购", "收購", "akuisisi", "acquir"),
  investment: cue("investi", "acquisito", "交易", "股份", "saham", "investasi", "stake"),
  hire: cue("ingaggiat", "reclut", "stipendi", "挖来", "挖來", "引入", "kompensasi", "hired", "recruit"),
  departure: cue("partenz", "partit", "lasciat", "dimission", "uscite", "fatta da parte", "离职", "離職", "退出", "离开", "離開", "kepergian", "retensi", "left"),
  appointment: cue("nominat", "incaricat", "vicepresidente", "arriva", "ricongiung", "任命", "纳入", "首席", "mengepalai", "dipimpin", "appointed"),
  reorganization: cue("riorganizz", "ristruttur", "riassegnat", "rimoss", "creazione", "重组", "重組", "审查", "審查", "dicopot", "restrukturisasi", "reorgani"),
  layoff: cue("licenzi", "posti di lavoro", "裁员", "裁員", "裁撤", "pemecatan", "layoff"),
  capex_guidance: cue("spesa in conto capitale", "资本支出", "資本支出", "belanja modal", "capex", "砸"),
  financing: cue("finanziament", "债", "債", "借", "bond", "pendanaan"),
  budget_reallocation: cue("budget", "预算", "預算", "anggaran"),
  data_center: cue("data center", "数据中心", "數據中心", "pusat data"),
  partnership: cue("partnership", "joint venture", "合作", "collabor", "forniti", "si affida", "kerja sama"),
  product_launch: cue("lanciat", "rilasciat", "发布", "推出", "meluncurkan", "launch"),
  ranking: cue("classific", "posto", "排名", "peringkat", "rank"),
  policy: cue("politic", "政策", "norma", "kebijakan", "policy", "indipendente", "startup", "mengisolasi"),
  internal_conflict: cue("disaccordo", "conflitt", "obiezion", "respinto", "不满", "不滿", "摩擦", "对立", "對立", "冲撞", "衝撞", "gesekan", "kesenjangan", "kebencian", "conflict"),
  statement: cue(
    "affermat", "dichiara", "proclam", "rivelato", "secondo", "menzionat", "post sul blog", "warn", "esplor", "stima",
    "表示", "直言", "警告", "宣佈", "宣布", "暗示", "指出", "探索", "播客", "缺", "覺得", "觉得",
    "menyatakan", "mencatat", "berpendapat", "menggambarkan", "manifesto", "fatturato", "ricavi",
    "said", "stated",
  ),
  founding: cue("fondat", "创立", "創立", "成立", "didirikan", "founded"),
  publication: cue("documento", "pubblicazione", "paper", "论文", "論文", "makalah"),
  replication: cue("meniru", "复刻", "復刻", "dikloning", "replica", "clon"),
};

// prettier-ignore
export const OFFICIAL_CUES = cue(
  "annunciato", "affermato", "ha dichiarato", "dichiarazione", "portavoce", "secondo meta", "nota interna", "riconosciuto pubblicamente",
  "宣布", "宣佈", "官方", "发言人", "發言人", "memo internal", "mengumumkan", "mencatat", "menyatakan", "juru bicara", "announced", "spokes",
);

export const QUALIFIER_CUES: Record<string, RegExp> = {
  approximate: cue("circa", "quasi", "mezzo", "约", "約", "近", "左右", "多名", "sekitar", "hampir", "about", "roughly"),
  at_least: cue("oltre", "più di", "supera", "超過", "超过", "至少", "多", "centinaia", "sembilan angka", "lebih dari", "more than", "at least", "over"),
  at_most: cue("fino a", "al massimo", "最多", "不超过", "不超過", "hingga", "up to", "at most"),
  range: cue("\\d\\s*[–-]\\s*\\$?\\d", "da \\d+ a \\d+", "到", "至"),
};
