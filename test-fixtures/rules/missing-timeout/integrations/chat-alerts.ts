// The app loads every module of this folder by reading the directory at boot, so none is imported by name.
export async function postChatAlert(text: string): Promise<void> {
  // expect: missing-timeout
  await fetch("https://chat.example.com/hooks/alerts", { method: "POST", body: JSON.stringify({ text }) });
}
