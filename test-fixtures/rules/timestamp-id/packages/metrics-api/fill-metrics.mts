// Fills a developer's database with sample metrics: the package's `db:seed:metrics` script runs this file, which
// makes it tooling although nothing in its name or folder says so.
import { samples } from "./src/db.js";

for (let index = 0; index < 100; index++) {
  // ok: timestamp-id -- a seed command's sample rows
  await samples.insertOne({ sampleId: `sample-${Date.now()}`, value: index });
}
