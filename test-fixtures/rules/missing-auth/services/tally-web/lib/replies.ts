export function denied(detail?: Record<string, unknown>) {
  return Response.json({ problem: "unauthorized", ...detail }, { status: 401 });
}

export function malformed(detail?: Record<string, unknown>) {
  return Response.json({ problem: "bad request", ...detail }, { status: 400 });
}
