// A short random suffix that the code keeps redrawing until no stored team has the handle cannot collide: the
// lookup in the retry loop is the uniqueness check. The same suffix stored without any lookup still collides.
declare const db: {
  team: {
    findUnique(query: { where: { handle: string } }): Promise<{ id: string } | null>;
    create(query: { data: { handle: string; title: string } }): Promise<{ id: string }>;
  };
  project: {
    create(query: { data: { handle: string; title: string } }): Promise<{ id: string }>;
  };
};

function shortSuffix(): string {
  // ok: timestamp-id -- every candidate handle is looked up and redrawn while a team already has it
  return Math.random().toString(36).slice(2, 7);
}

async function freeHandle(base: string): Promise<string> {
  let candidate = base;
  let taken = await db.team.findUnique({ where: { handle: candidate } });
  let tries = 0;
  while (taken && tries < 5) {
    candidate = `${base}-${shortSuffix()}`;
    taken = await db.team.findUnique({ where: { handle: candidate } });
    tries++;
  }
  return candidate;
}

export async function createTeam(title: string): Promise<string> {
  const team = await db.team.create({ data: { handle: await freeHandle(title.toLowerCase()), title } });
  return team.id;
}

export async function createProject(title: string): Promise<string> {
  // expect: timestamp-id
  const handle = `${title.toLowerCase()}-${Math.random().toString(36).slice(2, 7)}`;
  const project = await db.project.create({ data: { handle, title } });
  return project.id;
}
