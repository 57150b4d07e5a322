import express from "express";
import * as tenantsController from "./tenants.controller";

export const tenantsRouter = express.Router();

// ok: missing-auth -- the controller hands the request and response to partnerContext, which verifies the partner's token and refuses
tenantsRouter.delete("/tenants/:tenantId", tenantsController.removeTenant);

// expect: missing-auth
tenantsRouter.patch("/tenants/:tenantId", tenantsController.renameTenant);
