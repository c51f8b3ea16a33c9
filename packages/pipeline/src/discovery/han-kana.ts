import type { FoundName } from "./latin";

/**
 * Chinese and Japanese names by script patterns and context cues. Chinese patterns run on the folded text
 * (Traditional → Simplified, length-preserving), so one table serves zh-Hans and zh-Hant and offsets stay valid.
 */

// Characters that Chinese uses to transliterate foreign names and rarely strings together otherwise: a run of three
// or more (英伟达, 哈萨比斯, 特斯拉) is a foreign name; a middle dot between runs makes it a person (德米斯·哈萨比斯).
export const TRANSLIT =
  "加英比利安西马阿埃艾奥巴贝波布达戴德迪蒂杜厄恩菲芬弗福盖戈格哈赫亨霍基吉贾杰卡凯坎柯科克肯库奎拉莱兰朗劳勒雷黎里莉琳卢鲁伦罗洛玛迈麦曼梅蒙米莫姆穆纳娜奈尼纽诺帕佩皮普奇齐乔琼萨塞桑瑟森沙舍施斯苏索塔泰坦汤特提图托瓦威维温沃乌希谢辛雅亚扬伊尤扎泽詹兹佐尔丁伟逊娅";
const HAN_FOREIGN = new RegExp(`[${TRANSLIT}]{2,}(?:[·・•‧][${TRANSLIT}]+)+|[${TRANSLIT}]{3,}`, "gu");
const ZH_BOUNDARY = "的是和与在被了将对由向从把给及、，。：；“”「」（）()\\s";
// Verbs that often precede a product or company name directly, with no particle to mark the boundary.
const ZH_VERB_BEFORE = "推出|发布|发表|开发|训练|上线|使用|基于|收购|投资|旗下";
const ZH_TITLE = "联合创始人|创始人|创办人|首席执行官|执行长|首席技术官|总裁|董事长|首席科学家|研究员|教授|总经理|ceo|cto";
const ZH_PERSON_AFTER_TITLE = new RegExp(
  `(?:${ZH_TITLE})(\\p{sc=Han}{2,3}?)(?=表示|说|称|指出|认为|透露|强调|宣布|会面|出席|毕业|领导|带领|曾|也|将|已|于|是|和|与|对|在|的|，|。|、|：|；|（|\\(|\\s|“|”|「)`,
  "gu",
);
// A common surname and one or two characters right before a verb of saying: 林浩然表示.
const ZH_SURNAME_SPEAKER =
  /(?<=^|[的是和与在了对由向、，。：；“”「」（）()\s]|联合创始人|创始人|首席执行官|执行长|董事长|总裁|ceo)([王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤][\p{sc=Han}]{1,2}?)(?=表示|说|指出|认为|透露|强调|坦言)/gu;
// Head nouns that type the name right before them; an institution keeps its head in the name (清华大学), a company
// does not (青木 of 青木公司). The name runs back from the head to the nearest particle or function character.
interface HeadRule {
  type: FoundName["type"];
  keepHead: boolean;
}
const heads = (type: FoundName["type"], keepHead: boolean, list: string) => list.split(" ").map((head): [string, HeadRule] => [head, { type, keepHead }]);
const ZH_HEADS = new Map<string, HeadRule>([
  ...heads("ORGANIZATION", false, "公司 集团 银行 资本 基金"),
  ...heads("ORGANIZATION", true, "大学 学院 研究院 研究所 实验室"),
  ...heads("PRODUCT", false, "芯片 处理器 手机 浏览器 助手 眼镜 app 应用 平台"),
  ...heads("MODEL", false, "大模型 模型"),
]);
const ZH_HEAD = new RegExp([...ZH_HEADS.keys()].sort((a, b) => b.length - a.length).join("|"), "gu");
export const ZH_STOP = new RegExp(`[${ZH_BOUNDARY}于自来为据其此该这那也都已还又并而但就才更最很不没以所或等让使跟同即如今新下旗款个家项]`, "u");
// Generic words that companies do end their names with (青木科技).
const ZH_NAME_TAIL = /(?:科技|智能|电子|网络)$/u;
const ZH_LEADING_VERB = new RegExp(`^(?:${ZH_VERB_BEFORE})`, "u");
export const ZH_GENERIC =
  /^(?:人工智能|智能|芯片|科技|互联网|初创|投资|半导体|母|子|该|这家|一家|上市|美国|中国|日本|韩国|欧洲|大型|软件|数据|云计算|电动车|汽车|技术|风险|私募|新|大|多家|两家|这些|其他|全球|国际|科研|开源|语言|大语言|推理|视觉|多模态|基础|前沿|最新|旗舰|自家|这款|一款|该款|生成式|国产|自研|高端|高性能|算力|智能|移动|手机|桌面|此次|此次新|新一代|下一代|衍生|其|竞争|据|今年|去年|明年|开源|适配|一代|健康|社交|相关|接近|首批|掀起|金融|医疗|教育|购物|支付|办公)$/u;
