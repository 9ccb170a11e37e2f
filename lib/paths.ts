// URLs inside the site. next/link adds the base path itself; raw <a>, <img> and scripts use withBase().
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
export const siteUrl = process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000";

export const withBase = (sitePath: string) => `${basePath}${sitePath}`;

/** Absolute URL for metadata, sitemaps and embed codes. */
export const absoluteUrl = (sitePath: string) => `${siteUrl}${basePath}${sitePath}`;
