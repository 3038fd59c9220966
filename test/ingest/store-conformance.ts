import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { minhash } from "../../src/store/minhash.js";
import type { Store } from "../../src/store/types.js";
import { fixtureInput, sampleCorpus } from "./fixtures.js";

/**
 * Query semantics every Store engine must share. Call with a factory that returns a fresh,
 * empty store (SQLite file, PostgreSQL schema, …).
 */
export function storeConformance(engine: string, make: () => Promise<Store>): void {
  describe(`Store conformance: ${engine}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores a batch once: the same content hash again is reported as existing", async () => {
      const corpus = sampleCorpus();
      const first = await store.writeBatch(corpus);
      expect(first.map((o) => o.status)).toEqual(["stored", "stored", "stored"]);
      const again = await store.writeBatch([corpus[1]]);
      expect(again[0].status).toBe("exists");
      const known = await store.knownHashes([corpus[0].hash, "0".repeat(64)]);
      expect([...known]).toEqual([corpus[0].hash]);
      expect((await store.stats()).articles).toBe(3);
    });

    it("gives back the stored article with its Doc, metadata and text", async () => {
      const [out] = await store.writeBatch([sampleCorpus()[0]]);
      const a = await store.getArticle(out.id);
      expect(a?.doc.text.startsWith("Putin empfing")).toBe(true);
      expect(a?.doc.entities).toHaveLength(4);
      expect(a?.meta).toEqual({ category: "International" });
      expect(a?.title).toBe("Putin empfängt Kim");
      expect(await store.getArticle("999999")).toBeNull();
      expect(await store.getArticle("not-an-id")).toBeNull();
    });

    it("makes one corpus entity of 'Putin' and 'Wladimir Putin' with the same Wikidata id", async () => {
      await store.writeBatch(sampleCorpus());
      const hits = await store.resolveEntities("Putin");
      expect(hits).toHaveLength(1);
      expect(hits[0].name).toBe("Wladimir Putin");
      expect(hits[0].articleCount).toBe(2);
      expect(hits[0].aliases).toContain("Putin");
      const byQ = await store.resolveEntities("Q7747");
      expect(byQ[0].id).toBe(hits[0].id);
    });

    it("without Wikidata ids, joins entities by normalised name + type + country only", async () => {
      const mk = (text: string, type: "PER" | "ORG", country: string | null) =>
        fixtureInput({
          text,
          entities: [{ id: "e1", name: text.split(" sagt")[0], type, country, surfaces: [text.split(" sagt")[0]] }],
        });
      await store.writeBatch([
        mk("Anna Müller sagt A.", "PER", "AUT"),
        mk("ANNA MÜLLER sagt B.", "PER", "AUT"),
        mk("Anna Müller sagt C.", "PER", "DEU"),
        mk("Anna Müller sagt D.", "ORG", "AUT"),
      ]);
      const page = await store.searchEntities({ q: "anna muller" });
      expect(page.total).toBe(3);
      const aut = page.items.find((e) => e.type === "PER" && e.country === "AUT");
      expect(aut?.articleCount).toBe(2);
    });

    it("searches article text with any user input and never breaks the query syntax", async () => {
      await store.writeBatch(sampleCorpus());
      const jong = await store.searchArticles({ q: "Jong-un" });
      expect(jong.total).toBe(2);
      expect(jong.items[0].snippet).toMatch(/Jong/);
      for (const q of [
        '"',
        "Kim AND (",
        "NEAR(",
        "*",
        "Putin:",
        "-Putin",
        "Putin OR",
        "^Kim",
        "'; DROP TABLE articles; --",
      ]) {
        await expect(store.searchArticles({ q })).resolves.toBeDefined();
      }
      expect((await store.searchArticles({ q: "Putin:" })).total).toBe(2);
      expect((await store.searchArticles({ q: "?!" })).total).toBe(0);
      expect((await store.searchArticles({ q: "Sanktion*" })).total).toBe(2);
      expect((await store.searchArticles({ q: "Moskau Sanktionen" })).total).toBe(0);
    });

    it("lists articles newest first, within a date range, with paging", async () => {
      await store.writeBatch(sampleCorpus());
      const all = await store.listArticles({});
      expect(all.items.map((a) => a.published)).toEqual(["2025-10-20", "2025-10-08", "2025-09-03"]);
      const oct = await store.listArticles({ from: "2025-10-01", to: "2025-10-10" });
      expect(oct.total).toBe(1);
      const p2 = await store.listArticles({ limit: 1, offset: 1 });
      expect(p2.total).toBe(3);
      expect(p2.items[0].published).toBe("2025-10-08");
    });

    it("filters quotes by speaker name or alias, unlinked speaker text, source, entity mentioned, words and dates", async () => {
      await store.writeBatch(sampleCorpus());
      expect((await store.quotes({ speaker: "Putin" })).total).toBe(2);
      expect((await store.quotes({ speaker: "wladimir putin" })).total).toBe(2);
      expect((await store.quotes({ speaker: "Ein Sprecher" })).total).toBe(1);
      expect((await store.quotes({ source: "TASS" })).items.map((q) => q.text)).toEqual(["Wir sind Freunde"]);
      expect((await store.quotes({ about: "Russland" })).items.map((q) => q.speaker?.name)).toEqual(["Wladimir Putin"]);
      expect((await store.quotes({ q: "Sanktionen" })).total).toBe(1);
      // a quote's own date (2025-10-07) counts, not the publication date
      const d = await store.quotes({ from: "2025-10-07", to: "2025-10-07" });
      expect(d.items.map((q) => q.date)).toEqual(["2025-10-07"]);
      const none = await store.quotes({ speaker: "Niemand Bekanntes" });
      expect(none.total).toBe(0);
      expect(none.unresolved).toEqual(["Niemand Bekanntes"]);
    });

    it("filters events by actor/target name or ISO-3 code and type; negated events only on request", async () => {
      await store.writeBatch(sampleCorpus());
      const byPutin = await store.events({ actor: "Putin" });
      expect(byPutin.items.map((e) => e.type).sort()).toEqual(["ACCUSE", "CONSULT"]);
      const rus = await store.events({ actor: "RUS" });
      expect(rus.total).toBe(2);
      const onRussia = await store.events({ target: "RUS" });
      expect(onRussia.items.map((e) => e.type)).toEqual(["SANCTION"]);
      expect((await store.events({ type: "SANCTION" })).items[0].quad).toBe("material-conflict");
      expect((await store.events({ actor: "EU", includeUnreal: false })).items.map((e) => e.type)).toEqual([
        "SANCTION",
      ]);
      expect((await store.events({ actor: "EU", includeUnreal: true })).total).toBe(2);
      expect((await store.events({ actor: "Demonstranten" })).items.map((e) => e.type)).toEqual(["PROTEST"]);
      expect((await store.events({ from: "2025-10-01" })).total).toBe(3);
      expect((await store.events({ actor: "XYZ-unknown" })).unresolved).toEqual(["XYZ-unknown"]);
    });

    it("counts a dyad per quad class and interval with a cooperation–conflict score", async () => {
      await store.writeBatch(sampleCorpus());
      const month = await store.dyad({ a: "Putin", b: "EU", interval: "month" });
      expect(month?.buckets).toHaveLength(1);
      expect(month?.buckets[0]).toMatchObject({ period: "2025-10", "verbal-conflict": 1, conflict: 1, score: -2 });
      const rus = await store.dyad({ a: "RUS", b: "EU", interval: "week" });
      expect(rus?.buckets.map((b) => b.period)).toEqual(["2025-W41", "2025-W43"]);
      expect(rus?.total.events).toBe(2);
      expect(rus?.total.score).toBe(-3.5);
      expect(await store.dyad({ a: "Putin", b: "Niemand" })).toBeNull();
    });

    it("profiles an entity: co-occurring entities, quotes by and about, events", async () => {
      await store.writeBatch(sampleCorpus());
      const p = await store.entityProfile("Putin");
      expect(p?.entity.articleCount).toBe(2);
      expect(p?.coOccurring.map((c) => c.entity.name)).toContain("Kim Jong-un");
      expect(p?.quotesBy).toHaveLength(2);
      expect(p?.events.map((e) => e.type).sort()).toEqual(["ACCUSE", "CONSULT"]);
      expect(p?.eventCounts.find((c) => c.type === "ACCUSE")).toEqual({ type: "ACCUSE", asActor: 1, asTarget: 0 });
      const russia = await store.entityProfile("Russland");
      expect(russia?.quotesAbout.map((q) => q.text)).toEqual(["Die Sanktionen gegen Russland sind illegal"]);
      expect(await store.entityProfile("Niemand")).toBeNull();
    });

    it("builds the actor graph from events between linked entities", async () => {
      await store.writeBatch(sampleCorpus());
      const g = await store.graph({});
      expect(g.edges).toHaveLength(3);
      expect(g.nodes.map((n) => n.name).sort()).toEqual([
        "Europäische Union",
        "Kim Jong-un",
        "Russland",
        "Wladimir Putin",
      ]);
      expect((await store.graph({ from: "2025-10-15" })).edges).toHaveLength(1);
      expect((await store.graph({ minWeight: 2 })).edges).toHaveLength(0);
    });

    it("links a near-duplicate to its canonical article and counts the reprint", async () => {
      const base =
        "Die Regierung in Wien hat am Montag ein neues Paket zur Entlastung der Haushalte vorgestellt. " +
        "Der Finanzminister sagte, die Maßnahmen sollten bis Jahresende wirken und rund zwei Milliarden Euro kosten. " +
        "Kritik kam von der Opposition, die das Paket als zu spät und zu klein bezeichnete. " +
        "Die Sozialpartner begrüßten hingegen die geplante Senkung der Lohnnebenkosten für kleine Betriebe. " +
        "Nach Angaben des Ministeriums sollen Familien mit Kindern einen Zuschuss von zweihundert Euro pro Kind erhalten, " +
        "Pensionisten mit niedrigen Einkommen eine Einmalzahlung. Die Energieabgabe wird für zwölf Monate halbiert. " +
        "Wirtschaftsforscher rechnen damit, dass die Inflation dadurch im kommenden Jahr um einen halben Prozentpunkt sinkt. " +
        "Der Nationalrat soll das Paket noch vor der Sommerpause beschließen; der Bundesrat befasst sich im Juli damit. " +
        "Die Länder verlangen, an den Kosten nicht beteiligt zu werden, und kündigten Verhandlungen mit dem Bund an.";
      const edited = base.replace("am Montag", "am Montagabend").replace("rund zwei", "etwa zwei");
      const a = fixtureInput({ text: base, source: "APA", published: "2025-09-01" });
      const b = fixtureInput({ text: edited, source: "Kurier", published: "2025-09-01" });
      const other = fixtureInput({
        text: "Ganz andere Nachricht über das Wetter in Graz und Linz heute.",
        source: "ORF",
      });
      const [oa, ob, oc] = await store.writeBatch([a, b, other]);
      expect(ob.status === "stored" && ob.duplicateOf).toBe(oa.id);
      expect(oc.status === "stored" && oc.duplicateOf).toBeNull();
      const canon = await store.getArticle(oa.id);
      expect(canon?.reprints).toBe(1);
      expect(canon?.reprintIds).toEqual([ob.id]);
      expect((await store.listArticles({})).total).toBe(2);
      expect((await store.listArticles({ includeReprints: true })).total).toBe(3);
      expect(minhash("")).toBeNull();
    });

    it("records exact copies from other outlets once each and counts them as reprints", async () => {
      const [a] = sampleCorpus();
      const [out] = await store.writeBatch([a]);
      const copy = (source: string | null, url: string | null = null) => ({ hash: a.hash, source, url });
      // the article's own outlet is no copy; a repeated copy counts once; unknown hashes are ignored
      const n = await store.recordCopies([
        copy("Der Standard"),
        copy("Kurier"),
        copy("Kurier"),
        copy(null, "https://example.org/x"),
        { hash: "f".repeat(64), source: "ORF", url: null },
      ]);
      expect(n).toBe(2);
      expect(await store.recordCopies([copy("Kurier")])).toBe(0);
      const got = await store.getArticle(out.id);
      expect(got?.reprints).toBe(2);
      expect(got?.copies).toEqual([
        { source: "Kurier", url: null },
        { source: null, url: "https://example.org/x" },
      ]);
    });

    it("exports every article with its Doc and flat rows per table", async () => {
      await store.writeBatch(sampleCorpus());
      const arts = [];
      for await (const a of store.exportArticles()) arts.push(a);
      expect(arts.map((a) => a.doc.text.slice(0, 5))).toEqual(["Putin", "Wladi", "Die E"]);
      const events = [];
      for await (const r of store.exportRows("events")) events.push(r);
      expect(events).toHaveLength(5);
      expect(Object.keys(events[0])).toContain("quad");
    });
  });
}
