import { formatIsoDate } from "../../lib/format";
import { citationText, type CitableSource } from "../../lib/cite";
import { siteOrigin } from "../../lib/site";
import { CopyButton } from "./CopyButton";

/** "As reported up to <date>": the latest report behind what the page shows. */
export function ReportedUpTo({ date }: { date: string | null }) {
  if (!date) return null;
  return (
    <p className="small muted reported-up-to">
      As reported up to <strong>{formatIsoDate(date)}</strong>.
    </p>
  );
}

/** "Cite this": a ready-to-paste citation of the page with the sources behind it; works without JS (select the text). */
export async function CiteThis({ title, path, reportedUpTo, sources }: { title: string; path: string; reportedUpTo: string | null; sources: readonly CitableSource[] }) {
  const id = `cite-${path.replace(/[^a-z0-9]+/gi, "-")}`;
  const origin = (await siteOrigin()).origin;
  const text = citationText({ title, path, reportedUpTo, sources, accessed: new Date().toISOString().slice(0, 10), origin });
  return (
    <details className="cite-this">
      <summary>Cite this</summary>
      <label htmlFor={id} className="small muted">
        Citation with the sources behind this page
      </label>
      <textarea id={id} readOnly value={text} rows={Math.min(12, 3 + sources.length)} />
      <CopyButton targetId={id} />
    </details>
  );
}
