import { z } from 'zod';
import { nameContracts } from './registry.js';
import { CalendarDay } from '../diary.js';

/** A share link as its owner sees it: never with its token, which is shown once when it is made. */
export const ShareLinkSchema = z
  .object({
    id: z.string(),
    sections: z.array(z.string()).describe('The summary sections the link shows.'),
    from: CalendarDay,
    to: CalendarDay,
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    name: z.string().nullable().describe('The name or initials shown on the summary, or null.'),
    active: z.boolean().describe('Neither revoked nor expired.'),
  })
  .meta({ title: 'ShareLink' });
export type ShareLink = z.infer<typeof ShareLinkSchema>;

export const CreatedShareSchema = ShareLinkSchema.extend({
  token: z.string().describe('Shown once: only its hash is kept.'),
  path: z.string().describe('The page to open, e.g. /share/<token>.'),
  apiPath: z.string().describe('The same summary as JSON.'),
  url: z.string().nullable().describe('The whole link when the server knows its public address (PUBLIC_URL); null: build it from the page address.'),
  onlyThisComputer: z.boolean().describe('No PUBLIC_URL and made from the server computer itself: the link opens only there.'),
}).meta({ title: 'CreatedShare' });
export type CreatedShare = z.infer<typeof CreatedShareSchema>;

export const ShareListSchema = z.object({ shares: z.array(ShareLinkSchema) }).meta({ title: 'ShareList' });

nameContracts({ ShareLink: ShareLinkSchema, CreatedShare: CreatedShareSchema, ShareList: ShareListSchema });
