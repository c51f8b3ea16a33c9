/**
 * Word lists of the synthetic names. Brand names are built from syllables that each have a fixed
 * rendering in Simplified and Traditional Chinese, Japanese katakana, Korean hangul and Cyrillic,
 * so every made-up company and model has consistent transliterations for search to find.
 * Columns: Latin, zh-Hans, zh-Hant, ja, ko, ru.
 */
export type Script = "latin" | "zh-Hans" | "zh-Hant" | "ja" | "ko" | "ru";
export const SCRIPTS: readonly Script[] = ["latin", "zh-Hans", "zh-Hant", "ja", "ko", "ru"];

type Row = readonly [string, string, string, string, string, string];

export const SYLLABLES: readonly Row[] = [
  ["ka", "卡", "卡", "カ", "카", "ка"],
  ["ra", "拉", "拉", "ラ", "라", "ра"],
  ["vel", "维尔", "維爾", "ヴェル", "벨", "вел"],
  ["to", "托", "托", "ト", "토", "то"],
  ["ri", "里", "裏", "リ", "리", "ри"],
  ["no", "诺", "諾", "ノ", "노", "но"],
  ["sa", "萨", "薩", "サ", "사", "са"],
  ["mi", "米", "米", "ミ", "미", "ми"],
  ["lo", "洛", "洛", "ロ", "로", "ло"],
  ["da", "达", "達", "ダ", "다", "да"],
  ["ne", "内", "內", "ネ", "네", "не"],
  ["ta", "塔", "塔", "タ", "타", "та"],
  ["ven", "文", "文", "ヴェン", "벤", "вен"],
  ["lu", "卢", "盧", "ル", "루", "лу"],
  ["mo", "莫", "莫", "モ", "모", "мо"],
  ["ni", "尼", "尼", "ニ", "니", "ни"],
  ["ko", "科", "科", "コ", "코", "ко"],
  ["sen", "森", "森", "セン", "센", "сен"],
  ["ti", "蒂", "蒂", "ティ", "티", "ти"],
  ["va", "瓦", "瓦", "ヴァ", "바", "ва"],
  ["ro", "罗", "羅", "ロ", "로", "ро"],
  ["li", "利", "利", "リ", "리", "ли"],
  ["bel", "贝尔", "貝爾", "ベル", "벨", "бел"],
  ["dra", "德拉", "德拉", "ドラ", "드라", "дра"],
  ["gon", "贡", "貢", "ゴン", "곤", "гон"],
  ["mar", "马尔", "馬爾", "マル", "마르", "мар"],
  ["tis", "蒂斯", "蒂斯", "ティス", "티스", "тис"],
  ["an", "安", "安", "アン", "안", "ан"],
  ["el", "埃尔", "埃爾", "エル", "엘", "эл"],
  ["is", "伊斯", "伊斯", "イス", "이스", "ис"],
  ["or", "奥", "奧", "オル", "오르", "ор"],
  ["um", "姆", "姆", "ウム", "움", "ум"],
  ["ix", "伊克斯", "伊克斯", "イクス", "익스", "икс"],
  ["ki", "基", "基", "キ", "키", "ки"],
  ["fe", "菲", "菲", "フェ", "페", "фе"],
  ["zu", "祖", "祖", "ズ", "주", "зу"],
  ["ha", "哈", "哈", "ハ", "하", "ха"],
  ["ser", "瑟", "瑟", "セル", "세르", "сер"],
];

