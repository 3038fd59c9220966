import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** ../shared next to the repo (dev machines and CI); absent on a user's fresh clone. */
export const SHARED_DIR = fileURLToPath(new URL("../../shared/", import.meta.url));
export const HAS_SHARED = existsSync(SHARED_DIR);
export const SHARED_REASON = "(skipped: ../shared is not present on this machine)";
export const REPO_DIR = fileURLToPath(new URL("../", import.meta.url));
export const CLI = fileURLToPath(new URL("../bin/lagebild.js", import.meta.url));
