// A replication endpoint: the body is raw bytes of the sync protocol, decoded by the message class protoc generated.
import express, { Router } from "express";
import { ReplicaPush } from "./proto/replica_pb";
import { db } from "../lib/db";

export const replicaRouter = Router();
replicaRouter.use(express.raw({ type: "application/x-replica" }));

replicaRouter.post("/replica/push", async (req, res) => {
  // ok: missing-input-validation -- the generated class decodes the bytes against the message schema; its getters are typed
  const push = ReplicaPush.deserializeBinary(req.body);
  await db.change.create({ data: { replicaId: push.getReplicaid(), payload: push.getPayload_asB64() } });
  res.sendStatus(204);
});

replicaRouter.post("/replica/rename", async (req, res) => {
  // expect: missing-input-validation
  await db.replica.update({ where: { id: req.body.id }, data: { label: req.body.label } });
  res.sendStatus(204);
});
