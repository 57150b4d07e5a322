// Support assistant: drafts replies with Claude and geocodes the customer's address.
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  // expect: hardcoded-secret
  apiKey: "sk-ant-api03-Wvn8feeu2wql6RchFe3ss1q_Ae_ICWduPBNBC7fw_1REiygt_30FOONC0XRowvkPZa8K9ezgIpG_2T4Ssc0HQNUQ4ruSSAA",
});

export async function geocode(address: string): Promise<unknown> {
  const params = new URLSearchParams({
    address,
    // expect: hardcoded-secret
    key: "AIzaU412A8oKBvHB9Ux8QNnwVrHyTl1_FtwB_Bl",
  });
  const response = await fetch(`https://maps.googleapis.com/maps/api/geocode/json?${params}`, { signal: AbortSignal.timeout(5_000) });
  return response.json();
}

export async function draftReply(ticket: string): Promise<string> {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    messages: [{ role: "user", content: ticket }],
  });
  return message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
}
