/** One GraphQL POST over fetch, for the checks and the sequential statement counts (not for load). */

export interface Answer {
  readonly status: number;
  readonly text: string;
}

export async function post(port: number, body: string): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** Posts `body` and fails unless the answer is a 200 without GraphQL errors. */
export async function postOk(port: number, body: string, what: string): Promise<Answer> {
  const answer = await post(port, body);
  if (answer.status !== 200 || answer.text.includes('"errors"')) {
    throw new Error(`${what}: HTTP ${answer.status}: ${answer.text.slice(0, 500)}`);
  }
  return answer;
}
