import { Router } from "express";

// Keeps its router in a field and hands it out: the app decides where it is mounted and behind what.
class ProbeRoutes {
  constructor(controller) {
    this.router = Router();
    this.controller = controller;
    this.register();
  }

  register() {
    // ok: missing-auth -- mounted behind requireToken through getRouter() in app.js
    this.router.post("/", this.controller.create);
    // ok: missing-auth -- the same mount covers every route on the field's router
    this.router.delete("/:id", this.controller.remove);
  }

  getRouter() {
    return this.router;
  }
}

export default ProbeRoutes;
