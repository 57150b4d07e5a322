// A local set-up tool: it prompts in the terminal and serves nothing.
import * as prompts from "@clack/prompts";

// ok: unbounded-cache -- part of a command-line package, filled once per run
const answers: Record<string, string> = {};

export async function ask(question: string): Promise<void> {
  answers[question] = String(await prompts.text({ message: question }));
}
