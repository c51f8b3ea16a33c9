export default function Loading() {
  return (
    <section aria-busy="true" className="loading-fallback">
      <h1>Compare companies</h1>
      <p className="muted">Loading the comparison…</p>
      <div className="skeleton" />
    </section>
  );
}
