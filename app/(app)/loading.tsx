export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-32 animate-pulse rounded-md bg-raised" />
      <div className="h-14 animate-pulse rounded-xl bg-raised" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-10 animate-pulse rounded-lg bg-raised/70" />
      ))}
    </div>
  );
}
