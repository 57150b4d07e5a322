// The A/B testing feature of the portal: production code, whatever its folder says.
export async function assignVariant(learnerId: string): Promise<string> {
  // expect: missing-timeout
  const response = await fetch(`https://experiments.example.com/assign?learner=${learnerId}`);
  return response.text();
}
