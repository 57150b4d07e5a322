// Opens issues in the support repository and posts to the on-call Slack channel.
import { WebClient } from "@slack/web-api";

// ok: hardcoded-secret -- a public API URL
const githubApiUrl = "https://api.github.com";

export async function openSupportIssue(title: string, body: string): Promise<void> {
  await fetch(`${githubApiUrl}/repos/acme/support/issues`, {
    method: "POST",
    headers: {
      // expect: hardcoded-secret
      Authorization: "Bearer ghp_HQRy1Xc9734xoJZAvpl34uIji6YWpg1mmboS",
      Accept: "application/vnd.github+json",
    },
    body: JSON.stringify({ title, body }),
    signal: AbortSignal.timeout(10_000),
  });
}

// expect: hardcoded-secret
const slack = new WebClient("xoxb-768764807981-8955646580643-b9smT26TUgw2c3HXLIYVD4Yb");

export async function pageOnCall(text: string): Promise<void> {
  await slack.chat.postMessage({ channel: "#on-call", text });
}
