// A workspace library the relay depends on: it runs inside the relay's process, under the relay's dispatcher.
export async function listModels(): Promise<unknown> {
  const response = await fetch("https://models.example.com/v1/models");
  return response.json();
}
