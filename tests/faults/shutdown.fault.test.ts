import { existsSync } from "node:fs";
import net from "node:net";
import WebSocket from "ws";
import { acceptsConnections, startApiProcess, type ApiProcess } from "../support/api-process";

/** Sends an HTTP request in two halves, so that it is in flight (its body half read) for as long as we like. */
function halfSentRequest(port: number, body: string): { finish(): void; response: Promise<{ status: number; body: string }> } {
  const socket = net.connect(port, "127.0.0.1");
  const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
  const half = Math.floor(body.length / 2);
  socket.write(head + body.slice(0, half));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    let raw = "";
    socket.on("data", (chunk) => (raw += chunk.toString()));
    socket.on("error", reject);
    socket.on("close", () => {
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(raw)?.[1] ?? 0);
      const text = raw.slice(raw.indexOf("\r\n\r\n") + 4);
      // Chunked encoding: the JSON sits between the chunk sizes.
      resolve({ status, body: text.includes("{") ? text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1) : text });
    });
  });
  return { finish: () => socket.write(body.slice(half)), response };
}

describe("graceful shutdown on SIGTERM", () => {
  let api: ApiProcess;
  beforeAll(async () => {
    // More API processes asked for than PGlite allows: it says so, and runs one.
    api = await startApiProcess({ roles: ["reader"], env: { API_WORKERS: "3" } });
  });
  afterAll(() => api.stop());

  it("stops accepting, finishes the request in flight, closes subscriptions with 1001, releases the PGlite lock and exits 0 (one process, though API_WORKERS=3)", async () => {
    const port = Number(new URL(api.baseUrl).port);
    expect(existsSync(`${api.pgliteDir}.lock`)).toBe(true);

    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${api.keys.reader}` } })));
      socket.on("message", (data) => {
        const message = JSON.parse((data as Buffer).toString());
        if (message.type === "connection_ack") {
          socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { eventReported { id } }" } }));
          resolve();
        }
      });
      socket.once("error", reject);
    });

    const request = halfSentRequest(port, JSON.stringify({ query: `{ company(slug: "meta") { name } }` }));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the server has the headers and half the body
    api.signal("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await acceptsConnections(port)).toBe(false); // no new connections
    expect(await closed).toBe(1001); // subscriptions told "going away"

    request.finish();
    const response = await request.response;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ data: { company: { name: "Meta" } } });

    expect(await api.exited).toBe(0);
    expect(existsSync(`${api.pgliteDir}.lock`)).toBe(false);
    expect(api.log()).toMatch(/shutting down/);
    expect(api.log()).toMatch(/"msg":"stopped"/);
    expect(api.log().match(/API_WORKERS=3 ignored: the embedded PGlite database runs in one process/g)).toHaveLength(1);
    expect(api.log()).not.toMatch(/"worker":/);
  });
});
