import { describe, expect, it } from "vitest";
import { normaliseName } from "./names.js";

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
