// Keys of the forecast upstreams. Moving a key to the environment makes the service refuse to start without it, so
// the fix applies only under a name a deployment already sets: one the package's .env.example gives a value, or one
// its code reads elsewhere. A name the fix would invent is only offered: no install sets it yet.
import { radarRegion } from "./regions";

// Given a value in .env.example: every install sets it.
// expect: hardcoded-secret
const forecastApiKey = "fc_Vb7Qm2Xr9Tn4Lw6Pz8Hk3Jd5Sg1Ya0Ce";

// Listed in .env.example but left empty there: an install configured from it has no value, so this one is offered.
// expect: hardcoded-secret
const pollenApiKey = "pl_Rt5Wy8Nq2Kz6Hm9Xc3Vb7Lp4Df1Gs0Aj";

// A key bundled with the service on purpose, under a name nothing sets: moving it would stop every install.
// expect: hardcoded-secret
const lightningApiKey = "lm_Hq4Zt9Wc2Nx7Kb5Rv1Ys8Pf3Ld6Mg0Ej";

export async function lightningTiles(zoom: number): Promise<unknown> {
  const response = await fetch(`https://lightning.example.com/tiles/${zoom}`, { headers: { "x-api-key": lightningApiKey } });
  return response.json();
}

export async function forecastFor(city: string): Promise<unknown> {
  const response = await fetch(`https://forecast.example.com/v2/${city}?key=${forecastApiKey}&region=${radarRegion}`);
  return response.json();
}

export async function pollenFor(city: string): Promise<unknown> {
  const response = await fetch(`https://pollen.example.com/${city}`, { headers: { "x-api-key": pollenApiKey } });
  return response.json();
}
