// The origin fix for pages built without SITE_URL (components/islands/origin.ts), in a DOM served from
// another origin than the build's default.
import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { fixOrigin } from "@/components/islands/origin";

function page(url: string, buildOrigin: string | null) {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  if (buildOrigin) doc.documentElement.setAttribute("data-build-origin", buildOrigin);
  doc.body.innerHTML =
    '<p id="cite" data-site-url="">Cloud Expedition. (2026). <em>To the cloud</em>. http://localhost:3000/en/to-the-cloud/</p>' +
    '<p id="other">Served from http://localhost:3000 before.</p>';
  return doc;
}

describe("fixOrigin", () => {
  it("puts the served origin in place of the build's default in marked text only", () => {
    const doc = page("https://expedition.example.org/en/to-the-cloud/", "http://localhost:3000");
    expect(fixOrigin(doc)).toBe(1);
    expect(doc.getElementById("cite")!.textContent).toBe("Cloud Expedition. (2026). To the cloud. https://expedition.example.org/en/to-the-cloud/");
    expect(doc.getElementById("other")!.textContent).toContain("http://localhost:3000");
  });

  it("leaves pages built with SITE_URL, and pages served from the build's origin, alone", () => {
    const set = page("https://expedition.example.org/en/", null);
    expect(fixOrigin(set)).toBe(0);
    expect(set.getElementById("cite")!.textContent).toContain("http://localhost:3000/en/to-the-cloud/");
    const same = page("http://localhost:3000/en/", "http://localhost:3000");
    expect(fixOrigin(same)).toBe(0);
  });
});
