import * as z from 'zod/mini';
import { Channel, Icon, Id, LocalTime, Profession, SafeUrl } from './common.js';

/** When one channel (optionally for one profession) is staffed. Days are ISO weekdays, 1 = Monday. */
export const OpeningHours = z.object({
  channel: Channel,
  profession: z.optional(Profession),
  days: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(7))),
  opens: LocalTime,
  closes: LocalTime,
});
export type OpeningHours = z.infer<typeof OpeningHours>;

/** A service the clinic offers, which a patient may pin as a shortcut. */
export const Service = z.object({
  id: Id,
  title: z.string().check(z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(500))),
  icon: Icon,
  href: z.optional(SafeUrl),
});
export type Service = z.infer<typeof Service>;

export const Clinic = z.object({
  id: Id,
  name: z.string().check(z.maxLength(200)),
  region: z.string(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
  phone: z.string().check(z.maxLength(40)),
  website: z.optional(SafeUrl),
  channels: z.array(Channel),
  professions: z.array(Profession),
  openingHours: z.array(OpeningHours),
  listing: z.object({ acceptsNewPatients: z.boolean(), note: z.optional(z.string()) }),
  services: z.array(Service),
});
export type Clinic = z.infer<typeof Clinic>;