/** Organisation suffixes by kind, with their translations (same columns). */
export const ORG_SUFFIXES: Record<"COMPANY" | "LAB" | "INVESTOR" | "MEDIA_OUTLET" | "UNIVERSITY" | "GOVERNMENT", readonly Row[]> = {
  COMPANY: [
    ["AI", "AI", "AI", "AI", "AI", "AI"],
    ["Labs", "实验室", "實驗室", "ラボ", "랩스", "Лабс"],
    ["Systems", "系统", "系統", "システムズ", "시스템즈", "Системс"],
    ["Technologies", "科技", "科技", "テクノロジーズ", "테크놀로지스", "Текнолоджис"],
    ["Robotics", "机器人", "機器人", "ロボティクス", "로보틱스", "Роботикс"],
    ["Semiconductor", "半导体", "半導體", "セミコンダクター", "반도체", "Семикондактор"],
    ["Cloud", "云", "雲", "クラウド", "클라우드", "Клауд"],
  ],
  LAB: [
    ["Research", "研究院", "研究院", "リサーチ", "리서치", "Рисёрч"],
    ["Lab", "实验室", "實驗室", "ラボ", "랩", "Лаб"],
  ],
  INVESTOR: [
    ["Capital", "资本", "資本", "キャピタル", "캐피털", "Кэпитал"],
    ["Ventures", "创投", "創投", "ベンチャーズ", "벤처스", "Венчурс"],
  ],
  MEDIA_OUTLET: [
    ["News", "新闻", "新聞", "ニュース", "뉴스", "Ньюс"],
    ["Times", "时报", "時報", "タイムズ", "타임스", "Таймс"],
    ["Daily", "日报", "日報", "デイリー", "데일리", "Дейли"],
  ],
  UNIVERSITY: [
    ["University", "大学", "大學", "大学", "대학교", "Университет"],
    ["Institute", "研究所", "研究所", "研究所", "연구소", "Институт"],
  ],
  GOVERNMENT: [["Agency", "署", "署", "庁", "청", "Агентство"]],
};

/** Family and given names with their own script: [pinyin, zh-Hans, zh-Hant]. */
// prettier-ignore
export const CHINESE_FAMILY: readonly (readonly [string, string, string])[] = [
  ["Zhang", "张", "張"], ["Wang", "王", "王"], ["Li", "李", "李"], ["Liu", "刘", "劉"], ["Chen", "陈", "陳"],
  ["Yang", "杨", "楊"], ["Huang", "黄", "黃"], ["Zhao", "赵", "趙"], ["Wu", "吴", "吳"], ["Zhou", "周", "周"],
  ["Xu", "徐", "徐"], ["Sun", "孙", "孫"], ["Ma", "马", "馬"], ["Zhu", "朱", "朱"], ["Hu", "胡", "胡"],
  ["Guo", "郭", "郭"], ["He", "何", "何"], ["Lin", "林", "林"], ["Luo", "罗", "羅"], ["Gao", "高", "高"],
];
// prettier-ignore
export const CHINESE_GIVEN: readonly (readonly [string, string, string])[] = [
  ["Wei", "伟", "偉"], ["Fang", "芳", "芳"], ["Min", "敏", "敏"], ["Jing", "静", "靜"], ["Lei", "磊", "磊"],
  ["Yang", "洋", "洋"], ["Jun", "军", "軍"], ["Tao", "涛", "濤"], ["Ming", "明", "明"], ["Hui", "慧", "慧"],
  ["Xin", "欣", "欣"], ["Yu", "宇", "宇"], ["Hao", "浩", "浩"], ["Lan", "兰", "蘭"], ["Qiang", "强", "強"],
  ["Long", "龙", "龍"], ["Feng", "峰", "峰"], ["Yun", "云", "雲"], ["Jie", "杰", "傑"], ["Ning", "宁", "寧"],
];
/** [romaji, kanji] */
// prettier-ignore
export const JAPANESE_FAMILY: readonly (readonly [string, string])[] = [
  ["Sato", "佐藤"], ["Suzuki", "鈴木"], ["Takahashi", "高橋"], ["Tanaka", "田中"], ["Watanabe", "渡辺"],
  ["Ito", "伊藤"], ["Yamamoto", "山本"], ["Nakamura", "中村"], ["Kobayashi", "小林"], ["Kato", "加藤"],
];
// prettier-ignore
export const JAPANESE_GIVEN: readonly (readonly [string, string])[] = [
  ["Haruto", "陽翔"], ["Yui", "結衣"], ["Ren", "蓮"], ["Aoi", "葵"], ["Sota", "蒼太"],
  ["Hina", "陽菜"], ["Kenji", "健二"], ["Yuki", "由紀"], ["Takeshi", "武"], ["Mei", "芽衣"],
];
/** [romanised, hangul] */
// prettier-ignore
export const KOREAN_FAMILY: readonly (readonly [string, string])[] = [
  ["Kim", "김"], ["Lee", "이"], ["Park", "박"], ["Choi", "최"], ["Jung", "정"],
  ["Kang", "강"], ["Cho", "조"], ["Yoon", "윤"], ["Jang", "장"], ["Lim", "임"],
];
// prettier-ignore
export const KOREAN_GIVEN: readonly (readonly [string, string])[] = [
  ["Min-jun", "민준"], ["Seo-yeon", "서연"], ["Ji-ho", "지호"], ["Ha-eun", "하은"], ["Do-yun", "도윤"],
  ["Ji-woo", "지우"], ["Hyun-woo", "현우"], ["Su-bin", "수빈"], ["Jae-won", "재원"], ["Eun-ji", "은지"],
];
// prettier-ignore
export const WESTERN_GIVEN: readonly string[] = [
  "Anna", "Marco", "Sofia", "Lukas", "Elena", "David", "Priya", "Omar", "Julia", "Tomas", "Amara", "Jonas",
  "Clara", "Mateo", "Noor", "Felix", "Ines", "Rahul", "Lena", "Hugo", "Maya", "Elias", "Zara", "Nikolai",
  "Chloe", "Arjun", "Leila", "Pablo", "Freya", "Tariq",
];
// prettier-ignore
export const WESTERN_FAMILY: readonly string[] = [
  "Moreau", "Keller", "Rossi", "Novak", "Silva", "Larsen", "Costa", "Weber", "Fischer", "Romano", "Dubois",
  "Kowalski", "Haddad", "Okafor", "Mendes", "Lindqvist", "Brennan", "Varga", "Petrov", "Sandoval", "Ahmed",
  "Nakashima", "Ferreira", "Schulz", "Bianchi", "Laurent", "Horvat", "Andersen", "Castillo", "Mehta",
  "Ricci", "Vogel", "Almeida", "Berg", "Marino", "Quinn", "Sorensen", "Duval", "Iyer", "Kaya",
];

