// The page: reads the form, classifies in the page (or in a Web Worker), shows the class and the explanation in
// Vietnamese and English. Bundled with the library by scripts/build-example.mjs into dist/app.js.
import { CLASS_LABEL, classify, indicators } from "./classify.js";

const $ = (id) => document.getElementById(id);
const form = $("household");

// The deprivation checkboxes, from the standard's data.
for (const i of indicators()) {
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.name = "deprivation";
  box.value = i.key;
  const en = document.createElement("span");
  en.lang = "en";
  en.textContent = i.en;
  label.append(box, ` ${i.vi} `, en);
  $("deprivations").append(label);
}

/** The form's values as the classifier takes them; an empty or non-numeric field becomes NaN, which it rejects. */
function readForm() {
  const data = new FormData(form);
  const number = (name) => (String(data.get(name) ?? "").trim() === "" ? Number.NaN : Number(data.get(name)));
  return {
    area: String(data.get("area")),
    basis: String(data.get("basis")),
    perCapitaMonthly: number("perCapitaMonthly"),
    b1: number("b1"),
    deprivations: data.getAll("deprivation").map(String),
  };
}

function list(ol, lines) {
  ol.replaceChildren(...lines.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
}

function show(r) {
  $("issues").hidden = r.ok;
  $("result").hidden = !r.ok;
  $("worker-result").hidden = true;
  if (!r.ok) {
    list($("issue-list"), r.issues.map((i) => `${i.message.vi} — ${i.message.en}`));
    return;
  }
  const label = CLASS_LABEL[r.outcome.kind];
  const heading = $("result-class");
  heading.className = r.outcome.kind;
  heading.dataset.kind = r.outcome.kind;
  heading.replaceChildren(label.vi, Object.assign(document.createElement("span"), { lang: "en", textContent: label.en }));
  list($("explanation-vi"), r.steps.map((m) => m.vi));
  list($("explanation-en"), r.steps.map((m) => m.en));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  show(classify(readForm()));
});

// The same computation in a Web Worker, as an app would run a whole village without freezing the page.
let worker;
$("in-worker").addEventListener("click", () => {
  const out = $("worker-result");
  try {
    worker ??= new Worker("dist/worker.js");
  } catch (e) {
    out.hidden = false;
    out.textContent = `Web Worker không chạy được ở đây (mở trang qua http://) · Web Workers are unavailable here (${e.message})`;
    return;
  }
  worker.onmessage = ({ data }) => {
    show(data);
    out.hidden = false;
    out.dataset.kind = data.ok ? data.outcome.kind : "issues";
    out.textContent = data.ok ? `Web Worker: ${CLASS_LABEL[data.outcome.kind].vi} · ${CLASS_LABEL[data.outcome.kind].en}` : "Web Worker: issues";
  };
  worker.postMessage(readForm());
});
