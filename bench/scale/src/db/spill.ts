import fs from "node:fs";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";

/**
 * COPY lines of a table set aside on disk while another table is being written (citations and
 * mentions come out of the same pass as the sources' texts), then read back in blocks.
 */
export class SpillFile {
  private fd: number;
  private buffered: string[] = [];
  private length = 0;
  rows = 0;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, "w");
  }

  write(line: string): void {
    this.buffered.push(line);
    this.length += line.length;
    this.rows += 1;
    if (this.length >= 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  /** The file's text in blocks (multi-byte characters are never cut). */
  *pieces(): Generator<string> {
    const fd = fs.openSync(this.file, "r");
    const decoder = new StringDecoder("utf8");
    const block = Buffer.alloc(1 << 20);
    try {
      for (let read; (read = fs.readSync(fd, block, 0, block.length, null)) > 0;) yield decoder.write(block.subarray(0, read));
      const rest = decoder.end();
      if (rest) yield rest;
    } finally {
      fs.closeSync(fd);
    }
  }

  remove(): void {
    fs.rmSync(this.file, { force: true });
  }

  private flush(): void {
    if (!this.buffered.length) return;
    fs.writeSync(this.fd, this.buffered.join(""));
    this.buffered = [];
    this.length = 0;
  }
}