/** Latin letters to Cyrillic, for the Russian spelling of Western names. */
// prettier-ignore
export const CYRILLIC: Record<string, string> = {
  a: "а", b: "б", c: "к", d: "д", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "дж", k: "к", l: "л", m: "м",
  n: "н", o: "о", p: "п", q: "к", r: "р", s: "с", t: "т", u: "у", v: "в", w: "в", x: "кс", y: "й", z: "з",
};

/** Model series words and codenames (none of them a real model's name). */
// prettier-ignore
export const MODEL_SERIES: readonly string[] = [
  "Nova", "Atlas", "Orion", "Vega", "Lyra", "Sol", "Echo", "Pulse", "Spark", "Prism", "Quanta", "Helix",
  "Zephyr", "Astra", "Nimbus", "Cinder", "Tessera", "Aurora", "Fathom", "Meridian",
];
export const MODEL_SIZES: readonly string[] = ["", " mini", " Pro", " Flash", " 7B", " 70B", " Ultra", " Lite"];
// prettier-ignore
export const CODENAMES: readonly string[] = [
  "Papaya", "Kestrel", "Basalt", "Quince", "Heron", "Obsidian", "Tamarind", "Osprey", "Granite", "Lychee",
  "Falcon Ridge", "Juniper", "Marten", "Persimmon", "Cobalt", "Wren", "Sequoia", "Feldspar", "Kumquat", "Ibis",
];
export const COUNTRIES: readonly string[] = ["US", "CN", "GB", "FR", "DE", "JP", "KR", "IN", "CA", "IL", "SG", "AE", "IT", "ES", "BR", "SE", "NL", "CH"];
