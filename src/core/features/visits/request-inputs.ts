/** A card submit's inputs (a choice may arrive as a list or comma-separated). */
export type Inputs = Record<string, string | string[] | undefined>;
