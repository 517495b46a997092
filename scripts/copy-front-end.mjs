// Copies the browser builds of our npm dependencies into wwwroot/lib (git-ignored),
// so the app serves them from its own origin and the CSP can stay 'self'.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lib = join(root, "wwwroot", "lib");
const copies = [
  ["bootstrap/dist/css/bootstrap.min.css", "bootstrap/bootstrap.min.css"],
  ["bootstrap/dist/js/bootstrap.bundle.min.js", "bootstrap/bootstrap.bundle.min.js"],
  ["bootstrap-icons/font/bootstrap-icons.min.css", "bootstrap-icons/bootstrap-icons.min.css"],
  ["bootstrap-icons/font/fonts", "bootstrap-icons/fonts"],
  ["@microsoft/signalr/dist/browser/signalr.min.js", "signalr/signalr.min.js"],
  ["chart.js/dist/chart.umd.min.js", "chart.js/chart.umd.min.js"],
  // Pretendard, a Korean and Latin variable font (SIL OFL): split by Unicode ranges, so a page fetches only the
  // pieces its text uses (a Korean page a few hundred KB, an English one far less).
  ["pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css", "pretendard/pretendardvariable-dynamic-subset.css"],
  ["pretendard/dist/web/variable/woff2-dynamic-subset", "pretendard/woff2-dynamic-subset"],
  ["pretendard/dist/LICENSE.txt", "pretendard/LICENSE.txt"],
];

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of copies) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(root, "node_modules", from), target, { recursive: true });
}
writeFileSync(join(lib, ".restored"), new Date().toISOString());
