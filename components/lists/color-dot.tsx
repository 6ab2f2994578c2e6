import { clsx } from "clsx";
import type { Color } from "@/lib/colors";

/** The palette's names as swatches (class names written out whole, so Tailwind keeps them). */
export const SWATCH: Record<Color, string> = {
  gray: "bg-gray-400",
  red: "bg-red-500",
  orange: "bg-orange-500",
  yellow: "bg-yellow-400",
  green: "bg-green-500",
  teal: "bg-teal-500",
  blue: "bg-blue-500",
  indigo: "bg-indigo-500",
  purple: "bg-purple-500",
  pink: "bg-pink-500",
};

/** A list's or label's colour as a small dot; decorative (the name says which list). */
export function ColorDot({ color, className }: { color: Color; className?: string }) {
  return <span aria-hidden className={clsx("inline-block size-2.5 shrink-0 rounded-full", SWATCH[color], className)} />;
}

export const listPath = (id: string) => `/lists/${id}`;
export const labelPath = (name: string) => `/labels/${encodeURIComponent(name)}`;
