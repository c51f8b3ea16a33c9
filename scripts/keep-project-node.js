// postinstall: the Node binaries this benchmark installs from npm (dependencies "node22" and
// "node24", aliases of the `node` package) also declare a `node` bin. npm links it into
// node_modules/.bin, which every npm script puts first on PATH: that would silently switch the
// whole project (npm test, npm start, turbo) to Node 22. The benchmark calls those binaries by
// path, so the links are removed here and the project's own Node stays in charge.
const fs = require("node:fs");
const path = require("node:path");

const binDirs = [path.resolve(__dirname, "..", "node_modules", ".bin"), path.resolve(__dirname, "..", "..", "..", "node_modules", ".bin")];
for (const dir of binDirs) {
  const link = path.join(dir, "node");
  let target;
  try {
    target = fs.realpathSync(link);
  } catch {
    continue; // no such link
  }
  if (/node_modules[\\/]node2\d[\\/]/.test(target)) {
    fs.unlinkSync(link);
    console.log(`bench-peer: removed ${path.relative(process.cwd(), link)} (-> ${path.relative(process.cwd(), target)}) so npm scripts keep the project's Node`);
  }
}
