// A page without "use client": a server component, rendered on the server for each request.
import { fetchSyllabus } from "../../lib/requests";

export default async function CoursePage({ params }: { params: { id: string } }) {
  const syllabus = await fetchSyllabus(params.id);
  return <pre>{JSON.stringify(syllabus)}</pre>;
}
