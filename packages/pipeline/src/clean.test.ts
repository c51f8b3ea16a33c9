import { cleanDocument } from "./clean";

describe("cleanDocument", () => {
  it("reports what it removed, with offsets into the input", () => {
    const raw = "Meta hires a researcher.\n\nAdvertisement\n\nThe deal closed in May.\nFollow us on our WeChat account for more!";
    const { text, removed } = cleanDocument({ raw, format: "text" });
    expect(text).toBe("Meta hires a researcher.\n\nThe deal closed in May.");
    expect(removed.map((r) => [raw.slice(r.start, r.end), r.reason])).toEqual([
      ["Advertisement", "advert-marker"],
      ["Follow us on our WeChat account for more!", "call-to-action"],
    ]);
  });

  it("keeps prose that merely talks about following or sharing", () => {
    const raw = "Analysts follow the company closely.\nMeta will share more details next year.";
    expect(cleanDocument({ raw, format: "text" }).text).toBe(raw);
  });

  it("removes stock-promotion spam spliced inside a Chinese sentence", () => {
    const { text } = cleanDocument({ raw: "现在的 Meta,不是追愿景互联网配资平台,而是在用全部资源。", format: "text" });
    expect(text).toBe("现在的 Meta,不是追愿景,而是在用全部资源。");
  });

  it("drops multilingual share prompts and link bars", () => {
    const raw = ["Die Meldung kam am Dienstag.", "Abonnieren Sie unseren Newsletter", "Source | Kommentare · Teilen · Drucken", "Fin."].join("\n");
    expect(cleanDocument({ raw, format: "text" }).text).toBe("Die Meldung kam am Dienstag.\n\nFin.");
  });

  it("renders HTML to text and applies NFKC", () => {
    const html =
      "<html><head><style>p{}</style></head><body><h1>Meta ｈｉｒｅｓ</h1><p>Le 22 octobre 2025, <a href='x'>Meta</a> a annoncé…</p><p>Publicité</p><script>x()</script></body></html>";
    const { text } = cleanDocument({ raw: html, format: "html" });
    expect(text).toBe("Meta hires\n\nLe 22 octobre 2025, Meta a annoncé...");
  });
});
