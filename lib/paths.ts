// URLs inside the site. next/link adds the base path itself; raw <a>, <img> and scripts use withBase().
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
const builtSiteUrl = process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000";
/** The site's origin: SITE_URL at build; in a browser, on a page built without it, the origin it is served from. */
export const siteUrl = typeof document !== "undefined" && document.documentElement.hasAttribute("data-build-origin") ? window.location.origin : builtSiteUrl;
/** Whether the build was told where the site lives (SITE_URL). Without it, absolute URLs are written with
 * the default origin, the pages say so on <html data-build-origin>, and the browser puts the origin it was
 * served from in their place (components/islands/origin.ts): a deployment never shows localhost. */
export const siteUrlSet = process.env.NEXT_PUBLIC_SITE_URL_SET === "1";
/** Attributes for <html>: the origin to replace, when the build had no SITE_URL. */
export const buildOriginAttrs = (): { "data-build-origin"?: string } => (siteUrlSet ? {} : { "data-build-origin": builtSiteUrl });

export const withBase = (sitePath: string) => `${basePath}${sitePath}`;

/** Absolute URL for metadata, sitemaps and embed codes. */
export const absoluteUrl = (sitePath: string) => `${siteUrl}${basePath}${sitePath}`;
