import quotaHandler from "../../../../lib/quota/quota-handler";

// ok: missing-auth -- the shared handler checks the session at the head of each method it serves
export default quotaHandler;
