"use client";

import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

const SAFE_LINK = /^https?:\/\//i;

// Model output is untrusted: raw HTML is never rendered (react-markdown escapes it), links are
// only http(s) and open without access to this page, and images are never fetched.
const components: Components = {
  a: ({ href, children }) =>
    href && SAFE_LINK.test(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer" className="text-accent underline underline-offset-2">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => <span className="text-muted">[image{alt ? `: ${alt}` : ""}]</span>,
  pre: ({ children }) => <pre className="my-2 overflow-x-auto rounded-md bg-raised p-2 text-xs">{children}</pre>,
  code: ({ children }) => <code className="rounded bg-raised px-1 py-0.5 text-[0.85em]">{children}</code>,
  ul: ({ children }) => <ul className="my-1 list-disc space-y-0.5 pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-1 list-decimal space-y-0.5 pl-5">{children}</ol>,
  p: ({ children }) => <p className="my-1 first:mt-0 last:mb-0">{children}</p>,
};

export default function Markdown({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm]} components={components} skipHtml urlTransform={(url) => (SAFE_LINK.test(url) ? url : "")}>
      {text}
    </ReactMarkdown>
  );
}
