// A client whose options type asks for a string key. The package reads TIDE_API_KEY elsewhere (regions.ts), so a
// deployment sets it: the key moves there, as a read that refuses a missing value and so still gives a string.
interface TideClientOptions {
  apiKey: string;
  harbour: string;
}

class TideClient {
  constructor(readonly options: TideClientOptions) {}
}

const tideOptions: TideClientOptions = {
  // expect: hardcoded-secret
  apiKey: process.env.TIDE_API_KEY || (() => { throw new Error("TIDE_API_KEY is not set"); })(),
  harbour: "north",
};

export const tides = new TideClient(tideOptions);
