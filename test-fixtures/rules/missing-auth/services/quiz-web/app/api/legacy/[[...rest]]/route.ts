import { QuizDispatcher } from "../../../../lib/dispatcher";

const dispatcher = new QuizDispatcher();

async function serve(request: Request) {
  return dispatcher.handle(request);
}

// expect: missing-auth
export const POST = serve;
