"use client";

import { useState } from "react";

/**
 * Copies the text of the element with `targetId` (a read-only textarea); says so for two seconds. The clipboard can
 * refuse (permission, an insecure page): the button then says so, and the text stays there to select by hand.
 */
export function CopyButton({ targetId }: { targetId: string }) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  return (
    <button
      type="button"
      onClick={() => {
        const element = document.getElementById(targetId);
        const text = element instanceof HTMLTextAreaElement ? element.value : (element?.textContent ?? "");
        navigator.clipboard
          .writeText(text)
          .then(
            () => setOutcome("copied"),
            () => setOutcome("failed"),
          )
          .finally(() => setTimeout(() => setOutcome(null), 2000));
      }}
    >
      {outcome === "copied" ? "Copied" : outcome === "failed" ? "Copy failed: select the text" : "Copy citation"}
    </button>
  );
}
