import express from "express";
import { store } from "./store";

declare function configuredLocale(): string;
declare function hasText(value: string | undefined): boolean;

const display = express();
const shownNotices = new Map<string, string>();

// ok: missing-auth -- POST by the client's habit, but it reads nothing sent and only says which sign-in the kiosk shows
display.post("/display-mode", async (req, res) => {
  try {
    const pinRequired = hasText(process.env.KIOSK_PIN);
    res.send({ state: "ready", data: { pinRequired, locale: configuredLocale() } });
  } catch (failure) {
    res.send({ state: "broken", data: null });
  }
});

// expect: missing-auth
display.post("/display-mode/reset", async (req, res) => {
  res.send({ id: await store.save("display", { mode: "default" }) });
});

// expect: missing-auth
display.post("/display-mode/clear", (req, res) => {
  shownNotices.clear();
  res.send({ state: "cleared" });
});

display.listen(4100);
