// The palette without zod, for screens that only show or pick colours; lib/colors.ts adds the schema.

/** The one palette of list and label colours (DESIGN §8); names, never hex values, on the wire. */
export const COLORS = ["gray", "red", "orange", "yellow", "green", "teal", "blue", "indigo", "purple", "pink"] as const;

export type Color = (typeof COLORS)[number];

export const DEFAULT_COLOR = "gray" satisfies Color;
