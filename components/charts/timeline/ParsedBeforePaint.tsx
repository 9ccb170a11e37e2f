// Asks the browser not to paint the page before the timeline figure is parsed (<link rel="expect"
// blocking="render">, a marker just after the figure). On a phone the figure's controls sit above the list
// by CSS order, but come after it in the markup: painted mid-parse, the list would jump down when they
// arrive (a layout shift of ~0.04-0.11 measured on /en/timeline/ and the timeline embed). Only where the
// figure is on the first screen; browsers without rel="expect" paint as before.
export function ParsedBeforePaint({ id }: { id: string }) {
  return (
    <>
      <link rel="expect" href={`#${id}`} blocking="render" />
      <span id={id} hidden />
    </>
  );
}
