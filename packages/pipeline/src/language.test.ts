import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it.each([
    ["Meta hired a former OpenAI researcher to lead its new lab, according to people familiar with the matter.", "en"],
    ["Meta a recruté un ancien chercheur d'OpenAI pour diriger son nouveau laboratoire, selon des sources proches du dossier.", "fr"],
    ["Meta hat einen ehemaligen OpenAI-Forscher eingestellt, der das neue Labor leiten soll, berichten mehrere Quellen.", "de"],
    ["Meta contrató a un antiguo investigador de OpenAI para dirigir su nuevo laboratorio, según fuentes cercanas.", "es"],
    ["メタは新しい研究所を率いるため、OpenAIの元研究者を採用したと関係者が明らかにした。", "ja"],
    ["메타는 새로운 연구소를 이끌기 위해 OpenAI 출신 연구원을 영입했다고 관계자가 밝혔다.", "ko"],
    ["Meta 聘请了一位前 OpenAI 研究员来领导新的实验室。", "zh-Hans"],
    ["Meta 聘請了一位前 OpenAI 研究員來領導新的實驗室。", "zh-Hant"],
  ])("identifies %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("reads Japanese written mostly in kanji as Japanese, not Chinese", () => {
    expect(detectLanguage("米メタ社は人工知能部門の新責任者を任命した。")).toBe("ja");
  });

  it("lets a given language win and normalizes its form", () => {
    expect(detectLanguage("Meta hired a researcher.", "it")).toBe("it");
    expect(detectLanguage("隨便", "zh-TW")).toBe("zh-Hant");
    expect(detectLanguage("随便", "zh-CN")).toBe("zh-Hans");
    expect(detectLanguage("研究員來領導", "zh")).toBe("zh-Hant");
    expect(detectLanguage("Meta hired a researcher.", "pt-BR")).toBe("pt");
  });

  it("says und for text without letters", () => {
    expect(detectLanguage("12 345 — 67%")).toBe("und");
  });
});
