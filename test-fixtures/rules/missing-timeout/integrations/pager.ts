export async function page(summary: string): Promise<void> {
  // expect: missing-timeout
  await fetch("https://pager.example.com/v1/incidents", { method: "POST", body: JSON.stringify({ summary }) });
}
