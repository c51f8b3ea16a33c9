import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: "Orchard",
  description: "Corporate intelligence on AI companies, labs and models.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Orchard
          </Link>
        </header>
        <main className="container">{children}</main>
      </body>
    </html>
  );
}
