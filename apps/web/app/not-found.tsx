import Link from "./_components/Link";

export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </section>
  );
}
