// The gallery: every chart by its permanent id, live, with its embed code, downloads and citation.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { chartIds } from "@/components/charts/registry";
import { GalleryEntry } from "@/components/gallery/GalleryEntry";
import { PageShell } from "@/components/layout/PageShell";
import { chartOgPath } from "@/lib/embed/urls";
import { chartParts } from "@/lib/export/chart-parts";
import { dataPackagePath } from "@/lib/export/datapackage";
import { isLocale, localePath, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";
import { withBase } from "@/lib/paths";
import { getDictionary } from "@/lib/ui";

type Props = { params: Promise<{ locale: string }> };

/** The chart whose card stands for the whole gallery when the page is shared. */
const COVER_CHART = "double11-traffic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const g = getDictionary(locale as Locale).gallery;
  return pageMetadata(locale as Locale, "/charts/", g.title, g.metaDescription, chartOgPath(locale as Locale, COVER_CHART));
}

export default async function GalleryPage({ params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: Locale = raw;
  const g = getDictionary(locale).gallery;
  const subjects = await Promise.all(chartIds.map(async (id) => [id, (await chartParts(id, locale)).title] as const));
  return (
    <PageShell locale={locale} path="/charts/">
      <div className="max-w-3xl">
        <h1 className="font-sans text-3xl font-bold">{g.title}</h1>
        <p className="mt-3 font-serif text-lg text-ink-soft">{g.intro}</p>
        <p className="mt-3 font-serif text-ink-soft" data-all-data="">
          {g.allData.split(/(\{link\}|\{file\})/).map((part) =>
            part === "{link}" ? (
              <Link key={part} href={`${localePath(locale, "/sources/")}#datasets`} className="font-sans font-semibold">
                {g.allDataLink}
              </Link>
            ) : part === "{file}" ? (
              <a key={part} href={withBase(dataPackagePath)} className="font-sans">
                datapackage.json
              </a>
            ) : (
              part
            ),
          )}
        </p>
        <nav aria-label={g.contents} className="mt-6 font-sans text-sm">
          <ol className="list-decimal space-y-1 pl-5">
            {subjects.map(([id, title]) => (
              <li key={id}>
                <a href={`#chart-${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </div>
      <div className="mt-10 space-y-16">
        {chartIds.map((id) => (
          <GalleryEntry key={id} id={id} locale={locale} />
        ))}
      </div>
    </PageShell>
  );
}
