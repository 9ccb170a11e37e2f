"use client";
// The embed code of one chart with the options a journalist sets before copying: the code's form (iframe
// + resize script, or iframe only), the chart's state, its colours and its language. The server renders the
// default code into the field, so it can be selected and copied without JavaScript; with JavaScript the
// options rewrite it with the same embedSnippet() the oEmbed records use. Small: no d3, no dictionaries.
import { useEffect, useState } from "react";
import { embedSnippet, type EmbedTheme } from "@/lib/embed/urls";
import type { Locale } from "@/lib/i18n";

export type EmbedCodeText = {
  form: string;
  formScript: string;
  formIframe: string;
  formHint: string;
  step: string;
  stepComplete: string;
  theme: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  language: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
};

type Props = {
  chart: string;
  locale: Locale;
  /** The chart's title in each locale (the iframe's title and the fallback image's alt). */
  titles: Record<Locale, string>;
  /** Names of the locales in their own script. */
  localeNames: Record<Locale, string>;
  steps: string[];
  text: EmbedCodeText;
  /** The chart's current published version (lib/embed/versions.ts), which the code points at; none before the first freeze. */
  version?: number;
};

type Form = "script" | "iframe";

export function EmbedCode({ chart, locale, titles, localeNames, steps, text, version }: Props) {
  // Ids from the chart, not useId: the built site renders each island as its own Preact root, where useId
  // would give every entry of the gallery the same ids (and one radio group for all their forms).
  const id = `embed-code-${chart}`;
  const [form, setForm] = useState<Form>("script");
  const [step, setStep] = useState<number | undefined>(undefined);
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [lang, setLang] = useState<Locale>(locale);
  const code = embedSnippet({ locale: lang, chart, title: titles[lang], form, state: { step, theme }, version });
  // "Copied" belongs to the code that was copied: changing an option clears it.
  const [result, setResult] = useState<{ code: string; ok: boolean } | null>(null);
  const status = result?.code === code ? (result.ok ? text.copied : text.copyFailed) : "";
  // Marks the island as live, so a reader's (or a test's) choice is never made on inert server HTML.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const select = "mt-1 block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm text-ink";
  const codeId = `${id}-code`;

  return (
    <div className="space-y-3" data-embed-options={chart} data-live={live ? "" : undefined}>
      <fieldset className="needs-js">
        <legend className="text-sm font-semibold">{text.form}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {(["script", "iframe"] as const).map((value) => (
            <label key={value} className="inline-flex min-h-6 items-center gap-1.5">
              <input type="radio" name={`${id}-form`} value={value} checked={form === value} onChange={() => setForm(value)} data-embed-form={value} />
              {value === "script" ? text.formScript : text.formIframe}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="needs-js grid gap-3 sm:grid-cols-3 lg:grid-cols-1">
        <label className="block text-sm font-semibold">
          {text.step}
          <select
            className={select}
            value={step ?? ""}
            onChange={(e) => setStep(e.target.value === "" ? undefined : Number(e.target.value))}
            data-embed-step=""
          >
            <option value="">{text.stepComplete}</option>
            {steps.map((label, i) => (
              <option key={label} value={i}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {text.theme}
          <select className={select} value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)} data-embed-theme="">
            <option value="auto">{text.themeAuto}</option>
            <option value="light">{text.themeLight}</option>
            <option value="dark">{text.themeDark}</option>
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {text.language}
          <select className={select} value={lang} onChange={(e) => setLang(e.target.value as Locale)} data-embed-lang="">
            {(Object.keys(localeNames) as Locale[]).map((l) => (
              <option key={l} value={l} lang={l === "en" ? "en" : l === "zh-hans" ? "zh-Hans" : "zh-Hant"}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div>
        <label htmlFor={codeId} className="sr-only">
          {text.codeLabel}
        </label>
        <textarea
          id={codeId}
          readOnly
          rows={6}
          value={code}
          data-embed-code={chart}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          className="block w-full resize-y rounded border border-rule bg-paper-raised p-2 font-mono text-xs leading-relaxed text-ink"
        />
      </div>
      <div className="needs-js flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="rounded border border-accent bg-accent px-3 py-1.5 text-sm font-semibold text-paper hover:opacity-90"
          data-embed-copy={chart}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(code);
              setResult({ code, ok: true });
            } catch {
              (document.getElementById(codeId) as HTMLTextAreaElement | null)?.select();
              setResult({ code, ok: false });
            }
          }}
        >
          {text.copy}
        </button>
        <span role="status" aria-live="polite" className="text-sm text-muted" data-embed-status="">
          {status}
        </span>
      </div>
      <p className="text-xs leading-relaxed text-muted">{text.formHint}</p>
    </div>
  );
}
