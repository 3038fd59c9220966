import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect.js";

describe("detectLanguage", () => {
  it("recognises German news text", () => {
    expect(detectLanguage("Der Kanzler hat am Mittwoch gesagt, dass die Regierung nicht zurücktreten wird.")).toBe(
      "de",
    );
  });

  it("keeps German sentences whose function words are shared with English", () => {
    expect(detectLanguage("Bei gewaltsamen Protesten in Nairobi setzten Demonstranten Autos in Brand.")).toBe("de");
  });

  it("defaults to German for short text without function words", () => {
    expect(detectLanguage("Putin lobte Kim.")).toBe("de");
  });

  it("recognises other Latin-script languages", () => {
    expect(detectLanguage("The president said on Monday that the talks were over and that he would not return.")).toBe(
      "en",
    );
    expect(detectLanguage("Le président a dit que les discussions sont terminées et qu'il ne reviendra pas.")).toBe(
      "fr",
    );
    expect(
      detectLanguage("El presidente dijo que las conversaciones con el ministro han terminado para siempre."),
    ).toBe("es");
  });

  it("recognises languages by script", () => {
    expect(detectLanguage("Президент России заявил, что переговоры завершены.")).toBe("ru");
    expect(detectLanguage("习近平在北京会见了普京。")).toBe("zh");
  });

  it("says undetermined for text without letters", () => {
    expect(detectLanguage("1234 5678 !!!")).toBe("und");
  });
});
