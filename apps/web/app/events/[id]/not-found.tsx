import Link from "../../_components/Link";

export default function EventNotFound() {
  return (
    <section>
      <h1>Event not found</h1>
      <p className="muted">There is no event with this ID. It may have been merged into another one.</p>
      <p>
        <Link href="/">Latest events</Link>
      </p>
    </section>
  );
}
