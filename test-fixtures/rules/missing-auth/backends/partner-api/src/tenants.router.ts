import express from "express";
import * as tenantsController from "./tenants.controller";
import { wrapControllers } from "./wrap-controllers";

const tenants = wrapControllers(tenantsController);
export const tenantsRouter = express.Router();

// ok: missing-auth -- the controller hands the request and response to partnerContext, which verifies the partner's token and refuses
tenantsRouter.delete("/tenants/:tenantId", tenantsController.removeTenant);

// ok: missing-auth -- the same controller function, reached through the member-for-member wrapper
tenantsRouter.post("/tenants/:tenantId/remove", tenants.removeTenant);

// expect: missing-auth
tenantsRouter.patch("/tenants/:tenantId", tenants.renameTenant);
