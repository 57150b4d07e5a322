// The package already reads TIDE_API_KEY here: a deployment of it sets that variable.
export const radarRegion = process.env.RADAR_REGION ?? "eu";
export const hasTides = Boolean(process.env.TIDE_API_KEY);
