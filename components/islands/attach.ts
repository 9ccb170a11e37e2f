// Framework-free behaviours for server-rendered markup. Each client component renders its own markup
// once (React never re-renders it) and marks its root with data-attach="name" (and its props as JSON in
// data-props); its behaviour is a function attach(el, props) in this folder. The same function runs in
// both hosts: under `next dev` the component calls it from an effect (useAttach); in the built site,
// whose pages ship without React (scripts/site-finalize.mjs), runtime.ts finds the marked elements and
// calls it. One behaviour, one place, no hydration.
import { useEffect, useRef } from "react";

export type Detach = () => void;
// biome-ignore lint/suspicious/noConfusingVoidType: like React's EffectCallback, a behaviour returns nothing or its cleanup
export type Attach<P = Record<string, never>> = (el: HTMLElement, props: P) => void | Detach;

/** The attributes that mark an element for the runtime: spread them on the component's root. */
export function attachAttrs(name: string, props?: object): Record<string, string | undefined> {
  return { "data-attach": name, "data-props": props === undefined ? undefined : JSON.stringify(props) };
}

/** Under React (next dev, or a page that keeps the App Router): runs the behaviour once the root is in the page. */
export function useAttach<E extends HTMLElement, P>(attach: Attach<P>, props: P) {
  const ref = useRef<E>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: props are fixed at build time: attach once
  useEffect(() => {
    const el = ref.current;
    return el ? attach(el, props) || undefined : undefined;
  }, []);
  return ref;
}
