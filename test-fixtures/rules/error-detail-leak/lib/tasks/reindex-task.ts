// Run by the queue worker on a schedule; no request is being served here.
export async function reindexNotes(): Promise<void> {
  const answer = await fetch(`${process.env.APP_ORIGIN}/api/jobs/reindex-notes`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.WORKER_SHARED_SECRET}` },
    signal: AbortSignal.timeout(30_000),
  });
  if (!answer.ok) console.warn("reindex failed", await answer.text());
}
