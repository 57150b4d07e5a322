export const env = {
  STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY ?? "",
  OPENWEATHER_KEY: process.env.OPENWEATHER_KEY ?? "",
};
