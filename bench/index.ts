// npm run bench — every benchmark, each reported as a ratio against a bare baseline loop in the same run.
// Run one: npm run bench -- classifyByIncome
import { printResults } from "./_harness.js";

const suites: Record<string, () => Promise<{ run: () => void | Promise<void> }>> = {
  engine: () => import("./engine.js"),
  classify: () => import("./classify.js"),
  calendar: () => import("./calendar.js"),
  procedure: () => import("./procedure.js"),
  report: () => import("./report.js"),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  const mod = await load();
  await mod.run();
}
printResults();
