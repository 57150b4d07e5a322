/** Checks the scheduler's signature over a job call's raw body; answers false for anything it did not sign. */
export interface JobSignatureCheck {
  verify(input: { signature: string; body: string }): Promise<boolean>;
}

export declare const jobSignatures: JobSignatureCheck;
