"use client";

import { useState } from "react";

/** Copies the text of the element with `targetId` (a read-only textarea); says so for two seconds. */
export function CopyButton({ targetId }: { targetId: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        const element = document.getElementById(targetId);
        const text = element instanceof HTMLTextAreaElement ? element.value : element?.textContent ?? "";
        await navigator.clipboard.writeText(text);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? "Copied" : "Copy citation"}
    </button>
  );
}