const ZH_PERSON_CUE_AFTER = /^(?:表示|说|称|指出|认为|透露|曾)/u;
const ZH_PERSON_CUE_BEFORE = new RegExp(`(?:${ZH_TITLE})$`, "u");
const ZH_ORG_CUE_AFTER = /^(?:公司|集团|旗下|股份)/u;
const ZH_MODEL_CUE_AFTER = /^(?:大模型|模型)/u;
const ZH_PLACES =
  /^(?:加利福尼亚|亚利桑那|得克萨斯|佛罗里达|印度尼西亚|马来西亚|意大利|澳大利亚|奥地利|阿根廷|尼日利亚|埃塞俄比亚|坦桑尼亚|罗马尼亚|沙特阿拉伯|布鲁塞尔|斯德哥尔摩|阿姆斯特丹|米兰|华盛顿|西雅图|伦敦|巴黎|柏林|莫斯科|迪拜|新加坡|旧金山|硅谷|纽约|洛杉矶|波士顿|多伦多|蒙特利尔|苏黎世|慕尼黑|巴塞罗那|马德里)$/u;

// Katakana words: loanwords are common nouns far more often than names, so a small list of general loanwords
// from technology and business writing is excluded; the rest are proposed, typed by the particles and titles around them.
// prettier-ignore
// prettier-ignore
const KATAKANA_COMMON_MORE = "シリーズ ラウンド メタバース インテリジェンス フィナンシャル ソリューションズ マージ イノベーション コンピューティング インフラストラクチャー エコシステム".split(" ");
export const KATAKANA_COMMON = new Set([
  ..."データ センター データセンター モデル サービス ソフトウェア ハードウェア チップ アプリ システム プラットフォーム テクノロジー ビジネス エンジニア ユーザー クラウド インフラ スタートアップ ベンチャー ニュース コンピューター コンピュータ ロボット メーカー パートナー プロジェクト チーム トップ リリース ドル ユーロ パーセント ポイント グループ ブランド マーケット サーバー ネットワーク セキュリティ オープンソース ライセンス コスト リスク ツール エージェント アシスタント チャット チャットボット テキスト メディア コンテンツ ゲーム スマートフォン スマホ デバイス ファンド トレーニング パラメーター パラメータ ベンチマーク バージョン アップデート イベント オフィス ラボ リサーチ ソリューション アルゴリズム プログラム ビデオ イメージ コード タスク レベル ライバル シェア トークン キロ メートル アーキテクチャ インターネット ウェブ サイト ページ メール ライン テスト ベータ プレビュー モード ゼロ トップクラス ニーズ リーダー メンバー スタッフ ポスト ポジション キャリア マネージャー ディレクター プレゼン インタビュー コメント レポート ブログ フォーラム ユースケース オープン クローズド ライブ ステップ フェーズ ベース スケール スピード パフォーマンス エネルギー パワー コア グラフィックス メモリ メモリー ストレージ エッジ デジタル ロボティクス マルチモーダル アップ ダウン スタート ビジョン ミッション カテゴリー ランキング スコア コンテスト ルール ガイドライン ポリシー アクセス ゲームチェンジャー".split(
    " ",
  ),
  ...KATAKANA_COMMON_MORE,
]);
const KATAKANA_RUN = /[\p{sc=Katakana}][\p{sc=Katakana}ー・＝=]+/gu;
const JA_TITLE = "最高経営責任者|共同創業者|創業者|社長|会長|CEO|CTO|教授|研究者|代表|取締役|主任科学者";
const JA_PERSON_AFTER = /^(?:氏|さん|CEO|社長|会長|教授|最高経営責任者|代表|共同創業者|創業者)/u;
const JA_PERSON_BEFORE = new RegExp(`(?:${JA_TITLE})(?:の|、|\\s)?$`, "u");
// Katakana names that end in a company word are companies, with or without a middle dot (…フィナンシャル・グループ).
const JA_ORG_TAIL = /(?:グループ|ホールディングス|コーポレーション|テクノロジーズ|ラボ)$/u;
const JA_INSTITUTION = /(?<![\p{sc=Han}])(\p{sc=Han}{2,4}(?:研究室|研究所|大学))/gu;
// A kanji name right before a title: 山田太郎社長, 佐藤花子CEO (the name is the last two to five kanji before it).
const JA_HAN_BEFORE_TITLE = /(?<![\p{sc=Han}])(\p{sc=Han}{2,5})(?=社長|会長|CEO|CFO|CTO|最高経営責任者|最高財務責任者|最高技術責任者|代表取締役|教授)/gu;
const JA_ORG_AFTER = /^(?:社(?![会員長内外])|グループ|傘下|株式会社)/u;
const JA_MODEL_AFTER = /^(?:モデル|の?最新モデル)/u;
const JA_HAN_PERSON = new RegExp(`(?<!\\p{sc=Han})(\\p{sc=Han}{2,8})氏`, "gu");
const JA_TITLE_PREFIX = new RegExp(`^(?:${JA_TITLE}|同社|元)+`, "u");

