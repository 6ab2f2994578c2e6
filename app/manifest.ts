import type { MetadataRoute } from "next";

// GET /manifest.webmanifest — what a browser needs to install Docket as an app.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Docket",
    short_name: "Docket",
    description: "Your tasks, and an assistant that keeps them for you.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f7f7f8",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "New task", short_name: "New task", url: "/?new=1", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
      { name: "Assistant", short_name: "Assistant", url: "/?assistant=open", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
    ],
    // Text shared from another app becomes a quick add (app/share).
    share_target: { action: "/share", method: "GET", params: { title: "title", text: "text", url: "url" } },
  };
}
