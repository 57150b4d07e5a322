// Startup logs of the signing settings: the masked forms only.
const MaskData = require("maskdata");
const pino = require("pino");
const logger = pino();

const signingSecret = process.env.SIGNING_SECRET;
const keepEnds = { maskWith: "*", unmaskedStartDigits: 2, unmaskedEndDigits: 2 };

function hideAll(value) {
  return `${value.slice(0, 2)}…`;
}

var maskedSigningSecret = MaskData.maskPhone(signingSecret, keepEnds);
const shortSigningSecret = hideAll(signingSecret);
const signingSecretCopy = String(signingSecret);

// ok: sensitive-data-logged -- the name holds maskdata's masked copy
logger.info("signing secret: " + maskedSigningSecret);
// ok: sensitive-data-logged -- the name holds what a masking function of the file answers
logger.info(`signing secret: ${shortSigningSecret}`);
// A copy is the secret itself.
// expect: sensitive-data-logged
logger.info("signing secret: " + signingSecretCopy);
