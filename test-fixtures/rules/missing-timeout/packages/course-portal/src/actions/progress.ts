"use server";
// Server actions: a client component calls them, and Next runs them on the server.
export async function saveProgress(lesson: string): Promise<void> {
  // expect: missing-timeout
  await fetch("https://progress.example.com/v1/lessons", { method: "POST", body: lesson });
}

export async function lessonCount(): Promise<number> {
  return 12;
}
