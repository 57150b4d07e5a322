// A background task (run by the queue worker, not by a request): it calls the server's own job route with the secret.
const jobsSecret = process.env.JOBS_API_SECRET;

export async function rebuildCatalog(shelfId: string, pages: number): Promise<void> {
  await fetch(`${process.env.APP_URL}/api/jobs/rebuild-catalog`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${jobsSecret}` },
    body: JSON.stringify({ shelfId, pages }),
    signal: AbortSignal.timeout(10_000),
  });
}
