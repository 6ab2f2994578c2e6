import type { Env } from "@/lib/env";
import { log, redactEmails } from "@/lib/log";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email. */
export type Mailer = (message: MailMessage) => Promise<void>;

/**
 * Email through SMTP_URL when set. Without it, a message's link goes to the server log instead —
 * outside production, or in production only with RESET_LINKS_IN_LOG=true — so a development
 * machine works with no mail server; otherwise it is dropped and the log says how to fix that.
 */
export function mailerFor(e: Env): Mailer {
  if (e.SMTP_URL) {
    const url = e.SMTP_URL;
    return async (message) => {
      const { createTransport } = await import("nodemailer");
      await createTransport(url).sendMail({ from: e.MAIL_FROM, ...message });
    };
  }
  return async (message) => {
    if (e.NODE_ENV !== "production" || e.RESET_LINKS_IN_LOG) {
      log.warn({ to: redactEmails(message.to), subject: message.subject, text: message.text }, "email not sent (no SMTP_URL): here it is");
    } else {
      log.error({ to: redactEmails(message.to), subject: message.subject }, "email not sent: set SMTP_URL (or RESET_LINKS_IN_LOG=true to log links)");
    }
  };
}

/** Whether people get their email (SMTP) or a developer reads it in the log: the page says which. */
export const mailDelivery = (e: Env): "smtp" | "log" | "none" => (e.SMTP_URL ? "smtp" : e.NODE_ENV !== "production" || e.RESET_LINKS_IN_LOG ? "log" : "none");
