import "./style.css";
import { clear } from "./dom.js";
import { analysePage } from "./pages/analyse.js";
import { articlePage, articlesPage, entitiesPage, entityPage, eventsPage, quotesPage } from "./pages/corpus.js";
import { dyadPage } from "./pages/dyad.js";
import { graphPage } from "./pages/graph.js";

/** Hash routes: #/analyse, #/articles?q=, #/article/ID, #/entities?q=, #/entity/ID, #/quotes, #/events, #/dyad?a=&b=, #/graph */
function route(): void {
  const main = document.getElementById("main") as HTMLElement;
  const raw = location.hash.replace(/^#/, "") || "/analyse";
  const [path, query = ""] = raw.split("?", 2);
  const params = new URLSearchParams(query);
  const parts = path.split("/").filter(Boolean);
  const page = parts[0] ?? "analyse";
  const id = parts[1] ? decodeURIComponent(parts.slice(1).join("/")) : "";
  clear(main);
  const nav = { article: "articles", entity: "entities" }[page] ?? page;
  for (const a of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (a.dataset.nav === nav) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  switch (page) {
    case "articles":
      articlesPage(main, params);
      break;
    case "article":
      articlePage(main, id);
      break;
    case "entities":
      entitiesPage(main, params);
      break;
    case "entity":
      entityPage(main, id);
      break;
    case "quotes":
      quotesPage(main, params);
      break;
    case "events":
      eventsPage(main, params);
      break;
    case "dyad":
      dyadPage(main, params);
      break;
    case "graph":
      graphPage(main, params);
      break;
    default:
      analysePage(main);
  }
  document.title = `lagebild · ${nav}`;
}

window.addEventListener("hashchange", () => {
  route();
  (document.getElementById("main") as HTMLElement).focus({ preventScroll: true });
});
route();
