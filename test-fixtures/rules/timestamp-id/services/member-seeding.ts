declare const members: {
  create(row: { email: string; avatarUrl: string; handle: string }): Promise<void>;
};
declare const dishes: { create(row: { title: string; score: string; handle: string }): Promise<void> };
declare const plans: { create(row: { ownerId: string; billingPlanId: string; provider: string }): Promise<void> };

export async function addMember(email: string): Promise<void> {
  await members.create({
    email,
    // ok: timestamp-id -- one of 40 stock pictures, drawn at random: a pick that repeats by design, not an id
    avatarUrl: `https://avatars.example.net/stock/${Math.floor(Math.random() * 40) + 1}.png`,
    // expect: timestamp-id
    handle: `member-${Math.floor(Math.random() * 1e6)}`,
  });
}

export async function grantComplimentaryPlan(ownerId: string): Promise<void> {
  await plans.create({
    ownerId,
    // ok: timestamp-id -- the text says it is a stand-in for the id the billing provider would issue
    billingPlanId: "dummy_plan_" + Math.round(Math.random() * 1e12),
    provider: "manual",
  });
}

export async function importPlan(ownerId: string): Promise<void> {
  await plans.create({
    ownerId,
    // expect: timestamp-id
    billingPlanId: "plan_" + Math.round(Math.random() * 1e12),
    provider: "import",
  });
}

export async function addDish(title: string): Promise<void> {
  await dishes.create({
    title,
    // ok: timestamp-id -- a demo score between 3.0 and 4.0 kept to one decimal: one of ten values, not an id
    score: (3 + Math.random()).toFixed(1),
    // expect: timestamp-id
    handle: (Math.random() * 1e6).toFixed(3),
  });
}
