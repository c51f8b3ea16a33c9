import Link from "../../_components/Link";

export default function SourceNotFound() {
  return (
    <section>
      <h1>Source not found</h1>
      <p className="muted">There is no source with this ID.</p>
      <p>
        <Link href="/">Home</Link>
      </p>
    </section>
  );
}
