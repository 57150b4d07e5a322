// The same write in the service itself is production code.
import { samples } from "./db";

export async function recordSample(value: number) {
  // expect: timestamp-id
  await samples.insertOne({ sampleId: `sample-${Date.now()}`, value });
}
