"use client";
// The cover's main button: "Start reading" by default; "Continue reading: …" once the reader has a saved
// position in this locale's chapters. It swaps its own text, so nothing moves and no banner appears.
import Link from "next/link";
import { useEffect, useState } from "react";
import { READING_KEY, type ReadingPosition } from "@/components/content/ReadingTracker";

export function ContinueReading({
  locale,
  start,
  chapters,
  label,
}: {
  locale: string;
  start: { href: string; label: string };
  chapters: { slug: string; title: string }[];
  label: string;
}) {
  const [resume, setResume] = useState<{ href: string; title: string } | null>(null);
  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(READING_KEY) ?? "null") as ReadingPosition | null;
      const chapter = saved && chapters.find((c) => c.slug === saved.slug);
      if (chapter && saved.fraction > 0.02) setResume({ href: `/${locale}/${chapter.slug}/#continue`, title: chapter.title });
    } catch {}
  }, [locale, chapters]);
  return (
    <Link
      href={resume?.href ?? start.href}
      data-continue={resume ? "" : undefined}
      className="inline-block rounded bg-ink px-5 py-2.5 font-sans font-semibold text-paper no-underline hover:opacity-90"
    >
      {resume ? label.replace("{title}", resume.title) : start.label}
    </Link>
  );
}
