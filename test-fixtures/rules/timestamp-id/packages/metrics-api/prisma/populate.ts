// A bulk-loading script kept in Prisma's folder: it runs when executed (the call at the bottom), so it is tooling.
import { samples } from "../src/db";

async function populate(count: number) {
  for (let index = 0; index < count; index++) {
    // ok: timestamp-id -- development data from a one-shot script
    await samples.insertOne({ sampleId: `bulk-${Date.now()}`, value: index });
  }
}

populate(10_000).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
