import { describe, expect, it } from "vitest";
import { sides } from "./test-helpers.js";

describe("a city right after a police or court noun is part of the body's name", () => {
  it("takes the accused as target, not the city of 'Staatsanwaltschaft Stuttgart'", () => {
    const evs = sides("Die Staatsanwaltschaft Stuttgart wirft Anton Schlecker zahlreiche Vergehen vor.");
    expect(evs).toEqual([{ type: "ACCUSE", actor: "Staatsanwaltschaft", target: "Anton Schlecker" }]);
  });

  it("keeps a genitive place of a minister as the minister's side ('Die Außenminister Athens und Ankaras')", () => {
    const evs = sides(
      "Die Außenminister Athens und Ankaras haben am Montag eine engere Kooperation in der Flüchtlingskrise vereinbart.",
    );
    expect(evs.find((e) => e.type === "AGREE")?.actor).toBe("Athen");
  });
});
