import express from "express";
import { ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";

const queue = new SQSClient({});

// expect: missing-security-headers
const panel = express();
panel.get("/", async (_req, res) => {
  const { Messages = [] } = await queue.send(new ReceiveMessageCommand({ QueueUrl: process.env.WORK_QUEUE_URL }));
  // Express sends a string as text/html: this is a page.
  res.send(`<ul>${Messages.map((message) => `<li>${message.MessageId}</li>`).join("")}</ul>`);
});
panel.listen(4101);
