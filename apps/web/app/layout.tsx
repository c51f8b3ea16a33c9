import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import "./globals.css";
import "./styles/theme.css";
import "./styles/compare.css";

export const metadata: Metadata = {
  title: "Orchard",
  description: "Corporate intelligence on AI companies, labs and models.",
};

/*
 * Pages stream behind loading.tsx: without JavaScript the streamed content stays in hidden
 * containers. This fallback un-hides it and hides the loading placeholders, so every page is
 * still readable with scripts off.
 */
const NO_SCRIPT_CSS = `div[hidden][id^="S:"]{display:block!important}.loading-fallback{display:none!important}`;

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
          </nav>
          <form method="get" action="/search" role="search" className="header-search">
            <label htmlFor="header-q" className="visually-hidden">
              Search companies, labs, models and people
            </label>
            <input id="header-q" type="search" name="q" placeholder="Search any name, any language" />
            <button type="submit">Search</button>
          </form>
        </header>
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer muted small">
          Every fact in Orchard comes with the passage that reported it, in its original language.
        </footer>
      </body>
    </html>
  );
}
