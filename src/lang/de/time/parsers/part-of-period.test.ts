import { describe, expect, it } from "vitest";
import { tagTimes } from "../testing.js";

describe("part of a period (Anfang/Mitte/Ende)", () => {
  it.each([
    ["Anfang dieses Jahres unterstützten sie Russland.", "Anfang dieses Jahres", "2025", "START"],
    ["Mitte des Jahres sank die Inflation.", "Mitte des Jahres", "2025", "MID"],
    ["Ende vergangenen Jahres beschloss sie den Haushalt.", "Ende vergangenen Jahres", "2024", "END"],
    ["Das Mandat läuft bis Ende November.", "Ende November", "2025-11", "END"],
    ["Anfang Februar hatte er abgesagt.", "Anfang Februar", "2025-02", "START"],
    ["Ende 2025 lebten dort viele.", "Ende 2025", "2025", "END"],
    ["Anfang der Woche stellte die Bahn Pläne vor.", "Anfang der Woche", "2025-W36", "START"],
    ["Bis Mitte nächster Woche soll es stehen.", "Mitte nächster Woche", "2025-W37", "MID"],
    ["Mitte der 1980er Jahre begann der Umbau.", "Mitte der 1980er Jahre", "198", "MID"],
    ["Gegen Ende 1967 griffen sie an.", "Gegen Ende 1967", "1967", "END"],
  ])("%s", (text, span, value, mod) => {
    expect(tagTimes(text)).toContainEqual([span, value, "DATE", mod]);
  });

  it("'Ende' of something that is not a period is not a time", () => {
    expect(tagTimes("Er hoffe auf ein baldiges Ende der Kämpfe.")).toEqual([]);
    expect(tagTimes("Am Ende des Tunnels wartete die Polizei.")).toEqual([]);
  });
});
