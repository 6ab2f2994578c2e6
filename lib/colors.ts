import { z } from "zod";
import { COLORS } from "./palette";

export { COLORS, DEFAULT_COLOR, type Color } from "./palette";

export const colorSchema = z.enum(COLORS, { error: `Colour must be one of ${COLORS.join(", ")}` });
