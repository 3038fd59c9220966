import { describe, expect, it } from "vitest";
import { entityOf, link, tags } from "../lang/de/entities/testing.js";

describe("a given name alone is the person named in full with it (issue 19)", () => {
  it("links a lone given name to the one person of that given name, not to a place of a similar form", () => {
    const text =
      "In Warschau sprach Jarosław Kaczyński vor der Presse. Jaroslaw war früher ein Vertrauter des Präsidenten.";
    const ents = link(text, "2016-02-20", tags(text, [["Jaroslaw", "LOC"]]));
    const lone = entityOf(ents, "Jaroslaw");
    expect(lone?.type).toBe("PER");
    expect(lone?.name).toBe("Jarosław Kaczyński");
  });

  it("merges a lone given name read as a person into the full name ('Sebastian' → Sebastian Vettel)", () => {
    const text = "Sebastian Vettel gewann in Monza vor Lewis Hamilton. Sebastian jubelte danach lange.";
    const ents = link(text, "2016-02-20", tags(text, [["Sebastian", "PER"]]));
    expect(entityOf(ents, "Sebastian")?.name).toBe("Sebastian Vettel");
  });

  it("leaves the word alone when two persons share the given name and the sentence does not single one out", () => {
    const text =
      "Lech Wałęsa und Lech Kaczyński waren Rivalen. Über Wałęsa und Kaczyński schrieb man viel, Lech aber schwieg.";
    const ents = link(text, "2016-02-20", tags(text, [["Lech", "LOC"]]));
    const lone = entityOf(ents, "Lech");
    expect(lone?.name).not.toBe("Lech Wałęsa");
    expect(lone?.name).not.toBe("Lech Kaczyński");
  });

  it("keeps a place the KB knows by exactly that word beside a name beginning with it ('Cleveland')", () => {
    const text = "Die Cleveland Cavaliers gewannen. In Cleveland feierten Tausende auf den Straßen.";
    const ents = link(text, "2016-02-20", tags(text, [["Cleveland Cavaliers", "PER"]]));
    expect(entityOf(ents, "Cleveland Cavaliers")?.type).toBe("PER");
    expect(entityOf(ents, "Cleveland")?.type).toBe("LOC");
  });
});
