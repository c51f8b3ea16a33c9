import type { Metadata, Viewport } from "next";
import { siteOrigin } from "../lib/site";
import type { ReactNode } from "react";
import Link from "./_components/Link";
import { SearchBox } from "./_components/SearchBox";
import "./globals.css";
import "./styles/theme.css";
import "./styles/compare.css";
import "./styles/browse.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: await siteOrigin(),
    title: "Orchard",
    description: "Corporate intelligence on AI companies, labs and models: every fact with the passage that reported it.",
    applicationName: "Orchard",
    openGraph: {
      type: "website",
      siteName: "Orchard",
      title: "Orchard",
      description: "AI companies, labs, models and people, side by side, with every fact sourced.",
      images: [{ url: "/og.png", width: 1200, height: 630, alt: "Orchard" }],
    },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#15181c" },
  ],
  colorScheme: "light dark",
};

/*
 * Streamed sections (Suspense) arrive in hidden containers at the end of the body, after the
 * footer; without JavaScript nothing moves them into place. This fallback un-hides them, orders
 * them before the footer in the page's width, and hides the placeholders. Streamed sections are
 * the last of their page, so they still read in order.
 */
const NO_SCRIPT_CSS = [
  `body{display:flex;flex-direction:column;min-height:100vh}`,
  `.site-header{order:0}main{order:1;width:100%}.site-footer{order:3}`,
  // Streamed sections arrive after the footer: put them back between the page and the footer, in the page's width.
  `div[hidden][id^="S:"]{display:block!important;order:2;width:100%;max-width:80rem;margin:0 auto;padding:0 1.5rem}`,
  `.loading-fallback,.stream-fallback{display:none!important}`,
].join("");

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <noscript>
          <style>{NO_SCRIPT_CSS}</style>
        </noscript>
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Orchard
          </Link>
          <nav aria-label="Main">
            <Link href="/compare">Compare</Link>
            <Link href="/companies">Companies</Link>
            <Link href="/models">Models</Link>
            <Link href="/people">People</Link>
            <Link href="/events">Events</Link>
          </nav>
          <SearchBox id="header-q" placeholder="Search any name, any language" label="Search companies, labs, models and people" />
        </header>
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer muted small">Every fact in Orchard comes with the passage that reported it, in its original language.</footer>
      </body>
    </html>
  );
}
