// Example payloads shown in the dashboard's "send a test event" picker, written after the vendors' documentation.

interface SampleEvent {
  vendor: string;
  event: string;
  body: Record<string, unknown>;
}

export const sampleEvents: SampleEvent[] = [
  {
    vendor: "chat",
    event: "message_posted",
    body: {
      // ok: hardcoded-secret -- the documentation's example verification token inside a sample payload
      token: "Qm7ZrT2vXk9LpW4sNc8YhB3d",
      channel: "C01EXAMPLE",
      message: { text: "hello", thread: { reply_token: "aN4kR8vQ2mX7pL5tW9zC3bYe" } },
    },
  },
  {
    vendor: "chat",
    event: "bot_installed",
    body: {
      // expect: hardcoded-secret
      bot_token: "xoxb-413572046901-6083921748852-Kq3PzR8mWv2NcX7tLb5YhJ4a",
    },
  },
];

// Not sample data: live settings nested the same way.
export const vendorSettings = {
  chat: {
    // expect: hardcoded-secret
    apiToken: "Rk5Xw9Tq2Lm7Vp4Zc8Nb3Hs6",
  },
};
