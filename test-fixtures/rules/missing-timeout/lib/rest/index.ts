// The client as one object, as its users name it: `Rest.readShare(id)`.
import * as Rest from "./modules/calls";

export { Rest };
