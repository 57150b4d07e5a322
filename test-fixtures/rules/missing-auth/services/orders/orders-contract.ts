// A contract test that builds its own throwaway app to exercise the router: supertest marks it as test code, so its
// unguarded stub routes are not the product's routes.
import express from "express";
import request from "supertest";

const app = express();
app.use(express.json());
// ok: missing-auth -- a stub route inside a supertest contract test
app.post("/orders", (req, res) => res.status(201).json(req.body));

export async function createsAnOrder(): Promise<number> {
  const response = await request(app).post("/orders").send({ sku: "A-1" });
  return response.status;
}
