// Reads assumed present whose absence goes wrong without an error where they are used, and reads whose use handles it.
import express from "express";

const app = express();

// expect: unvalidated-env
const partnerApi = `${process.env.PARTNER_API_URL!}/v2/orders`;
// expect: unvalidated-env
const oauthCallback = (process.env.PUBLIC_ORIGIN as string) + "/oauth/callback";
// A const followed to its use: a missing key makes the comparison below `undefined !== undefined` for a request without the header.
// expect: unvalidated-env
const cronKey = process.env.CRON_KEY!;
// expect: unvalidated-env
const archiveBucket = process.env.ARCHIVE_BUCKET!;

app.post("/cron/rollup", (req, res) => {
  if (req.get("x-cron-key") !== cronKey) return res.status(401).end();
  return res.json({ partnerApi, oauthCallback, archive: `s3://${archiveBucket}/rollups` });
});

const replicaUrl = `${
  // ok: unvalidated-env -- the left read falls back on the right one
  process.env.REPLICA_DATABASE_URL! ||
  // expect: unvalidated-env
  process.env.PRIMARY_DATABASE_URL!
}?application_name=rollup`;

// ok: unvalidated-env -- only compared with a literal: a missing value is simply "not staging"
const deployStage = process.env.DEPLOY_STAGE as string;
export const isStaging = deployStage === "staging";

// ok: unvalidated-env -- every use is behind a presence test
const telemetryKey = process.env.TELEMETRY_KEY as string;
export const telemetry = telemetryKey ? { key: telemetryKey } : undefined;

export { app, replicaUrl };
