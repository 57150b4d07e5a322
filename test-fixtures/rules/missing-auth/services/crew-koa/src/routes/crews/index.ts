import type Router from "@koa/router";
import RecordRouter from "../../kit/record-router";
import memberRoutes from "./members";

type Setup = [parent: Router, options: { limit: number }];

// The parent arrives through a rest parameter and is forwarded with a spread to the role routes.
export default function crewRoutes(...args: Setup) {
  const [parent, { limit }] = args;
  const crews = new RecordRouter("crews");
  memberRoutes(crews, limit);
  roleRoutes(...args);
  parent.use(crews.routes());
}

function roleRoutes(...[parent]: Setup) {
  const roles = new RecordRouter("roles");
  // ok: missing-auth -- the roles router is mounted into the parent handed down from the guarded router
  roles.put("/:id/grants", async (ctx) => {
    await ctx.state.store.touch(ctx.path);
    ctx.status = 204;
  });
  parent.use(roles.routes());
}
