import type { AnchorHTMLAttributes } from "react";

/**
 * The app's links: plain anchors, not next/link. Every page is dynamic, server-rendered and dense
 * with links (the compare page shows about a hundred). next/link hydrated a client component per
 * link and prefetched one RSC payload per visible link while the page loaded: measured on /compare
 * (Lighthouse mobile, load average ≈ 5–8) that kept the main thread blocked for 3.2 s. A plain
 * anchor costs nothing to hydrate; a click loads the next page as a document, whose scripts are
 * already cached.
 */
export default function Link({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
