// No zod here, so elements can read the limit without the schemas.
/** How many shortcuts a patient may keep. */
export const MAX_SHORTCUTS = 12;
