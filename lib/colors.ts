import { z } from "zod";

/** The one palette of list and label colours (DESIGN §8); names, never hex values, on the wire. */
export const COLORS = ["gray", "red", "orange", "yellow", "green", "teal", "blue", "indigo", "purple", "pink"] as const;
export const DEFAULT_COLOR = "gray" satisfies Color;

export type Color = (typeof COLORS)[number];

export const colorSchema = z.enum(COLORS, { error: `Colour must be one of ${COLORS.join(", ")}` });
