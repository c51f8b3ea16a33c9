import type { Contender } from "./contenders/contender";
import { answerData, canonical, differences, formatDifferences, UNORDERED } from "./normalise";
import type { BenchRequest } from "./requests";

export async function post(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
}

/**
 * Before any timing: every contender's answer to every request, in canonical form, must equal the
 * reference's (Orchard's) field by field. Returns the failures as readable text (empty when all agree).
 */
export async function checkSameAnswers(reference: Contender, others: Contender[], requests: BenchRequest[]): Promise<string[]> {
  const failures: string[] = [];
  for (const request of requests) {
    const unordered = UNORDERED[request.name] ?? {};
    let expected;
    try {
      expected = canonical(answerData(await post(reference.server.url, reference.body(request)), reference.name), unordered);
    } catch (error) {
      failures.push(`${request.label}: ${(error as Error).message}`);
      continue;
    }
    for (const contender of others) {
      try {
        const data = answerData(await post(contender.server.url, contender.body(request)), contender.name);
        const actual = canonical(contender.toOrchardShape(data, request), unordered);
        const found = differences(expected, actual);
        if (found.length)
          failures.push(
            `${request.label}: ${contender.name} differs from ${reference.name} in ${found.length} field(s)\n` +
              formatDifferences(found, { expected: reference.name, actual: contender.name }),
          );
      } catch (error) {
        failures.push(`${request.label}: ${(error as Error).message}`);
      }
    }
  }
  return failures;
}
