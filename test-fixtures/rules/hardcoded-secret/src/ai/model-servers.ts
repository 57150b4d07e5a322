// Summaries come from whichever model server the operator configures; self-hosted ones accept any key.
import OpenAI from "openai";

export const localModel = new OpenAI({
  baseURL: process.env.LOCAL_MODEL_URL,
  // ok: hardcoded-secret -- the value says no key is wanted; it is sent to the model server, nothing here checks it
  apiKey: process.env.LOCAL_MODEL_API_KEY ?? "not-required",
});

export const hostedModel = new OpenAI({
  // expect: hardcoded-secret
  apiKey: process.env.HOSTED_MODEL_API_KEY ?? "relay-4417-summaries",
});

export const sign_in = {
  mastodon: {
    clientId: process.env.MASTODON_CLIENT_ID,
    // ok: hardcoded-secret -- an OAuth client secret is presented to the provider in the code exchange; a stand-in only fails there
    clientSecret: process.env.MASTODON_CLIENT_SECRET || "test",
  },
  // expect: hardcoded-secret
  cookieSecret: process.env.SIGN_IN_COOKIE_SECRET || "hunter2-cookie",
};

// The self-hosted vision server's client: its key variable defaults to the server's own name.
export const visionModel = new OpenAI({
  baseURL: process.env.VISION_LLAMA_URL,
  // ok: hardcoded-secret -- a word of the variable's own name, sent to the model server as a stand-in key
  apiKey: process.env.VISION_LLAMA_API_KEY || "llama",
});

// The same kind of value for a secret this server signs its own sessions with: no vendor stands behind it.
export const visionAdmin = {
  // expect: hardcoded-secret
  sessionSecret: process.env.VISION_PANEL_SESSION_SECRET || "panel",
};
