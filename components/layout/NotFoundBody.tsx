// What a lost reader sees, in their language: what happened, and the way back to the story. A journalist
// who mistyped a chart's embed address finds every chart here, with the link to its embed.
import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n";
import { getDictionary } from "@/lib/ui";
import { getChapters } from "@/lib/content/chapters";
import { chartIds } from "@/components/charts/registry";
import { chartTitle } from "@/lib/embed/titles";
import { embedPath } from "@/lib/embed/urls";
import { withBase } from "@/lib/paths";

export function NotFoundBody({ locale, plainLinks = false }: { locale: Locale; plainLinks?: boolean }) {
  const t = getDictionary(locale);
  const A = plainLinks ? "a" : Link;
  return (
    <section className="mx-auto max-w-[40rem] py-6 font-sans">
      <p className="text-sm uppercase tracking-widest text-muted">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t.notFound.title}</h1>
      <p className="mt-3 font-serif text-lg text-ink-soft">{t.notFound.body}</p>
      <h2 className="mt-8 text-xl font-semibold">{t.notFound.chapters}</h2>
      <ol className="mt-3 list-decimal space-y-1 pl-6">
        {getChapters(locale).map((c) => (
          <li key={c.slug}>
            <A href={hrefFor(locale, `/${c.slug}/`, plainLinks)}>{c.title}</A>
          </li>
        ))}
      </ol>
      <h2 className="mt-8 text-xl font-semibold">{t.embed.chartsHeading}</h2>
      <p className="mt-2 text-ink-soft">{t.embed.chartsIntro}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6" data-embed-list="">
        {chartIds.map((id) => (
          <li key={id}>
            <a href={withBase(embedPath(locale, id))} data-embed-link={id}>
              {chartTitle(locale, id)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <A href={hrefFor(locale, "/charts/", plainLinks)}>{t.embed.gallery}</A>
      </p>
      <p className="mt-6">
        <A href={hrefFor(locale, "/", plainLinks)}>{t.notFound.home}</A>
      </p>
    </section>
  );
}

function hrefFor(locale: Locale, path: string, plain: boolean) {
  const p = localePath(locale, path);
  return plain ? `${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${p}` : p;
}
