import os from "node:os";
import type { NextConfig } from "next";

// The whole site is static files in out/. BASE_PATH lets it live under a sub-path
// (e.g. BASE_PATH=/cloud-expedition for https://example.org/cloud-expedition/).
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  basePath: basePath || undefined,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Pages and images are generated one after another on small machines (2 cores in CI): give a social
  // card or a whole-story deck time to render when the machine is busy, rather than failing the build.
  staticPageGenerationTimeout: 600,
  // resvg is a native module and subset-font loads its wasm from its package: load both from node_modules at
  // build instead of bundling them.
  serverExternalPackages: ["@resvg/resvg-js", "subset-font"],
  env: {
    NEXT_PUBLIC_BASE_PATH: basePath,
    NEXT_PUBLIC_SITE_URL: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    NEXT_PUBLIC_SITE_URL_SET: process.env.SITE_URL ? "1" : "",
  },
  experimental: {
    globalNotFound: true,
    // Static pages are generated on every core: Next's default keeps one free, which on a 2-core machine
    // leaves a single worker for the 335 pages.
    cpus: Math.max(1, os.availableParallelism()),
  },
};

export default nextConfig;
