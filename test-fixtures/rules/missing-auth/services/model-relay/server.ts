import express from "express";
import { chatRelay, embeddingsRelay, imageRelay, meteredImageRelay } from "./relays";

const app = express();
app.use(express.json({ limit: "256kb" }));

// The four relays differ by name but are all built by makeRelayHandler: one unknown, reported once on the first.
// expect: missing-auth
app.post("/relay/:tenant/chat", chatRelay());
// ok: missing-auth -- same builder as the chat relay above, whose finding speaks for it
app.post("/relay/:tenant/chat/stream", chatRelay());
// ok: missing-auth -- same builder as the chat relay above
app.post("/relay/:tenant/embeddings", embeddingsRelay());
// ok: missing-auth -- same builder as the chat relay above
app.post("/relay/:tenant/images", imageRelay());
// expect: missing-auth
app.post("/relay/:tenant/images/metered", meteredImageRelay());

app.listen(3044);
