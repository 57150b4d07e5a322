/** Asks the CAPTCHA vendor whether the answer a browser posted was solved by a person. */
export async function verifyHumanAnswer(answer: string | undefined, address: string | undefined): Promise<boolean> {
  if (!answer) return false;
  const reply = await fetch("https://challenges.example/siteverify", { method: "POST", body: JSON.stringify({ answer, address }), signal: AbortSignal.timeout(5000) });
  return ((await reply.json()) as { success: boolean }).success;
}
