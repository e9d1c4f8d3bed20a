// No zod here, so elements can read the limits without the schemas.
/** The file types a patient may attach (1177: PDF, JPG, PNG, GIF). The server checks the real type from the file's first bytes. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/gif'] as const;

/** The largest file the backend takes, in bytes: 10 MB as people read it (10 000 000 bytes, not MiB). */
export const MAX_ATTACHMENT_BYTES = 10_000_000;
/** How many files one question takes. */
export const MAX_ATTACHMENTS_PER_ITEM = 5;
