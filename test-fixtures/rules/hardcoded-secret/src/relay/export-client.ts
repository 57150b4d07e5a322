// The main app hands exports to the export worker, presenting the worker's key.

export async function queueExport(reportId: string) {
  const response = await fetch(`${process.env.EXPORT_WORKER_URL}/exports`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      // ok: hardcoded-secret -- a stand-in this app presents when its key is unset; the worker compares the header with its own EXPORT_API_KEY and refuses it
      "X-Api-Key": process.env.EXPORT_API_KEY || "not-configured",
    },
    body: JSON.stringify({ reportId }),
    signal: AbortSignal.timeout(5000),
  });
  return response.json();
}

export async function queueArchive(reportId: string) {
  const response = await fetch(`${process.env.EXPORT_WORKER_URL}/archives`, {
    method: "POST",
    headers: {
      // expect: hardcoded-secret
      "X-Api-Key": process.env.EXPORT_API_KEY || "f3Kq9ZxW2mLp8RtV6nYc4HbJ",
    },
    body: JSON.stringify({ reportId }),
    signal: AbortSignal.timeout(5000),
  });
  return response.json();
}

export async function pushToMirror(reportId: string) {
  const response = await fetch(`${process.env.MIRROR_URL}/reports`, {
    method: "POST",
    headers: {
      // expect: hardcoded-secret
      "X-Mirror-Token": process.env.MIRROR_API_TOKEN || "mirror-dev-token",
    },
    body: JSON.stringify({ reportId }),
    signal: AbortSignal.timeout(5000),
  });
  return response.json();
}
