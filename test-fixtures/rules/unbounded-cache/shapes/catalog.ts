// A catalog of the document shapes the API publishes. Each shape module declares its shapes at module level, so the
// catalog holds one entry per declaration written in the code. A test also declares shapes inside its cases; tests run
// in a process of their own, so what they add never reaches the server's catalog.
import express from "express";

const app = express();

export interface Shape {
  title: string;
  fields: string[];
}

// ok: unbounded-cache -- production declares shapes only while its modules load; the test's calls run elsewhere
const publishedShapes: Shape[] = [];

export function publishShape(shape: Shape): Shape {
  publishedShapes.push(shape);
  return shape;
}

export const allPublishedShapes = (): readonly Shape[] => publishedShapes;

// expect: unbounded-cache
const sampledShapes: Shape[] = [];

/** The export handler samples the shape of every document it serves: one entry per request. */
export function sampleShape(shape: Shape): void {
  sampledShapes.push(shape);
}

app.post("/export", (req, res) => {
  sampleShape({ title: String(req.body.title), fields: Object.keys(req.body) });
  res.sendStatus(202);
});

export const samples = (): readonly Shape[] => sampledShapes;
