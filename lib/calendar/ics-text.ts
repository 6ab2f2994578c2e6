/** RFC 5545 text primitives: escaping, folding and the date forms the feed writes. */

/** TEXT values (3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n")
    // Control characters other than tab are not allowed in TEXT.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** For values that are not TEXT (URIs, rules): a line break there would start a new property. */
export const oneLine = (value: string): string => value.replace(/[\r\n]+/g, " ");

const LINE_OCTETS = 75;

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets of UTF-8 (3.1): CRLF and a space, which counts towards the
 * next line's 75. Splits only between code points, so no multi-byte character is cut.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > LINE_OCTETS) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

const pad = (n: number, size = 2) => String(n).padStart(size, "0");

/** 20261203T173000Z */
export function utcStamp(at: Date): string {
  return `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;
}

/** A wall-clock date-time as 20261203T180000 (no zone: the TZID parameter gives it). */
export function localStamp(t: { year: number; month: number; day: number; hour: number; minute: number; second: number }): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/** 2026-12-03 → 20261203 */
export const dateStamp = (date: string): string => date.replaceAll("-", "");

/** A UTC offset as +0100, -0430 or +053045 (3.3.14). */
export function offsetText(seconds: number): string {
  const sign = seconds < 0 ? "-" : "+";
  const abs = Math.abs(seconds);
  const s = abs % 60;
  return `${sign}${pad(Math.floor(abs / 3600))}${pad(Math.floor(abs / 60) % 60)}${s ? pad(s) : ""}`;
}

/** A signed duration in minutes as -PT30M, PT8H30M, -P1DT2H, PT0S (3.3.6). */
export function durationText(minutes: number): string {
  if (minutes === 0) return "PT0S";
  const sign = minutes < 0 ? "-" : "";
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const time = `${Math.floor(rest / 60) ? `${Math.floor(rest / 60)}H` : ""}${rest % 60 ? `${rest % 60}M` : ""}`;
  return `${sign}P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
}
