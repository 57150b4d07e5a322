import { ChildControllers, ClassMiddleware, Controller } from "@overnightjs/core";
import { requireMember } from "../middleware/signed-in";
import { Subscribers } from "./subscribers";

// Overnight mounts each child's router on this one: under "admin", behind this class's middleware.
@Controller("admin")
@ClassMiddleware([requireMember])
@ChildControllers([new Subscribers()])
export class Admin {}
