import { Router } from "express";

class ReportRoutes {
  constructor(controller) {
    this.router = Router();
    // expect: missing-auth
    this.router.post("/", controller.submit);
  }

  getRouter() {
    return this.router;
  }
}

export default ReportRoutes;
