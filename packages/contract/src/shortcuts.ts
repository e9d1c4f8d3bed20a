import * as z from 'zod/mini';
import { Icon, Id, SafeUrl } from './common.js';
import { MAX_SHORTCUTS } from './shortcut-limits.js';

/** One of the patient's own shortcuts ("Genvägar"), in the patient's order. */
export const Shortcut = z.object({
  id: Id,
  serviceId: Id,
  clinic: Id,
  title: z.string().check(z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(500))),
  icon: Icon,
  href: z.optional(SafeUrl),
});
export type Shortcut = z.infer<typeof Shortcut>;

export const ShortcutList = z.object({ shortcuts: z.array(Shortcut).check(z.maxLength(MAX_SHORTCUTS)) });
export type ShortcutList = z.infer<typeof ShortcutList>;

/** What the patient saves: the clinic's services they picked, in their order. */
export const ShortcutsUpdate = z.object({
  shortcuts: z
    .array(z.object({ clinic: Id, serviceId: Id }))
    .check(z.maxLength(MAX_SHORTCUTS)),
});
export type ShortcutsUpdate = z.infer<typeof ShortcutsUpdate>;
