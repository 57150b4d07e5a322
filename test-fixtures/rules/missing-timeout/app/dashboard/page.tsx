import { Suspense } from "react";

async function getStats() {
  // ok: missing-timeout -- a Next page renders UI; pages are out of scope
  const res = await fetch("https://api.example.com/stats", { next: { revalidate: 30 } });
  return res.json();
}

export default async function DashboardPage() {
  const stats = await getStats();
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <h1>{stats.activeUsers} active users</h1>
    </Suspense>
  );
}