function zhType(folded: string, start: number, end: number, surface: string): FoundName["type"] {
  const after = folded.slice(end, end + 4);
  if (/[·・•‧]/u.test(surface) || ZH_PERSON_CUE_BEFORE.test(folded.slice(Math.max(0, start - 8), start)) || ZH_PERSON_CUE_AFTER.test(after)) return "PERSON";
  if (ZH_MODEL_CUE_AFTER.test(after)) return "MODEL";
  return "ORGANIZATION";
}

/** Two to four characters before a head noun, cut at the nearest function character and after a leading verb (推出云雀). */
export function nameBeforeHead(folded: string, head: number): { start: number } | undefined {
  let start = head;
  while (start > 0 && head - start < 4 && /\p{sc=Han}/u.test(folded[start - 1]) && !ZH_STOP.test(folded[start - 1])) start--;
  const verb = ZH_LEADING_VERB.exec(folded.slice(start, head));
  if (verb) start += verb[0].length;
  const name = folded.slice(start, head);
  // A generic word at either end ("中国开源模型", "适配国产芯片") describes the head rather than naming it.
  const generic = ZH_GENERIC.test(name) || (ZH_GENERIC.test(name.slice(-2)) && !ZH_NAME_TAIL.test(name)) || ZH_GENERIC.test(name.slice(0, 2));
  return name.length >= 2 && !generic ? { start } : undefined;
}

