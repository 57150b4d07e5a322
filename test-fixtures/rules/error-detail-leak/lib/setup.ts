// A stand-in for the setup form's database check.
export async function connectTo(connectionString: string): Promise<{ connected: boolean }> {
  return { connected: connectionString.length > 0 };
}

