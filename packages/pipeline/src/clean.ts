import { convert } from "html-to-text";

export type RemovalReason = "advert-marker" | "call-to-action" | "stock-promotion" | "press-release-advert" | "navigation" | "caption-credit";

export interface Removal {
  /** Offsets into the text the rules ran on: the raw input for "text", the rendered text for "html". */
  start: number;
  end: number;
  reason: RemovalReason;
}

export interface CleanedDocument {
  /** NFKC-normalized article text; mention and figure offsets refer to this string. */
  text: string;
  removed: Removal[];
}

/** A line that is only an advert label ("Promo", "Sponsored", "广告"…), whatever the language. */
const ADVERT_MARKER =
  /^[\s\p{P}]*(?:promo(?:tion)?|advert(?:isement)?|ads?|sponsored(?: content)?|anzeige|werbung|publicit[ée]|pubblicit[àa]|publicidad|patrocinado|iklan|广告|廣告|推广|推廣|広告|PR|광고)[\s\p{P}]*$/iu;

/**
 * Calls to follow, subscribe, like, share or download: a verb of that family together with a channel
 * (an account, newsletter, app, star-mark, push feed). Either alone is ordinary prose.
 */
const FOLLOW_VERB =
  /\b(?:follow|subscrib|sign up|download|share|like us|segui|iscriv|scaric|abonn|suivez|t[ée]l[ée]charg|folg|herunterlad|s[íi]gue|suscr[íi]b|descarg|ikuti|berlangganan|unduh)|关注|關注|订阅|訂閱|点亮|點亮|星标|星標|置顶|置頂|フォロー|登録|구독|팔로우/iu;
const CHANNEL =
  /\b(?:account|newsletter|channel|wechat|weibo|twitter|telegram|whatsapp|rss|canale|cha[îi]ne|kanal|canal|akun|saluran)\b|公众号|公眾號|微信|微博|星标|星標|推送|チャンネル|채널/iu;
/** Share prompts list reactions: like, repost, "watching", three-in-one… */
const SHARE_REACTIONS = /(?:点赞|點讚|讚好|赞好|转发|轉發|在看|分享|收藏|一键三连|一鍵三連|いいね|좋아요)/gu;

/** Stock-trading promotion (margin lending platforms, stock-tip ads) attached to Chinese financial portals. */
const STOCK_TERMS = /炒股|荐股|薦股|牛股|配资|配資|股票开户|股票開戶|研报|研報/u;
const PROMO_TERMS = /就看|助您|机会|機會|提示|平台|权威|權威|免费|免費|不代表本站观点|不代表本站觀點/u;
/** Margin-lending platform names are also spliced into sentences; those few words go, the sentence stays. */
const INLINE_STOCK_SPAM = /(?:互联网|互聯網|网络|網絡|股票|期货|期貨|在线|在線|正规|正規)?(?:配资|配資)(?:平台|公司|网站|網站|网|網)?/gu;

/** "Your crypto news deserves attention: our wire puts you on 250+ sites" and the like. */
const PRESS_RELEASE_ADVERT =
  /(?:\bwire\b|newswire|press release|comunicato|communiqué|pressemitteilung|siaran pers).*\d+\+?\s*(?:siti|sites?|seiten|sitios|situs|media|outlets)|(?:crypto|cripto|crittograf|krypto|kripto).{0,40}(?:news|notizie|nouvelles|nachrichten|noticias|berita).{0,60}(?:attention|attenzione|meritano|deserve|verdienen|merecen|layak)/iu;

