import billingRouter from "./billing";
import membersRouter from "./members";

export default { billingRouter, membersRouter };
