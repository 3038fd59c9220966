import { describe, expect, it } from "vitest";
import { normaliseName, singularNominative } from "./names.js";

describe("German names in their base form", () => {
  it("gives weak adjective endings before the head their nominative form", () => {
    expect(normaliseName("Deutschen Bahn")).toBe("Deutsche Bahn");
    expect(normaliseName("Rheinischen Post")).toBe("Rheinische Post");
    expect(normaliseName("Europäischer Gerichtshof")).toBe("Europäische Gerichtshof");
  });

  it("leaves names without inflected adjectives alone", () => {
    expect(normaliseName("Weserland Industrietechnik AG")).toBe("Weserland Industrietechnik AG");
    expect(normaliseName("Putin")).toBe("Putin");
  });
});

describe("singular nominative of article + noun", () => {
  it("takes der + noun not in -n and die + noun in -in as one person", () => {
    expect(singularNominative("der", "Niederländer")).toBe(true);
    expect(singularNominative("die", "Französin")).toBe(true);
  });
  it("rejects plurals, datives and other articles", () => {
    expect(singularNominative("den", "Niederländern")).toBe(false);
    expect(singularNominative("der", "Niederländern")).toBe(false);
    expect(singularNominative("die", "Niederländer")).toBe(false);
    expect(singularNominative("dem", "Amerikaner")).toBe(false);
  });
});
