// The virtualization-loss island in an embed (bundled with Preact by scripts/embed-finalize.mjs): see components/islands/virtualization-loss.ts.
import { mount } from "@/components/islands/virtualization-loss";

mount(document.querySelector<HTMLElement>('[data-embed="virtualization-loss"]'));
