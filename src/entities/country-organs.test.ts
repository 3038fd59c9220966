import { describe, expect, it } from "vitest";
import { entityOf, link } from "../lang/de/entities/testing.js";

describe("a country's state body named as a compound (issue 19)", () => {
  it("reads 'die US-Botschaft' as an organisation of the USA, and names the country too", () => {
    const text = "Die Kirche, die US-Botschaft und die Medien wandten sich von Pérez ab.";
    const ents = link(text, "2016-01-20");
    const body = entityOf(ents, "US-Botschaft");
    expect(body?.type).toBe("ORG");
    expect(body?.country).toBe("USA");
    expect(body?.mentions.map((m) => [m.text, m.form])).toEqual([["US-Botschaft", "descriptor"]]);
    expect(entityOf(ents, "US")?.name).toBe("USA");
    expect(entityOf(ents, "US")?.mentions.map((m) => m.text)).toEqual(["US"]);
  });

  it("gives the genitive form the name's nominative ('des Russland-Verteidigungsministeriums')", () => {
    const text = "Ein Sprecher des Russland-Verteidigungsministeriums schwieg in Moskau.";
    const body = entityOf(link(text, "2016-01-20"), "Russland-Verteidigungsministeriums");
    expect(body?.name).toBe("Russland-Verteidigungsministerium");
    expect(body?.type).toBe("ORG");
    expect(body?.country).toBe("RUS");
  });

  it("leaves the envoy, other bodies and non-country prefixes alone ('US-Botschafter', 'US-Regierung', 'Merkel-Ministerium')", () => {
    const text = "Der US-Botschafter kam. Die US-Regierung schwieg. Ein Merkel-Ministerium gibt es nicht.";
    const ents = link(text, "2016-01-20");
    expect(entityOf(ents, "US-Botschafter")).toBeUndefined();
    expect(entityOf(ents, "US-Regierung")).toBeUndefined();
    expect(entityOf(ents, "Merkel-Ministerium")).toBeUndefined();
  });
});
