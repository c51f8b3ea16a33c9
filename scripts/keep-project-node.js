// postinstall of the packages that install Node binaries from npm (apps/api: "node24" for the API
// on PostgreSQL; bench/peer: "node22" and "node24"; aliases of the `node` package). That package
// also declares a `node` bin, which npm links into node_modules/.bin, and every npm script puts
// that folder first on PATH: it would silently switch the whole project (npm test, npm start,
// turbo) to another Node. The binaries are called by path, so the links are removed here and the
// project's own Node stays in charge. Run from the installing package's folder.
const fs = require("node:fs");
const path = require("node:path");

const binDirs = [path.join(process.cwd(), "node_modules", ".bin"), path.resolve(__dirname, "..", "node_modules", ".bin")];
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
    console.log(`keep-project-node: removed ${path.relative(process.cwd(), link)} (-> ${path.relative(process.cwd(), target)}) so npm scripts keep the project's Node`);
  }
}
