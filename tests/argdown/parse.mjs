// Parse Argdown text (standard input) with Argdown's own parser and print its model as JSON:
// the statements (title -> text, tags) and the relations (from, to, type) it found, and any error.
// Uses the vendored bundle of @argdown/core 2.0.1 (see README.md here), so it needs only node.
import { readFileSync } from "node:fs";
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from "./argdown-core-2.0.1.mjs";

const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), "parse-input");
app.addPlugin(new DataPlugin(), "build-model");
app.addPlugin(new ModelPlugin(), "build-model");
let out;
try {
  // throwExceptions: an error of any plugin (e.g. front matter that is not YAML) is an error here
  const r = app.run({ process: ["parse-input", "build-model"], input: readFileSync(0, "utf8"),
                      model: { removeTagsFromText: true }, throwExceptions: true });
  const statements = {};
  for (const [title, ec] of Object.entries(r.statements || {})) {
    const texts = (ec.members || []).map((m) => (m.text || "").trim()).filter(Boolean);
    statements[title] = { texts, tags: ec.tags || [] };
  }
  out = {
    errors: [...(r.lexerErrors || []), ...(r.parserErrors || [])].map((e) => String(e.message)),
    frontMatter: r.frontMatter || null,
    statements,
    relations: (r.relations || []).map((x) => ({ from: x.from.title, to: x.to.title, type: x.relationType })),
  };
} catch (e) {
  out = { errors: [String(e && e.message ? e.message : e)], statements: {}, relations: [] };
}
process.stdout.write(JSON.stringify(out));
