// The check page: pick a quote (click, or j/k), see its evidence, and record the decision
// without the mouse: one key per verdict, r resolved, n note, w correct wording, / search the
// library, ? help.
// Without JavaScript every form still posts and the page reloads.
(function () {
  const quotes = Array.from(document.querySelectorAll(".draft-text a.q"));
  const panels = Array.from(document.querySelectorAll(".quote-panel"));
  const help = document.getElementById("help");
  const script = document.currentScript;
  const keys = Object.fromEntries(JSON.parse(script.dataset.keys || "[]"));
  if (!panels.length) return;
  let current = -1;

  function select(i, scroll) {
    if (i < 0 || i >= panels.length) return;
    current = i;
    panels.forEach((p, n) => p.classList.toggle("selected", n === i));
    quotes.forEach((q) => q.classList.toggle("selected", Number(q.dataset.quote) === i));
    if (scroll) {
      panels[i].scrollIntoView({ block: "nearest" });
      const inDraft = quotes.find((q) => Number(q.dataset.quote) === i);
      if (inDraft) inDraft.scrollIntoView({ block: "nearest" });
      history.replaceState(null, "", "#quote-" + i);
    }
  }

  function esc(s) {
    return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  async function save(form) {
    const state = form.querySelector(".save-state");
    state.classList.remove("error");
    state.textContent = "Saving…";
    let res, body;
    try {
      res = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "same-origin" });
      body = await res.json();
    } catch (err) {
      state.classList.add("error");
      state.textContent = "Not saved: the server did not answer. Try again.";
      return;
    }
    if (!res.ok) {
      state.classList.add("error");
      state.innerHTML = esc(body.error.message) + (res.status === 409 ? ' <a href="">Reload</a>' : "");
      return;
    }
    const box = form.closest(".attribution");
    box.outerHTML = body.html;
    document.getElementById("readiness").textContent = body.readiness;
    const fresh = panels[current] && panels[current].querySelector(".save-state");
    if (fresh) fresh.textContent = "Saved.";
  }

  function panelForm(i) {
    return panels[i] && panels[i].querySelector(".attribution-form");
  }

  function setAndSave(field, value) {
    const form = panelForm(current);
    if (!form) return;
    form.elements[field].value = value;
    save(form);
  }

  async function searchLibrary(form) {
    const list = form.parentElement.querySelector(".passage-results");
    const q = form.elements.q.value.trim();
    if (!q) return;
    list.innerHTML = "<li>Searching…</li>";
    const res = await fetch(form.dataset.endpoint + "?q=" + encodeURIComponent(q), { credentials: "same-origin" });
    const body = await res.json();
    if (!res.ok) {
      list.innerHTML = `<li class="error">${esc(body.error.message)}</li>`;
      return;
    }
    if (!body.hits.length) {
      list.innerHTML = "<li>Nothing found. Try fewer or rarer words.</li>";
      return;
    }
    list.innerHTML = body.hits.map((h) => `<li>${h.highlight}<br><small>${esc(h.speaker ? h.speaker.name : "unknown speaker")} — ${esc(h.source.title)}</small>
      <button type="button" class="link" data-link-passage="${h.passage_id}" data-label="${esc((h.speaker ? h.speaker.name : "unknown") + ", " + h.source.title)}">link this passage</button></li>`).join("");
  }

  document.addEventListener("submit", (ev) => {
    const form = ev.target;
    if (form.classList.contains("attribution-form")) {
      ev.preventDefault();
      save(form);
    } else if (form.classList.contains("passage-search")) {
      ev.preventDefault();
      searchLibrary(form);
    }
  });

  document.addEventListener("click", (ev) => {
    const link = ev.target.closest("[data-link-passage]");
    if (link) {
      const form = link.closest(".attribution").querySelector(".attribution-form");
      const select = form.elements.passage_id;
      let option = Array.from(select.options).find((o) => o.value === link.dataset.linkPassage);
      if (!option) {
        option = new Option(link.dataset.label, link.dataset.linkPassage);
        select.add(option);
      }
      select.value = link.dataset.linkPassage;
      save(form);
      return;
    }
    const q = ev.target.closest(".draft-text a.q");
    if (q) {
      ev.preventDefault();
      select(Number(q.dataset.quote), true);
      return;
    }
    const panel = ev.target.closest(".quote-panel");
    if (panel && !ev.target.closest("a, summary, button, input, select, textarea")) select(panels.indexOf(panel), false);
  });

  document.addEventListener("keydown", (ev) => {
    const inField = ev.target.closest && ev.target.closest("input, textarea, select");
    if (inField) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && ev.target.form && ev.target.form.classList.contains("attribution-form")) {
        ev.preventDefault();
        save(ev.target.form);
      } else if (ev.key === "Escape") {
        ev.target.blur();
      }
      return;
    }
    if (ev.metaKey || ev.ctrlKey || ev.altKey) return;
    if (ev.key === "?") { help.hidden = !help.hidden; return; }
    if (ev.key === "Escape") { help.hidden = true; return; }
    if (ev.key === "j") select(Math.min(current + 1, panels.length - 1), true);
    else if (ev.key === "k") select(Math.max(current - 1, 0), true);
    else if (keys[ev.key]) setAndSave("verdict", keys[ev.key]);
    else if (ev.key === "r") setAndSave("status", "resolved");
    else if (ev.key === "n" || ev.key === "w") {
      const name = ev.key === "n" ? "note" : "correct_wording";
      const box = panels[current].querySelector(`textarea[name=${name}]`);
      if (box) { ev.preventDefault(); box.focus(); }
    } else if (ev.key === "/") {
      const box = panels[current].querySelector(".library-search");
      if (box) { ev.preventDefault(); box.open = true; box.querySelector("input[type=search]").focus(); }
    } else return;
  });

  function fromHash() {
    const m = location.hash.match(/^#quote-(\d+)$/);
    return m ? Number(m[1]) : null;
  }
  window.addEventListener("hashchange", () => { if (fromHash() !== null) select(fromHash(), true); });
  select(fromHash() ?? 0, fromHash() !== null);
})();
