import "../globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { absoluteUrl, buildOriginAttrs } from "@/lib/paths";
import { alternates } from "@/lib/metadata";
import { ThemeScript } from "@/components/layout/ThemeScript";

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl("/")),
  title: "Cloud Expedition · 云端远征 · 雲端遠征",
  description: "Fifteen years of elastic computing in China, 2009–2025, in English, Simplified and Traditional Chinese.",
  alternates: alternates(null, "/"),
};

export default function CoverLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-theme="system" suppressHydrationWarning {...buildOriginAttrs()}>
      <head>
        <ThemeScript />
      </head>
      <body>{children}</body>
    </html>
  );
}
