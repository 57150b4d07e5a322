export interface SignedChallenge {
  id: string;
  signature: string;
}

export interface DeviceLabel {
  label: string;
}
