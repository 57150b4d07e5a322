// Request helpers of the portal: the server, a server-rendered page and client components each take their own.
export const readJson = async (url: string): Promise<unknown> => {
  // ok: missing-timeout -- only client components take this helper: it never runs on the server
  const response = await fetch(url, { credentials: "include" });
  return response.json();
};

export async function fetchEnrolments(learnerId: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`https://registry.example.com/learners/${learnerId}/enrolments`);
  return response.json();
}

export async function fetchSyllabus(courseId: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`https://catalog.example.com/v2/courses/${courseId}/syllabus`);
  return response.json();
}
