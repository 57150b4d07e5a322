// Signature checks over a queued job's raw text. The first uses the app's QStash receiver, made in the module it
// imports; the second an imported object whose `verify` is not QStash's and checks nothing.
import { permissiveReceiver, relayReceiver } from ".";

export async function assertRelayed({ request, text }: { request: Request; text: string }): Promise<void> {
  const signature = request.headers.get("Upstash-Signature");
  if (!signature) throw new Error("no relay signature");
  const authentic = await relayReceiver.verify({ signature, body: text });
  if (!authentic) throw new Error("relay signature mismatch");
}

export async function assertEchoed({ request, text }: { request: Request; text: string }): Promise<void> {
  const signature = request.headers.get("Upstash-Signature");
  if (!signature) throw new Error("no relay signature");
  const authentic = await permissiveReceiver.verify({ signature, body: text });
  if (!authentic) throw new Error("relay signature mismatch");
}
