/** A user message with text content, the commonest message of the vectors; it goes out exactly as given. */
export const ask = (content: string) => ({ role: "user", content });
