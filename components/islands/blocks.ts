// Text blocks off the screen are not laid out (content-visibility: auto, app/globals.css) and stand at an
// estimated height until first drawn. Once the page has loaded, in the browser's idle time, each block is
// laid out once and its height becomes its placeholder, a few blocks per idle slice so no task grows long.
// Then the page has its real length before the reader scrolls: the reading bar, a jump to a heading or a
// note, and anything that measures the page (a screen reader's touch exploration, an audit) meet the real
// layout, and no skipped block's content hangs over the blocks after it.

/** The blocks that skip layout off the screen: the same list as the content-visibility rules in app/globals.css. */
export const SKIPPED_BLOCKS = ".prose-body > *, .skip-offscreen";

/** A block's height as drawn: laid out once, unskipped but with the same containment (content-visibility:
 * auto contains layout, style and paint even when drawn), then left to skip again. A block on the screen is
 * drawn already and is only read: turning its content-visibility off and on again would leave it skipped
 * until the next frame, and a hover test in between would find the pointer over an empty box (a chart's
 * tooltip closes under a still pointer). */
function drawnHeight(block: HTMLElement): number {
  const box = block.getBoundingClientRect();
  if (box.bottom > 0 && box.top < window.innerHeight) return Math.round(box.height);
  block.style.contentVisibility = "visible";
  block.style.contain = "layout style paint";
  const height = block.getBoundingClientRect().height;
  block.style.contentVisibility = "";
  block.style.contain = "";
  return Math.round(height);
}

let markSettled = () => {};
/** Resolves once every block has taken its measured height, the first time (data-blocks-settled); at once
 * where nothing is measured (no blocks, or no requestIdleCallback, as in Safari). */
export const blocksSettled = new Promise<void>((resolve) => {
  markSettled = resolve;
});

export function settleBlocks(doc: Document = document): void {
  const blocks = Array.from(doc.querySelectorAll<HTMLElement>(SKIPPED_BLOCKS));
  if (!blocks.length || typeof window.requestIdleCallback !== "function") {
    markSettled();
    return;
  }
  let i = 0;
  const slice = (deadline: IdleDeadline) => {
    // Measure for at most 8 ms of the slice, whatever the idle time left: a block can take several ms to lay
    // out, and on a slow phone (or under Lighthouse's 4x CPU simulation) a slice that fills a 50 ms idle
    // period becomes a task long enough to delay a tap. Set the placeholders after.
    const sizes: [HTMLElement, number][] = [];
    const until = performance.now() + Math.min(8, deadline.timeRemaining());
    while (i < blocks.length && (performance.now() < until || sizes.length === 0)) {
      const block = blocks[i++]!;
      sizes.push([block, drawnHeight(block)]);
    }
    // New placeholders above the screen change the page's length there. Scroll anchoring should hold what the
    // reader sees, but Chromium does not always adjust (a heading far above a chapter's end shrank by 97 px
    // and the text on screen moved with it): hold it here, by the first block on the screen.
    const held = blocks.find((b) => b.getBoundingClientRect().bottom > 0);
    const before = held?.getBoundingClientRect().top;
    for (const [block, height] of sizes) block.style.containIntrinsicBlockSize = `auto ${height}px`;
    const moved = held && before !== undefined ? held.getBoundingClientRect().top - before : 0;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: "instant" });
    if (i < blocks.length) window.requestIdleCallback(slice, { timeout: 1000 });
    else {
      doc.documentElement.dataset.blocksSettled = "";
      markSettled();
    }
  };
  const start = () => {
    i = 0;
    window.requestIdleCallback(slice, { timeout: 1000 });
  };
  if (doc.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
  // Text wraps anew at another width (a turned phone, a resized window): measure again once it settles.
  let width = window.innerWidth;
  let timer = 0;
  window.addEventListener("resize", () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    clearTimeout(timer);
    timer = window.setTimeout(start, 300);
  });
}
