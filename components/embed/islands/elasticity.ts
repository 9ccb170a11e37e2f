// The elasticity island in an embed (bundled with Preact by scripts/embed-finalize.mjs): see components/islands/elasticity.ts.
import { mount } from "@/components/islands/elasticity";

mount(document.querySelector<HTMLElement>('[data-embed="elasticity"]'));
