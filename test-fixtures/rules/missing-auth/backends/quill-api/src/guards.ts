// Both guards of the app live on one object: `required` refuses a request without a valid token, `optional` only
// reads one when it is sent (express-jwt's credentialsRequired: false lets everyone through).
import { expressjwt } from "express-jwt";

const signingKey = process.env.TOKEN_SIGNING_KEY as string;

const guards = {
  required: expressjwt({ secret: signingKey, algorithms: ["HS256"] }),
  optional: expressjwt({ secret: signingKey, algorithms: ["HS256"], credentialsRequired: false }),
};

export default guards;
