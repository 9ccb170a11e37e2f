// The timeline island in an embed (bundled with Preact by scripts/embed-finalize.mjs): see components/islands/timeline.ts.
import { mount } from "@/components/islands/timeline";

mount(document.querySelector<HTMLElement>('[data-embed="timeline"]'));
