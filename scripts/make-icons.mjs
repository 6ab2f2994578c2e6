// Renders Docket's PNG app icons from app/icon.svg with Chromium (the sizes browsers ask for, and a
// maskable one with the safe-zone margin). Run by hand after changing the icon: node scripts/make-icons.mjs
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync(new URL("../app/icon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined, args: ["--no-sandbox"] });
const page = await browser.newPage();
const variants = [
  { file: "icon-192.png", size: 192, inset: 0 },
  { file: "icon-512.png", size: 512, inset: 0 },
  { file: "apple-touch-icon.png", size: 180, inset: 0 },
  // Maskable: platforms crop to a circle or squircle, so the mark keeps to the middle 80 %.
  { file: "icon-maskable-512.png", size: 512, inset: 0.1, background: "#4f46e5" },
];
for (const { file, size, inset, background } of variants) {
  const pad = Math.round(size * inset);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:${background ?? "transparent"}"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace("<svg ", `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `)}</div></body>`,
  );
  writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), await page.screenshot({ omitBackground: !background }));
}
await browser.close();
console.log(`wrote ${variants.length} icons to public/icons/`);
