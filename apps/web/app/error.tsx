"use client";

import { useEffect } from "react";

/**
 * A page failed to render: usually the API stopped answering mid-request (fetches time out after a
 * few seconds). The message never includes internal addresses; "Try again" fetches and renders the page again.
 */
export default function PageError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="notice notice-error" role="alert">
      <h1>This page could not be loaded</h1>
      <p>Orchard&apos;s data service did not answer in time. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{" "}
        <a href="/">Home</a>
      </p>
      {error.digest ? <p className="small muted">Reference: {error.digest}</p> : null}
    </section>
  );
}
