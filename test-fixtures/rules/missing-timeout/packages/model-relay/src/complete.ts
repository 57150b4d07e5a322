export async function complete(prompt: string): Promise<string> {
  const response = await fetch("https://models.example.com/v1/complete", { method: "POST", body: JSON.stringify({ prompt }) });
  return response.text();
}
