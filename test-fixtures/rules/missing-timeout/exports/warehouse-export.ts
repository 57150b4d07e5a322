// A nightly job that copies a warehouse export: the status check answers a small JSON document, the export itself is a
// body of hundreds of megabytes read chunk by chunk. An abort signal keeps counting while the body is read, so a
// 30-second request timeout on the export would cut every large export off mid-way. Both calls are reported, but only
// the status check gets the timeout applied; the export's timeout is offered for a person to size (findings.snap:
// "fix suggestion"; a fixture with a suggestion-only finding cannot have a .fixed snapshot).
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export async function copyExport(baseUrl: string, day: string, target: string): Promise<void> {
  // expect: missing-timeout
  const status = await fetch(`${baseUrl}/exports/${day}/status`);
  const { ready } = (await status.json()) as { ready: boolean };
  if (!ready) return;
  // expect: missing-timeout
  const response = await fetch(`${baseUrl}/exports/${day}`);
  if (!response.ok || !response.body) throw new Error(`export ${day} failed with ${response.status}`);
  await pipeline(Readable.fromWeb(response.body), createWriteStream(target));
}

export async function firstBytes(url: string): Promise<string> {
  // expect: missing-timeout
  const { body } = await fetch(url);
  const reader = body!.getReader();
  const { value } = await reader.read();
  return new TextDecoder().decode(value);
}
