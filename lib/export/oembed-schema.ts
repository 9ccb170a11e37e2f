// The oEmbed 1.0 "rich" record as a zod schema: what an oEmbed consumer may rely on. Its own module, with no
// imports but zod, so the browser tests can validate the served JSON with the very schema the build uses.
import { z } from "zod";

export const oembedSchema = z
  .object({
    type: z.literal("rich"),
    version: z.literal("1.0"),
    title: z.string().min(1),
    html: z.string().includes("<iframe "),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    provider_name: z.string().min(1),
    provider_url: z.url(),
    thumbnail_url: z.url(),
    thumbnail_width: z.number().int().positive(),
    thumbnail_height: z.number().int().positive(),
    cache_age: z.number().int().positive(),
  })
  .strict();
export type OEmbed = z.infer<typeof oembedSchema>;
