import { parseChildren, parseProcStat } from "./cpu";

// A real /proc/<pid>/stat line, with a command name holding a space and a parenthesis.
const STAT = "23163 (node (main) x) S 23100 23163 23100 0 -1 4194560 31245 0 0 0 1520 310 7 3 20 0 11 0 8123 1210000000 40210 18446744073709551615";

describe("parseProcStat", () => {
  it("reads utime, stime, cutime and cstime counted after the command name", () => {
    expect(parseProcStat(STAT)).toEqual({ utime: 1520, stime: 310, cutime: 7, cstime: 3 });
  });

  it("refuses text that is not a stat line", () => {
    expect(() => parseProcStat("no parenthesis here")).toThrow("not a /proc/<pid>/stat line");
    expect(() => parseProcStat("1 (x) S 1 2")).toThrow("field 14");
  });
});

describe("parseChildren", () => {
  it("collects child pids from every thread's children file", () => {
    expect(parseChildren(["101 102 ", "", "205\n"])).toEqual([101, 102, 205]);
  });
});
