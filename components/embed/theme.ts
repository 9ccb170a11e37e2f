// Inlined in the embed's <head> by scripts/embed-finalize.mjs, so it runs before the first paint: the
// chapter's ThemeScript logic, but the theme comes from the embed's own ?theme= (light, dark or auto),
// validated, not from the reader's saved choice on our site: the host page's author picked it.
import { parseTheme } from "@/lib/embed/state";

const d = document.documentElement;
d.classList.add("js");
let theme: string | undefined;
try {
  theme = new URLSearchParams(location.search).get("theme") ?? undefined;
} catch {}
const chosen = parseTheme(theme);
d.dataset.theme = chosen === "auto" ? "system" : chosen;
