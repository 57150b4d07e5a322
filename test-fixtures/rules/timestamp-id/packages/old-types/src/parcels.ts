// A service that names no Node in engines but is type-checked against Node 13's declarations: they have neither a
// global crypto nor crypto.randomUUID, so the fix takes randomBytes from the crypto module.
interface Parcels {
  save(parcel: object): Promise<unknown>;
}

export async function registerParcel(parcels: Parcels, weight: number) {
  return parcels.save({
    // expect: timestamp-id
    parcelId: "parcel-" + Date.now(),
    weight,
  });
}
