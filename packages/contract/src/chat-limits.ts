// Plain constants (no schemas), so an element can use them without pulling the chat schemas into its bundle.

/** The longest message a patient or staff member may write. */
export const MAX_MESSAGE_LENGTH = 4000;
/** How many files one message may carry (1177: 1–5). */
export const MAX_ATTACHMENTS = 5;
