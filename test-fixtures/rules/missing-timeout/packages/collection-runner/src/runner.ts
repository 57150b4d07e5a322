// Part of a command-line package with no server in it: tooling, not a served process.
export async function runCollection(file: string): Promise<number> {
  // ok: missing-timeout -- the package is a command-line tool; whoever runs it sees the wait and can stop it
  const response = await fetch(`https://collections.example.com/${file}`);
  return response.status;
}
