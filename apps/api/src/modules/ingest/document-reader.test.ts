import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expandPaths, readDocuments } from "./document-reader";

describe("reading documents from disk", () => {
  let dir: string;
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "orchard-reader-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads text and HTML files as one document each", () => {
    expect(readDocuments(write("a.txt", "Meta hires."))).toEqual([{ origin: expect.stringMatching(/a\.txt$/), document: { text: "Meta hires.", format: "text", title: null } }]);
    expect(readDocuments(write("b.html", "<p>Meta</p>"))[0]).toMatchObject({ document: { format: "html" } });
  });

  it("reads NDJSON line by line and names the line of each bad record", () => {
    const file = write("feed.ndjson", ['{"text":"Meta hires.","url":"u1"}', "{not json", "", '{"title":"no text"}', '{"text":"<p>HTML</p>"}'].join("\n"));
    const results = readDocuments(file);
    expect(results).toHaveLength(4);
    expect(results[0]).toEqual({ origin: `${file}:1`, document: { text: "Meta hires.", url: "u1", format: "text" } });
    expect(results[1]).toEqual({ origin: `${file}:2`, error: expect.stringMatching(/^invalid JSON/) });
    expect(results[2]).toEqual({ origin: `${file}:4`, error: expect.stringMatching(/text/) });
    expect(results[3]).toMatchObject({ origin: `${file}:5`, document: { format: "html" } });
  });

  it("reads a JSON array with an index per record", () => {
    const file = write("batch.json", JSON.stringify([{ text: "one" }, { text: "" }]));
    expect(readDocuments(file)).toEqual([
      { origin: `${file}[0]`, document: { text: "one", format: "text" } },
      { origin: `${file}[1]`, error: expect.stringMatching(/text is empty/) },
    ]);
  });

  it("refuses binary, empty, invalid UTF-8 and unreadable files", () => {
    expect(readDocuments(write("bin.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))[0]).toMatchObject({ error: "binary file, not text" });
    expect(readDocuments(write("empty.txt", "  \n"))[0]).toMatchObject({ error: "empty file" });
    expect(readDocuments(write("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])))[0]).toMatchObject({ error: "not valid UTF-8" });
    expect(readDocuments(path.join(dir, "missing.txt"))[0]).toMatchObject({ error: expect.stringMatching(/^unreadable: ENOENT/) });
  });

  it("expands folders recursively and reports unknown paths and file types", () => {
    write("x/one.txt", "a");
    write("x/y/two.ndjson", "{}");
    write("x/.hidden.txt", "a");
    write("x/picture.png", "a");
    const { files, problems } = expandPaths([path.join(dir, "x"), path.join(dir, "nope")]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(["x/one.txt", "x/y/two.ndjson"]);
    expect(problems.map((p) => p.error)).toEqual([expect.stringMatching(/unsupported file type ".png"/), "no such file or folder"]);
  });
});