/** Footer label lines: "Categories: …", "Tags: …". */
const CATEGORY_LABEL = /^(?:categor(?:y|ies|ie|ia|ias|íes)|kategori(?:en)?|tags?|étiquettes|schlagwörter|etiquetas|标签|標籤|分类|分類)\s*[:：]/iu;
/** Chart and picture credits: "Source: S&P, Sparkline 2025" as a short line of its own. */
const CAPTION_CREDIT = /^(?:source|sources|fonte|quelle|fuente|sumber|出典|출처|图片来源|圖片來源|图源|圖源|photo|foto|credit)\s*[:：]/iu;
/** Link bars: "ifanr | Link originale · Visualizza commenti · Sina Weibo". */
const LINK_BAR_SEPARATOR = /\s[|·•]\s/u;
const SENTENCE_END = /[.!?。！？]["”’」』)]?\s*$/u;

function classifyLine(line: string): RemovalReason | undefined {
  const trimmed = line.trim();
  if (trimmed === "") return undefined;
  if (ADVERT_MARKER.test(trimmed)) return "advert-marker";
  if (trimmed.length <= 240 && FOLLOW_VERB.test(trimmed) && CHANNEL.test(trimmed)) return "call-to-action";
  if (trimmed.length <= 80 && (trimmed.match(SHARE_REACTIONS) ?? []).length >= 2) return "call-to-action";
  // The promotion wording must stand outside the spliced platform name, or only that name goes.
  if (trimmed.length <= 160 && STOCK_TERMS.test(trimmed) && PROMO_TERMS.test(trimmed.replace(INLINE_STOCK_SPAM, ""))) return "stock-promotion";
  if (trimmed.length <= 240 && PRESS_RELEASE_ADVERT.test(trimmed)) return "press-release-advert";
  if (trimmed.length <= 80 && CATEGORY_LABEL.test(trimmed)) return "navigation";
  if (trimmed.length <= 80 && CAPTION_CREDIT.test(trimmed) && !SENTENCE_END.test(trimmed)) return "caption-credit";
  if (trimmed.length <= 160 && trimmed.split(LINK_BAR_SEPARATOR).length >= 3 && !SENTENCE_END.test(trimmed)) return "navigation";
  return undefined;
}

/** A short slogan line ("秒追ASI") right above a footer call-to-action belongs to that footer. */
function isFooterSlogan(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 16 && !/\p{P}/u.test(trimmed) && !/https?:/.test(trimmed);
}

interface Line {
  start: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text_ of text.split("\n")) {
    lines.push({ start, text: text_ });
    start += text_.length + 1;
  }
  return lines;
}

function renderHtml(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "aside", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "h5", options: { uppercase: false } },
      { selector: "h6", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  });
}

/**
 * Turns an article (plain text or HTML) into the text Orchard stores: adverts, calls to follow or share,
 * stock promotions and link bars removed; trailing spaces trimmed, blank runs collapsed, NFKC applied.
 */
export function cleanDocument(input: { raw: string; format: "text" | "html" }): CleanedDocument {
  const source = (input.format === "html" ? renderHtml(input.raw) : input.raw).replace(/\r\n?/g, "\n");
  const lines = splitLines(source);
  const removed: Removal[] = [];
  const reasons = lines.map((line) => classifyLine(line.text));

  // Extend footer calls-to-action upwards over their short slogan lines.
  for (let i = lines.length - 1; i > 0; i--) {
    if (reasons[i] !== "call-to-action") continue;
    for (let j = i - 1; j >= 0 && reasons[j] === undefined && isFooterSlogan(lines[j].text); j--) reasons[j] = "call-to-action";
  }

  const kept: string[] = [];
  lines.forEach((line, index) => {
    const reason = reasons[index];
    if (reason) {
      removed.push({ start: line.start, end: line.start + line.text.length, reason });
      kept.push("");
      return;
    }
    const withoutSpam = line.text.replace(INLINE_STOCK_SPAM, (match, offset: number) => {
      removed.push({ start: line.start + offset, end: line.start + offset + match.length, reason: "stock-promotion" });
      return "";
    });
    kept.push(withoutSpam.replace(/[ \t\u3000]+$/u, ""));
  });

  const collapsed: string[] = [];
  for (const line of kept) {
    if (line.trim() !== "") collapsed.push(line);
    else if (collapsed.length > 0 && collapsed[collapsed.length - 1] !== "") collapsed.push("");
  }
  removed.sort((a, b) => a.start - b.start);
  return { text: collapsed.join("\n").trim().normalize("NFKC"), removed };
}