/** `folded` is the text after foldPreservingOffsets (one fold serves every Chinese pass), with known names masked. */
export function findChineseNames(folded: string): FoundName[] {
  const names: FoundName[] = [];
  for (const match of folded.matchAll(HAN_FOREIGN)) {
    const end = match.index + match[0].length;
    // A place whose last character the run left out (亚利桑|那) is still a place.
    if (ZH_PLACES.test(match[0]) || ZH_PLACES.test(folded.slice(match.index, end + 1))) continue;
    const type = zhType(folded, match.index, end, match[0]);
    names.push({ start: match.index, end, type, cue: ZH_ORG_CUE_AFTER.exec(folded.slice(end))?.[0] });
  }
  for (const match of folded.matchAll(ZH_PERSON_AFTER_TITLE)) {
    const start = match.index + match[0].length - match[1].length;
    names.push({ start, end: match.index + match[0].length, type: "PERSON", cue: match[0].slice(0, match[0].length - match[1].length) });
  }
  for (const match of folded.matchAll(ZH_HEAD)) {
    const name = nameBeforeHead(folded, match.index);
    const rule = ZH_HEADS.get(match[0]);
    if (name && rule) names.push({ start: name.start, end: rule.keepHead ? match.index + match[0].length : match.index, type: rule.type, cue: match[0] });
  }
  for (const match of folded.matchAll(ZH_SURNAME_SPEAKER)) {
    names.push({ start: match.index, end: match.index + match[1].length, type: "PERSON", cue: folded.slice(match.index + match[1].length, match.index + match[1].length + 2) });
  }
  return names;
}

/** Two general loanwords written together are one too (オープンモデル, データセンター). */
const isCommonCompound = (word: string) => {
  for (let cut = 2; cut <= word.length - 2; cut++) if (KATAKANA_COMMON.has(word.slice(0, cut)) && KATAKANA_COMMON.has(word.slice(cut))) return true;
  return false;
};

export function findJapaneseNames(text: string): FoundName[] {
  const names: FoundName[] = [];
  for (const match of text.matchAll(KATAKANA_RUN)) {
    const surface = match[0].replace(/[・＝=]+$/u, "");
    if (KATAKANA_COMMON.has(surface) || isCommonCompound(surface) || surface.replace(/ー/gu, "").length < 2) continue;
    const start = match.index;
    const end = start + surface.length;
    const after = text.slice(end, end + 8);
    const before = text.slice(Math.max(0, start - 10), start);
    const personCue = JA_PERSON_AFTER.exec(after)?.[0] ?? JA_PERSON_BEFORE.exec(before)?.[0];
    const parts = surface.split(/[・＝=]/u);
    const orgTail = JA_ORG_TAIL.exec(surface)?.[0];
    if (orgTail && surface !== orgTail) names.push({ start, end, type: "ORGANIZATION", cue: orgTail });
    // Japanese writing puts product and service names in corner brackets (「…」); companies and people go bare.
    else if (text[start - 1] === "「" && text[end] === "」" && !personCue) names.push({ start, end, type: "PRODUCT", cue: "「」" });
    else if ((parts.length > 1 && !parts.some((part) => KATAKANA_COMMON.has(part))) || personCue) names.push({ start, end, type: "PERSON", cue: personCue });
    else if (JA_MODEL_AFTER.test(after)) names.push({ start, end, type: "MODEL", cue: "モデル" });
    else names.push({ start, end, type: "ORGANIZATION", cue: JA_ORG_AFTER.exec(after)?.[0] });
  }
  for (const match of text.matchAll(JA_HAN_PERSON)) {
    const name = match[1].replace(JA_TITLE_PREFIX, "");
    if (name.length < 2 || name.length > 5) continue;
    const end = match.index + match[1].length;
    names.push({ start: end - name.length, end, type: "PERSON", cue: "氏" });
  }
  for (const match of text.matchAll(JA_HAN_BEFORE_TITLE)) {
    const name = match[1].replace(JA_TITLE_PREFIX, "");
    if (name.length >= 2) names.push({ start: match.index + match[1].length - name.length, end: match.index + match[1].length, type: "PERSON", cue: "title" });
  }
  for (const match of text.matchAll(JA_INSTITUTION)) names.push({ start: match.index, end: match.index + match[1].length, type: "ORGANIZATION", cue: match[1].slice(-2) });
  return names;
}
