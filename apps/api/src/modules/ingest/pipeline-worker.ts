import { parentPort } from "node:worker_threads";
import { analyzeDocument } from "@orchard/pipeline";
import { compileLinkingIndex, type LinkingIndex } from "./alias-matcher";
import type { PipelineReply, PipelineRequest } from "./pipeline-pool";

/**
 * A pipeline worker thread: compiles its own linking index from the aliases it is sent (compiled
 * objects cannot cross threads), then analyzes documents with it, one message each.
 */
let index: LinkingIndex | undefined;

parentPort?.on("message", (request: PipelineRequest) => {
  if (request.kind === "index") {
    index = compileLinkingIndex(request.inputs);
    return;
  }
  let reply: PipelineReply;
  try {
    if (!index) throw new Error("the pipeline worker was sent a document before its linking index");
    const analysis = analyzeDocument({ ...request.document, matcher: index.matcher, transliterations: index.transliterations, entityKinds: index.entityKinds });
    reply = { id: request.id, ok: true, analysis };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
