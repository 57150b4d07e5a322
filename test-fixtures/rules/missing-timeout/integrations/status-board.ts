export async function markDegraded(component: string): Promise<void> {
  // expect: missing-timeout
  await fetch(`https://status.example.com/v1/components/${component}`, { method: "PATCH", body: "degraded" });
}
