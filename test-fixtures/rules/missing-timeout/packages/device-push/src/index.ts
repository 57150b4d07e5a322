// A Capacitor plugin: its JavaScript runs inside the mobile app's web view on the device, never on a server.
import { registerPlugin } from "@capacitor/core";

interface DevicePush {
  token(): Promise<{ value: string }>;
}

const native = registerPlugin<DevicePush>("DevicePush");

export async function subscribeDevice(endpoint: string, topic: string): Promise<boolean> {
  const { value } = await native.token();
  // ok: missing-timeout -- device code: the app's user closes the screen, no server request is held open
  const response = await fetch(`${endpoint}/subscribe`, { method: "POST", body: JSON.stringify({ token: value, topic }) });
  return response.ok;
}
