// The SVG download stands alone: no CSS variables, no external references, the chart's title inside, every
// character of its text (and its social card's) is in the bundled fonts, and resvg draws it (not blank) with
// the bundled Chinese fonts of each script.
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { fontFiles, missingGlyphs } from "@/lib/export/fonts";
import { chartIds } from "@/components/charts/registry";
import { chartPicture } from "@/lib/export/chart-svg";
import { chartCardSvg } from "@/lib/export/chart-card";
import { fontOptions, forResvg, svgToPng } from "@/lib/export/png";
import { palette } from "@/lib/export/standalone-svg";

// Booleans, not string matchers: a failure should name the problem, not print a 60 kB SVG.
const standalone = (svg: string) => {
  expect(svg.includes("var("), "a CSS variable is left").toBe(false);
  expect(svg.match(/\s(href|xlink:href)="(?!#)[^"]*"/)?.[0] ?? null, "an external reference").toBeNull();
  expect(svg.match(/url\((?!#)[^)]*\)/)?.[0] ?? null, "an external url()").toBeNull();
  expect(svg.includes("@import"), "@import").toBe(false);
  expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg"`)).toBe(true);
};

describe("standalone chart SVG", () => {
  for (const id of chartIds) {
    it(`${id}: self-contained, titled, in every locale`, { timeout: 60_000 }, async () => {
      for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
        const picture = await chartPicture(id, locale);
        standalone(picture.svg);
        const title = picture.title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
        expect(picture.svg.includes(`<title>${title}</title>`), "the title is in the file").toBe(true);
        expect(picture.plots.length).toBeGreaterThan(0);
        const card = chartCardSvg(picture, locale);
        standalone(card);
        expect(missingGlyphs(picture.svg, locale), "glyphs missing from the bundled fonts").toEqual([]);
        expect(missingGlyphs(card, locale), "glyphs missing from the bundled fonts (card)").toEqual([]);
      }
    });
  }

  // Two renders per script with the whole bundled CJK faces (resvg reads a face's file again for every run of
  // text, so each takes seconds) and two with svgToPng's cut faces; the limit is for a hang, not a timing.
  it("renders with resvg to a picture that is not blank, in both Chinese scripts, the same with cut faces", { timeout: 180_000 }, async () => {
    const paper = palette("light").paper!;
    const [pr, pg, pb] = [1, 3, 5].map((i) => parseInt(paper.slice(i, i + 2), 16));
    for (const locale of ["zh-hans", "zh-hant"] as const) {
      const picture = await chartPicture("double11-traffic", locale);
      // svgToPng's options, with the whole faces.
      const font = fontOptions(locale, fontFiles(locale));
      const rendered = new Resvg(forResvg(picture.svg, locale), { fitTo: { mode: "width", value: picture.width }, font }).render();
      expect(rendered.width).toBe(picture.width);
      expect(rendered.height).toBe(picture.height);
      const px = rendered.pixels;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - pr!) + Math.abs(px[i + 1]! - pg!) + Math.abs(px[i + 2]! - pb!) > 60) ink++;
      expect(ink / (px.length / 4)).toBeGreaterThan(0.03);
      // svgToPng draws with faces cut down to the picture's characters: the same pixels as the whole faces.
      const cut = PNG.sync.read(Buffer.from(await svgToPng(picture.svg, locale, picture.width)));
      expect([cut.width, cut.height]).toEqual([picture.width, picture.height]);
      let differing = 0;
      for (let i = 0; i < px.length; i++) if (px[i] !== cut.data[i]) differing++;
      expect(differing, `${locale}: bytes that differ from the render with whole faces`).toBe(0);
    }
  });
});
