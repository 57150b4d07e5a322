// The desktop shell is a Tauri app: its package never serves a request, so its code runs on the user's machine.
import { invoke } from "@tauri-apps/api/core";

export async function callNative(command: string, payload: unknown): Promise<unknown> {
  // ok: timestamp-id -- correlates a reply inside one desktop process; browser-side code gets no server rules
  const message = { id: Date.now(), command, payload };
  return invoke("relay", message);
}
