// The PNG renderer draws with the fonts bundled from npm and nothing else (lib/export/fonts.ts, png.ts):
// a known Chinese string renders as the committed reference image in each script, the two scripts keep
// their own glyph forms, and a character the bundled fonts lack fails with the text and the character.
// Regenerate the references (after a deliberate font or renderer change, looking at them first) with
// UPDATE_REFERENCES=1 npx vitest run tests/export-fonts.test.ts
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import pixelmatch from "pixelmatch";
import { assertGlyphs, cmapCodePoints, fontFiles, missingGlyphs, svgTexts } from "@/lib/export/fonts";
import { forResvg, svgToPng } from "@/lib/export/png";

const FIXTURES = path.join(import.meta.dirname, "fixtures", "fonts");
const W = 480;
const H = 130;

/** A bold line and a regular one; 骨, 直 and 角 are the same code points in both scripts, drawn differently. */
const sample = (title: string, line: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><title>${title}</title>` +
  `<style>svg{font-family:system-ui, -apple-system, sans-serif}</style><rect width="100%" height="100%" fill="#ffffff"/>` +
  `<text x="16" y="52" font-size="36" font-weight="700" fill="#1a1a1a">${title}</text>` +
  `<text x="16" y="104" font-size="30" fill="#1a1a1a">${line}</text></svg>`;

const SAMPLES = {
  "zh-hans": sample("云端远征 骨直角", "2010年双十一 · 峰值 ¥19.1亿"),
  "zh-hant": sample("雲端遠征 骨直角", "2010年雙十一 · 峰值 ¥19.1億"),
} as const;

const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));

/** Pixels that differ by more than pixelmatch's perceptual threshold (0.1), anti-aliasing excluded. */
function diffPixels(a: PNG, b: PNG): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  return pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
}

describe("bundled fonts", () => {
  it("load from npm packages, one file per script and weight", () => {
    for (const locale of ["en", "zh-hans", "zh-hant"] as const) {
      const files = fontFiles(locale);
      expect(files).toHaveLength(4);
      for (const f of files) expect(f).toContain(`${path.sep}node_modules${path.sep}@expo-google-fonts${path.sep}`);
    }
  });

  it("know which characters they have (cmap)", { timeout: 60_000 }, () => {
    const [sc, tc, latin] = [fontFiles("zh-hans")[0]!, fontFiles("zh-hant")[0]!, fontFiles("en")[0]!].map((f) => cmapCodePoints(fs.readFileSync(f)));
    expect(sc!.has(0x4e91)).toBe(true); // 云
    expect(tc!.has(0x96f2)).toBe(true); // 雲
    expect(latin!.has(0x41)).toBe(true);
    expect(latin!.has(0x4e91)).toBe(false);
    expect(sc!.has(0x1f600)).toBe(false);
  });

  for (const locale of ["zh-hans", "zh-hant"] as const) {
    it(`render a known ${locale} string as the committed reference image`, { timeout: 60_000 }, async () => {
      const png = await svgToPng(SAMPLES[locale], locale, W);
      const file = path.join(FIXTURES, `${locale}.png`);
      if (process.env.UPDATE_REFERENCES) {
        fs.mkdirSync(FIXTURES, { recursive: true });
        fs.writeFileSync(file, png);
      }
      const got = decode(png);
      const want = PNG.sync.read(fs.readFileSync(file));
      const differing = diffPixels(got, want);
      // 0 on this build of resvg. The tolerance (0.05 % of the pixels, 31) absorbs rounding elsewhere, not a
      // substituted face: the Traditional string drawn with the Simplified face differs by 281 pixels, and a
      // missing glyph (an empty box) by far more.
      expect(differing / (W * H)).toBeLessThan(0.0005);
      // Not blank: the text put ink on the paper.
      let ink = 0;
      for (let i = 0; i < got.data.length; i += 4) if (got.data[i]! < 128) ink++;
      expect(ink / (W * H)).toBeGreaterThan(0.03);
    });
  }

  it("keep each script's glyph forms: 骨直角 differ between the Simplified and Traditional pictures", { timeout: 60_000 }, async () => {
    const line = async (locale: "zh-hans" | "zh-hant") => decode(await svgToPng(sample("骨直角", "骨直角"), locale, W));
    expect(diffPixels(await line("zh-hans"), await line("zh-hant"))).toBeGreaterThan(100); // 211 on this build
  });

  it("never look for system fonts: every family in the SVG becomes a bundled one", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><style>text{font-family: "Liberation Sans", "Noto Sans CJK SC", sans-serif}</style><text font-family='"DejaVu Sans"' style="font-family: Arial">云</text></svg>`;
    for (const [locale, family] of [
      ["en", "Noto Sans"],
      ["zh-hans", "Noto Sans SC"],
      ["zh-hant", "Noto Sans TC"],
    ] as const) {
      const out = forResvg(svg, locale);
      const named = [...out.matchAll(/font-family\s*[:=]\s*["']?([^;}>]+)/g)].flatMap(
        (m) => m[1]!.match(/Noto Sans( SC| TC)?|Liberation|DejaVu|Arial|CJK/g) ?? [],
      );
      expect(named.filter((n) => !/^Noto Sans( SC| TC)?$/.test(n))).toEqual([]);
      expect(out).toContain(family);
    }
    // A Traditional picture never asks for the Simplified face, even where a line carries the Simplified stack.
    expect(forResvg(svg, "zh-hant")).not.toContain("Noto Sans SC");
  });
});

describe("the missing-glyph check", () => {
  const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg"><title>Test card</title><text x="0" y="20">${text}</text></svg>`;

  it("passes text the bundled fonts can draw", () => {
    expect(missingGlyphs(SAMPLES["zh-hans"], "zh-hans")).toEqual([]);
    expect(missingGlyphs(SAMPLES["zh-hant"], "zh-hant")).toEqual([]);
    expect(missingGlyphs(svg("Peak: 583,000 orders a second – “quoted” · 云端"), "en")).toEqual([]);
  });

  it("fires, naming the picture, the text and the character", { timeout: 60_000 }, async () => {
    await expect(svgToPng(svg("Peak &amp; 😀 day"), "en", 100)).rejects.toThrow(
      /Missing glyph: the en picture "Test card".*\n.*"😀" \(U\+1F600\) in the text "Peak & 😀 day"/,
    );
    // Noto Sans TC has no Simplified-only form: 远 in a Traditional picture is caught, not drawn from another face.
    expect(missingGlyphs(svg("云端远征"), "zh-hant").map((m) => m.codePoint)).toContain("U+8FDC");
    expect(() => assertGlyphs(svg("云端远征"), "zh-hant")).toThrow(/"远" \(U\+8FDC\) in the text "云端远征"/);
  });

  it("reads only drawn text: <title> is not drawn, entities are decoded, tspans are joined", () => {
    expect(svgTexts(`<svg><title>😀</title><text>a<tspan>&#x4E91;</tspan>&lt;</text></svg>`)).toEqual(["a云<"]);
  });
});
