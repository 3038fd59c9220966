/**
 * Loads the extended KB before anything else runs, as the entities stage will once it calls the new methods
 * (candidates, holderAt, …): `node --import ./dist/bench/kb-preload.js bin/lagebild.js analyze FILE` measures a cold
 * analyze with the extended KB in memory (BENCHMARKS.md, "Knowledge base").
 */
import { kb } from "../src/kb/index.js";

const k = kb();
k.candidates("Wladimir Putin");
k.holderAt("AUT", "chancellor", "2016-01-20");
k.resolveSurname("Kurz", { date: "2016-01-20", countries: ["AUT"] });
