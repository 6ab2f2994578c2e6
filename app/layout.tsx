import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { Toaster } from "sonner";
import { ServiceWorker } from "@/components/shell/service-worker";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Docket", template: "%s · Docket" },
  description: "Your tasks, and an assistant that keeps them for you.",
  applicationName: "Docket",
  appleWebApp: { capable: true, title: "Docket", statusBarStyle: "default" },
  icons: { apple: "/icons/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  // Edge to edge on phones; the tab bar pads itself by the safe-area insets.
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f7f8" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1012" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next puts this request's CSP nonce on its scripts.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans antialiased">
        {children}
        <ServiceWorker />
        <Toaster
          position="bottom-center"
          closeButton
          // Above the phone tab bar.
          mobileOffset={{ bottom: "calc(4.5rem + env(safe-area-inset-bottom))" }}
          theme="system"
          toastOptions={{
            classNames: {
              toast: "bg-surface! text-ink! border-line! shadow-lg!",
              description: "text-muted!",
              actionButton: "bg-accent! text-accent-ink! font-medium!",
              closeButton: "bg-surface! text-ink! border-line!",
              error: "text-danger!",
              success: "text-success!",
            },
          }}
        />
      </body>
    </html>
  );
}
