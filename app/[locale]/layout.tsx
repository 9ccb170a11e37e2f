import "../globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { isLocale, langTag, locales } from "@/lib/i18n";
import { absoluteUrl, buildOriginAttrs, withBase } from "@/lib/paths";
import { ThemeScript } from "@/components/layout/ThemeScript";
import { FactPopoverScript } from "@/components/layout/FactPopoverScript";

export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { metadataBase: new URL(absoluteUrl("/")), manifest: isLocale(locale) ? withBase(`/${locale}/manifest.webmanifest`) : undefined };
}
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf7f0" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1520" },
  ],
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={langTag[locale]} data-theme="system" suppressHydrationWarning {...buildOriginAttrs()}>
      <head>
        <ThemeScript />
      </head>
      <body>
        {children}
        <FactPopoverScript />
      </body>
    </html>
  );
}
