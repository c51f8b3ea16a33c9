export default function Loading() {
  return (
    <section aria-busy="true" className="loading-fallback">
      <h1>Search</h1>
      <p className="muted">Searching…</p>
    </section>
  );
}
