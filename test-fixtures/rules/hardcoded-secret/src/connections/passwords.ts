// Clients configured with passwords: short ones count when the parameter says it is a password.
import * as http from "node:http";
import axios from "axios";
import nodemailer from "nodemailer";
import { Pool } from "pg";
import { S3Client } from "@aws-sdk/client-s3";

export const reports = new Pool({
  host: "reports.db.internal",
  user: "reporter",
  // expect: hardcoded-secret
  password: "Tulip-42x",
});

export const mailer = nodemailer.createTransport({
  host: "smtp.mailhost.io",
  // expect: hardcoded-secret
  auth: { user: "alerts", pass: "q7Lm2Wk9" },
});

export function fetchStatus(): http.ClientRequest {
  // expect: hardcoded-secret
  return http.request({ host: "status.partner.io", path: "/v1", auth: "monitor:Zr8Kp3Vw" });
}

export const archive = new S3Client({
  region: "eu-west-1",
  // expect: hardcoded-secret
  credentials: { accessKeyId: process.env.ARCHIVE_KEY_ID!, secretAccessKey: "shortButReal9" },
});

export async function callPartner(): Promise<unknown> {
  // expect: hardcoded-secret
  return axios.get("https://partner.io/api", { auth: { username: "acme", password: "Pl4net-Nine" } });
}

// ok: hardcoded-secret -- a local development database: the docker-compose default opens nothing
export const local = new Pool({ host: "localhost", user: "postgres", password: "postgres-dev" });

// ok: hardcoded-secret -- read from the environment
export const primary = new Pool({ host: "primary.db.internal", password: process.env.PG_PASSWORD });

export async function signUp(): Promise<unknown> {
  // ok: hardcoded-secret -- a request body the client sends, not the client's own credential
  return axios.post("https://partner.io/api/users", { email: "new@partner.io", password: "Chosen-by-user1" });
}

export function openWith(password: string): Pool {
  // ok: hardcoded-secret -- a stand-in, not a password
  const fallback = new Pool({ host: "replica.db.internal", password: "password" });
  return password ? new Pool({ host: "replica.db.internal", password }) : fallback;
}

/** The development database's settings: each default belongs to a database on this machine. */
export function devDatabaseOptions(): { host: string; user: string; password: string } {
  return {
    host: process.env.DEV_DB_HOST || "localhost",
    user: process.env.DEV_DB_USER || "shop",
    // ok: hardcoded-secret -- the local database's default password, beside a host that defaults to this machine
    password: process.env.DEV_DB_PASSWORD || "password",
  };
}

/** A shared database's settings: the fallback password would be tried against a remote server. */
export function reportingDatabaseOptions(): { host: string; password: string } {
  return {
    host: process.env.REPORTING_DB_HOST || "reports.db.internal",
    // expect: hardcoded-secret
    password: process.env.REPORTING_DB_PASSWORD || "reporting-default",
  };
}

/** The object store's settings: with no endpoint set the client talks to a store on this machine. */
export function assetStoreOptions(): { endPoint: string; accessKey: string; secretKey: string } {
  return {
    endPoint: process.env.ASSET_STORE_ENDPOINT || "localhost",
    accessKey: process.env.ASSET_STORE_ACCESS_KEY || "assetsadmin",
    // ok: hardcoded-secret -- the local object store's default credential, beside an endpoint that defaults to this machine
    secretKey: process.env.ASSET_STORE_SECRET_KEY || "assetsadmin",
  };
}

/** A remote object store: its default credential would be tried against a shared server. */
export function archiveStoreOptions(): { endPoint: string; secretKey: string } {
  return {
    endPoint: process.env.ARCHIVE_STORE_ENDPOINT || "archive.store.internal",
    // expect: hardcoded-secret
    secretKey: process.env.ARCHIVE_STORE_SECRET_KEY || "archiveadmin",
  };
}
