import express from "express";
import Ajv from "ajv";
import { celebrate, Joi, Segments } from "celebrate";
import { body, validationResult } from "express-validator";
import { plainToInstance } from "class-transformer";
import { validateOrReject } from "class-validator";
import { assert, object, string } from "superstruct";
import Stripe from "stripe";
import * as yup from "yup";
import { z } from "zod";
import { db } from "../lib/db";
import { parseBody, validate } from "../lib/validate";
import { assertValidPayload } from "../lib/payloads";
import { CreateNoteDto } from "../lib/notes";

const app = express();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const ajv = new Ajv();

const createInvoiceBody = z.object({ customerId: z.string(), amountCents: z.number().int() }).strict();
const createTicketSchema = z.object({ subject: z.string(), body: z.string() }).strict();
const signupStruct = object({ email: string(), password: string() });
const addressSchema = yup.object({ street: yup.string().required(), city: yup.string().required() });
const validateWebhookEvent = ajv.compile({ type: "object", properties: { type: { type: "string" } }, required: ["type"] });

// ok: missing-input-validation -- zod parse first, the parsed value is used
app.post("/invoices", async (req, res) => {
  const input = createInvoiceBody.parse(req.body);
  res.status(201).json(await db.invoice.create({ data: input }));
});

// ok: missing-input-validation -- the body is held in a variable that goes through safeParse
app.post("/invoices/drafts", async (req, res) => {
  const payload = req.body;
  const result = createInvoiceBody.safeParse(payload);
  if (!result.success) return res.status(400).json({ error: result.error.flatten() });
  res.status(201).json(await db.invoiceDraft.create({ data: result.data }));
});

// ok: missing-input-validation -- the project's validate(schema) middleware checks the body
app.post("/tickets", validate(createTicketSchema), async (req, res) => {
  res.status(201).json(await db.ticket.create({ data: { subject: req.body.subject, body: req.body.body } }));
});

// ok: missing-input-validation -- a project helper that parses the request with a schema
app.put("/tickets/:id", async (req, res) => {
  const input = parseBody(req, createTicketSchema);
  res.json(await db.ticket.update({ where: { id: req.params.id }, data: input }));
});

// ok: missing-input-validation -- celebrate/Joi middleware in the chain
app.post("/comments", celebrate({ [Segments.BODY]: Joi.object({ text: Joi.string().max(2000).required() }) }), async (req, res) => {
  res.status(201).json(await db.comment.create({ data: { text: req.body.text } }));
});

// ok: missing-input-validation -- express-validator chains plus validationResult(req)
app.post("/newsletter", body("email").isEmail(), async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  res.status(201).json(await db.subscriber.create({ data: { email: req.body.email } }));
});

// ok: missing-input-validation -- Joi's schema.validate returns the checked value
app.post("/feedback", async (req, res) => {
  const { error, value } = Joi.object({ rating: Joi.number().min(1).max(5) }).validate(req.body);
  if (error) return res.status(400).json({ error: error.message });
  res.status(201).json(await db.feedback.create({ data: value }));
});

// ok: missing-input-validation -- yup validate
app.patch("/addresses/:id", async (req, res) => {
  const address = await addressSchema.validate(req.body, { stripUnknown: true });
  res.json(await db.address.update({ where: { id: req.params.id }, data: address }));
});

// ok: missing-input-validation -- a compiled ajv validator
app.post("/hooks/events", async (req, res) => {
  if (!validateWebhookEvent(req.body)) return res.status(400).json({ errors: validateWebhookEvent.errors });
  await db.event.create({ data: { type: req.body.type } });
  res.sendStatus(204);
});

// ok: missing-input-validation -- superstruct assert throws on a bad shape
app.post("/signup", async (req, res) => {
  assert(req.body, signupStruct);
  res.status(201).json(await db.user.create({ data: { email: req.body.email, passwordHash: await hash(req.body.password) } }));
});

// ok: missing-input-validation -- class-validator on a class-transformer instance
app.post("/notes", async (req, res) => {
  const note = plainToInstance(CreateNoteDto, req.body);
  await validateOrReject(note);
  res.status(201).json(await db.note.create({ data: note }));
});

// ok: missing-input-validation -- a validator named in harden.config.json `validators`
app.post("/imports", async (req, res) => {
  const payload = assertValidPayload(req.body);
  res.status(202).json(await db.importJob.create({ data: payload }));
});

// ok: missing-input-validation -- Stripe verifies the signed payload
app.post("/stripe/webhook", express.raw({ type: "application/json" }), async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  await db.stripeEvent.create({ data: { id: event.id, type: event.type } });
  res.sendStatus(204);
});

// ok: missing-input-validation -- a presence check before the parse uses nothing from the body
app.post("/invoices/bulk", async (req, res) => {
  if (!req.body || typeof req.body !== "object") return res.status(400).json({ error: "JSON body required" });
  const input = createInvoiceBody.array().max(100).parse(req.body);
  res.status(201).json(await db.invoice.createMany({ data: input }));
});

// ok: missing-input-validation -- headers are read for tracing, not flagged
app.post("/ping", async (req, res) => {
  res.json({ requestId: req.headers["x-request-id"] ?? null });
});

async function hash(password: string): Promise<string> {
  return password;
}

export default app;
