// A route module of the public API: "public" names who may call it, not a folder of static files.
export async function listCourses() {
  // expect: missing-timeout
  const response = await fetch("https://catalog.example.com/v2/courses");
  return response.json();
}
