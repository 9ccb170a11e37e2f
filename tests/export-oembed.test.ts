// oEmbed records validate against the rich-type schema, carry the script-form snippet and point their
// thumbnail at the chart's PNG.
import { describe, expect, it } from "vitest";
import { chartIds } from "@/components/charts/registry";
import { embedFilePath, embedSnippet } from "@/lib/embed/urls";
import { currentVersion } from "@/lib/embed/versions";
import { chartOembed } from "@/lib/export/oembed";
import { oembedSchema } from "@/lib/export/oembed-schema";
import { locales } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/paths";

describe("oEmbed", () => {
  it("every chart and locale gives a valid rich record", () => {
    for (const locale of locales)
      for (const chart of chartIds) {
        const record = chartOembed({ locale, chart, title: `Title of ${chart}`, thumbnail: { width: 768, height: 900 } });
        expect(oembedSchema.safeParse(record).success).toBe(true);
        // It hands out the chart's current published version, never the URL that follows every update.
        const version = currentVersion(chart)?.version;
        expect(version).toBeGreaterThan(0);
        expect(record.html).toBe(embedSnippet({ locale, chart, title: `Title of ${chart}`, form: "script", version }));
        expect(record.html).toContain(`/${locale}/embed/${chart}/v${version}/`);
        expect(record.thumbnail_url).toBe(absoluteUrl(embedFilePath(locale, chart, "png", version)));
        expect(record.html).toContain(`height="${record.height}"`);
      }
  });

  it("the schema rejects what an oEmbed consumer would reject", () => {
    const good = chartOembed({ locale: "en", chart: "timeline", title: "T", thumbnail: { width: 1, height: 1 } });
    expect(oembedSchema.safeParse({ ...good, type: "video" }).success).toBe(false);
    expect(oembedSchema.safeParse({ ...good, version: "2.0" }).success).toBe(false);
    expect(oembedSchema.safeParse({ ...good, html: "<p>no frame</p>" }).success).toBe(false);
    expect(oembedSchema.safeParse({ ...good, width: 0 }).success).toBe(false);
    expect(oembedSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
  });
});
