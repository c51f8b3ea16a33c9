/**
 * `npm run bench:hostile`: does the API stay responsive while it is being hammered? Starts the built
 * API (PGlite, as `npm start` runs it), measures /healthz and a plain query idle, then again while
 * clients send (a) 400 aliased compares over and over (refused up front) and (b) the heaviest
 * requests the limits allow (10 aliased 6-company compares, with their lists). Prints latencies and
 * the under-load / idle ratio (the yardstick: 1 = unaffected). BENCH_DURATION sets the seconds of load.
 */
import { startApiProcess } from "../support/api-process";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const SLUGS = `["meta", "openai", "google", "mistral", "anthropic", "deepseek"]`;
const HEAVY = `{ ${Array.from({ length: 10 }, (_, i) => `c${i}: compare(slugs: ${SLUGS}) { asOf companies { company { slug name } models { model { slug name } status } keyPeople { title } moneyFigures { value unit } capexGuidance { value unit } recentEvents { title type } eventCounts { type count } } talentFlows { person { slug } } }`).join(" ")} }`;
const FLOOD = `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: compare(slugs: ["meta", "openai", "google", "mistral"]) { asOf }`).join(" ")} }`;
const PLAIN = `{ company(slug: "meta") { name } }`;

const post = (url: string, query: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });

async function timed(work: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await work();
  await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return performance.now() - started;
}

function stats(samples: number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: Math.round(at(0.5)), p95: Math.round(at(0.95)), max: Math.round(sorted[sorted.length - 1]), n: sorted.length };
}

async function sample(url: string, baseUrl: string, seconds: number) {
  const health: number[] = [];
  const plain: number[] = [];
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    health.push(await timed(() => fetch(`${baseUrl}/healthz`)));
    plain.push(await timed(() => post(url, PLAIN)));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { health: stats(health), plain: stats(plain) };
}

async function main() {
  // No response cache: the same heavy request over and over would otherwise be answered from memory.
  const api = await startApiProcess({ env: { RATE_LIMIT_ENABLED: "0", LOG_LEVEL: "warn", RESPONSE_CACHE_MB: "0" } });
  try {
    const idle = await sample(api.url, api.baseUrl, 3);
    const heavyCost = (await (await post(api.url, HEAVY)).json()) as { extensions?: { cost?: { requestedQueryCost: number } }; errors?: unknown[] };
    if (heavyCost.errors) throw new Error(`the heavy request is refused: ${JSON.stringify(heavyCost.errors).slice(0, 300)}`);
    /** Runs `clients` loops of `query` while sampling; returns the samples and how many requests each outcome had. */
    const under = async (query: string, clients: number) => {
      let running = true;
      const outcomes = new Map<string, number>();
      const load = Array.from({ length: clients }, async () => {
        while (running) {
          const body = (await (await post(api.url, query)).json()) as { errors?: { extensions?: { code?: string } }[] };
          const outcome = body.errors?.[0]?.extensions?.code ?? "answered";
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }
      });
      const samples = await sample(api.url, api.baseUrl, DURATION_S);
      running = false;
      await Promise.all(load);
      return { samples, outcomes: [...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(", ") };
    };
    const flood = await under(FLOOD, 3);
    const heavy = await under(HEAVY, 3);
    const ratio = (a: number, b: number) => (a / Math.max(b, 1)).toFixed(1);
    const row = (name: string, base: ReturnType<typeof stats>, loaded: ReturnType<typeof stats>) =>
      console.log(`${name.padEnd(34)}${`${base.p50}/${base.p95}/${base.max}`.padEnd(20)}${`${loaded.p50}/${loaded.p95}/${loaded.max}`.padEnd(22)}${ratio(loaded.p95, base.p95)}`);
    console.log(`flood: 3 clients sending 400 aliased compares for ${DURATION_S} s: ${flood.outcomes}`);
    console.log(`heavy: 3 clients sending 10 aliased 6-company compares (cost ${heavyCost.extensions?.cost?.requestedQueryCost}) for ${DURATION_S} s: ${heavy.outcomes}`);
    console.log(`${"".padEnd(34)}${"idle p50/p95/max".padEnd(20)}${"loaded p50/p95/max".padEnd(22)}ratio (p95)`);
    row("/healthz during the flood", idle.health, flood.samples.health);
    row("plain query during the flood", idle.plain, flood.samples.plain);
    row("/healthz during heavy requests", idle.health, heavy.samples.health);
    row("plain query during heavy requests", idle.plain, heavy.samples.plain);
    console.log("(milliseconds)");
  } finally {
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
