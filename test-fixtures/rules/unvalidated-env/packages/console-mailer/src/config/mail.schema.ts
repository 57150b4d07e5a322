import Joi from "joi";

// One feature's part of the environment schema, spread into the app's schema by the config module.
export const mailEnvKeys = {
  SMTP_HOST: Joi.string().hostname().required(),
  SMTP_PASSWORD: Joi.string().required(),
};
