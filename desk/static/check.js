// The check page: the story, the list of quotes and one quote's evidence side by side. Pick a
// quote (click it in the story or the list, or j/k), see its evidence, and record the decision
// without the mouse: one key per verdict, r resolved, n note, w correct wording, / search the
// library, ? help.
// The selected quote is in the address (#quote-N, N from 0 as in every link the desk makes), so a
// reload or a shared link opens on it; ?q=N (N as the page numbers them, from 1) works too.
// Keys are safe: a verdict key acts only on the quote the editor selected (none is selected until
// they click one, press j/k or open a #quote-N link), every change a key makes is told in a toast
// with Undo (Ctrl+Z too) — an undo saves the previous values again, a new audit event — and a
// recording key pressed within KEY_GAP ms of the previous letter is ignored, so a word typed on
// the page by mistake records at most one change, and that one is in the toast.
// Without JavaScript the page is the list of quotes, each with its evidence and form, every form
// still posts and the page reloads: the compact layout is switched on here (class "compact").
(function () {
  const layout = document.getElementById("check-layout");
  const quotes = Array.from(document.querySelectorAll(".draft-text a.q"));
  const panels = Array.from(document.querySelectorAll(".quote-panel"));
  const listLinks = Array.from(document.querySelectorAll(".quote-list a[data-quote]"));
  const story = document.getElementById("draft-text");
  const evidence = document.getElementById("evidence");
  const list = document.getElementById("quote-list");
  const help = document.getElementById("help");
  const script = document.currentScript;
  const keys = Object.fromEntries(JSON.parse(script.dataset.keys || "[]"));
  const toast = document.getElementById("toast");
  // "Check again" can take a while: disable it and say so while it runs.
  const recheck = document.querySelector("form[action$='/recheck']");
  if (recheck) {
    recheck.addEventListener("submit", () => {
      const button = recheck.querySelector("button");
      setTimeout(() => { button.disabled = true; button.textContent = `Checking ${panels.length} quote${panels.length === 1 ? "" : "s"} again…`; }, 0);
    });
  }
  if (!panels.length) return;
  if (layout) {
    layout.classList.add("compact");
    document.body.classList.add("check-compact");
  }
  let current = -1;
  const KEY_GAP = 1000;
  let lastLetterAt = -Infinity;
  let lastRecord = null; // { form snapshot, quote, version } of the last change a key made
  let ignored = [];

  // Scroll el into view inside its own pane only (never the window), when that pane scrolls.
  function reveal(el, pane, where) {
    if (!el || !pane || pane.scrollHeight <= pane.clientHeight) return false;
    const box = el.getBoundingClientRect(), view = pane.getBoundingClientRect();
    if (where === "center") pane.scrollTop += box.top - view.top - (view.height - box.height) / 2;
    else if (box.top < view.top) pane.scrollTop += box.top - view.top - 8;
    else if (box.bottom > view.bottom) pane.scrollTop += box.bottom - view.bottom + 8;
    return true;
  }

  function stacked() {
    // Narrow screens stack the panes and the window scrolls (the evidence pane does not).
    return evidence && getComputedStyle(evidence).overflowY === "visible";
  }

  // from: "story" (clicked there), "list", "key" or "address".
  function select(i, from) {
    if (i < 0 || i >= panels.length) return;
    const changed = i !== current;
    current = i;
    if (layout) layout.classList.remove("show-orphans");
    panels.forEach((p, n) => p.classList.toggle("selected", n === i));
    quotes.forEach((q) => q.classList.toggle("selected", Number(q.dataset.quote) === i));
    listLinks.forEach((a) => {
      if (Number(a.dataset.quote) === i) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    });
    if (!from) return;
    if (changed && evidence) evidence.scrollTop = 0;
    reveal(listLinks[i], list, "nearest");
    if (from !== "story") {
      const inDraft = quotes.find((q) => Number(q.dataset.quote) === i);
      reveal(inDraft, story, "center");
    }
    if (stacked() && layout && layout.classList.contains("compact")) panels[i].scrollIntoView({ block: "nearest" });
    if (location.hash !== "#quote-" + i) history.replaceState(null, "", location.pathname + "#quote-" + i);
  }

  function showOrphans() {
    if (!layout) return;
    current = -1;
    panels.forEach((p) => p.classList.remove("selected"));
    quotes.forEach((q) => q.classList.remove("selected"));
    listLinks.forEach((a) => a.removeAttribute("aria-current"));
    layout.classList.add("show-orphans");
    if (evidence) evidence.scrollTop = 0;
    const one = location.hash.startsWith("#orphan-") && document.getElementById(location.hash.slice(1));
    if (one) reveal(one, evidence, "nearest");
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
    const panel = box.closest(".quote-panel");
    const open = Array.from(box.querySelectorAll("details[open]")).map((d) => d.className);
    box.outerHTML = body.html;
    document.getElementById("readiness").textContent = body.readiness;
    if (panel) {
      // The new record keeps what the editor had open.
      panel.querySelectorAll(".attribution details").forEach((d) => { if (open.includes(d.className)) d.open = true; });
      const fresh = panel.querySelector(".save-state");
      if (fresh) fresh.textContent = "Saved.";
      showDecision(Number(panel.dataset.quote), body.attribution);
    }
    return body;
  }

  // The list of quotes shows each one's decision: keep it in step with the record.
  function showDecision(i, a) {
    const link = listLinks.find((l) => Number(l.dataset.quote) === i);
    const slot = link && link.querySelector(".decided");
    if (!slot || !a) return;
    const parts = [];
    if (a.verdict) parts.push(`<span class="badge v-${esc(a.verdict)}">${esc(a.verdict.replace(/_/g, " "))}</span>`);
    if (a.status && a.status !== "unchecked") parts.push(`<span class="status status-${esc(a.status)}">${esc(a.status.replace(/_/g, " "))}</span>`);
    slot.innerHTML = parts.join(" ");
  }

  const LABELS = { verdict: "verdict", status: "status", correct_wording: "correct wording" };
  function shown(field, value) {
    if (!value) return field === "verdict" ? "none" : "empty";
    return field === "correct_wording" ? "“" + value + "”" : String(value).replace(/_/g, " ");
  }

  function describe(before, after) {
    return Object.keys(LABELS)
      .filter((f) => (before[f] || null) !== (after[f] || null))
      .map((f) => `${LABELS[f]} ${shown(f, after[f])} (was ${shown(f, before[f])})`)
      .join(", ");
  }

  function showToast(message, undoable) {
    if (!toast) return;
    toast.querySelector(".toast-text").textContent = message;
    toast.querySelector(".toast-undo").hidden = !undoable;
    toast.hidden = false;
    showIgnored();
  }

  function showIgnored() {
    toast.querySelector(".toast-ignored").textContent = ignored.length
      ? `Ignored ${ignored.map((k) => "“" + k + "”").join(" ")}: pressed right after another key, as when typing. Wait a moment and press it again to use it.`
      : "";
  }

  function noteIgnored(key) {
    ignored.push(key);
    if (!toast) return;
    if (toast.hidden) showToast("", false);
    else showIgnored();
  }

  function fieldsOf(form) {
    const out = {};
    for (const f of Object.keys(LABELS)) out[f] = form.elements[f] ? form.elements[f].value || null : null;
    return out;
  }

  async function keySave(field, value) {
    const i = current;
    const form = panelForm(i);
    if (!form) return;
    const snapshot = new FormData(form);
    const before = fieldsOf(form);
    form.elements[field].value = value;
    const body = await save(form);
    if (!body) return;
    const change = describe(before, body.attribution);
    if (!change) {
      lastRecord = null;
      showToast(`Quote ${i + 1}: nothing changed (${LABELS[field]} was already ${shown(field, value)}).`, false);
      return;
    }
    lastRecord = { i, snapshot, before };
    showToast(`Quote ${i + 1}: ${change}.`, true);
  }

  async function undo() {
    const rec = lastRecord;
    if (!rec) return;
    lastRecord = null;
    ignored = [];
    const form = panelForm(rec.i);
    if (!form) return;
    const was = fieldsOf(form);
    // Put the previous values back in the form and save it: a new audit event, history untouched.
    for (const [k, v] of rec.snapshot.entries()) {
      if (k !== "csrf_token" && k !== "version" && k !== "quote_text" && form.elements[k] && typeof v === "string") form.elements[k].value = v;
    }
    const body = await save(form);
    if (!body) { showToast(`Quote ${rec.i + 1}: the undo was not saved — see the quote's panel.`, false); return; }
    showToast(`Undone on quote ${rec.i + 1}: ${describe(was, body.attribution) || "nothing to restore"}.`, false);
  }

  function panelForm(i) {
    return panels[i] && panels[i].querySelector(".attribution-form");
  }

  function recordKey(ev, field, value) {
    const now = performance.now();
    const tooSoon = now - lastLetterAt < KEY_GAP;
    lastLetterAt = now;
    if (tooSoon) { noteIgnored(ev.key); return; }
    ignored = [];
    if (current < 0 || !panelForm(current)) {
      showToast(current < 0 ? "Select a quote first: click it, or press j." : "You cannot record decisions.", false);
      return;
    }
    keySave(field, value);
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
    if (ev.target.closest(".toast-undo")) { undo(); return; }
    if (ev.target.closest(".toast-close")) { toast.hidden = true; return; }
    const q = ev.target.closest(".draft-text a.q, .quote-list a[data-quote]");
    if (q && !(ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button)) {
      ev.preventDefault();
      select(Number(q.dataset.quote), q.closest(".draft-text") ? "story" : "list");
      return;
    }
    const panel = ev.target.closest(".quote-panel");
    if (panel && !ev.target.closest("a, summary, button, input, select, textarea")) select(panels.indexOf(panel), null);
  });

  document.addEventListener("keydown", (ev) => {
    if (ev.target.closest && ev.target.closest("#toast") && ev.key === "Enter") return;
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
    if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && !ev.shiftKey && ev.key.toLowerCase() === "z" && lastRecord) {
      ev.preventDefault();
      undo();
      return;
    }
    if (ev.metaKey || ev.ctrlKey || ev.altKey) return;
    const letter = ev.key.length === 1 && ev.key !== "j" && ev.key !== "k";
    if (letter && !keys[ev.key] && ev.key !== "r") lastLetterAt = performance.now();
    if (ev.key === "?") { help.hidden = !help.hidden; return; }
    if (ev.key === "Escape") { help.hidden = true; return; }
    if (ev.key === "j") select(current < 0 ? 0 : Math.min(current + 1, panels.length - 1), "key");
    else if (ev.key === "k") select(Math.max(current - 1, 0), "key");
    else if (keys[ev.key]) recordKey(ev, "verdict", keys[ev.key]);
    else if (ev.key === "r") recordKey(ev, "status", "resolved");
    else if ((ev.key === "n" || ev.key === "w" || ev.key === "/") && current < 0) return;
    else if (ev.key === "n" || ev.key === "w") {
      const name = ev.key === "n" ? "note" : "correct_wording";
      const box = panels[current].querySelector(`textarea[name=${name}]`);
      if (box) {
        ev.preventDefault();
        box.closest("details.record").open = true; // the form opens on demand
        box.focus();
      }
    } else if (ev.key === "/") {
      const box = panels[current].querySelector(".library-search");
      if (box) { ev.preventDefault(); box.open = true; box.querySelector("input[type=search]").focus(); }
    } else return;
  });

  // The selection in the address: #quote-N (from 0), or ?q=N (from 1); #orphaned and #orphan-ID
  // show the decisions whose quote is gone.
  function fromAddress() {
    const m = location.hash.match(/^#quote-(\d+)$/);
    if (m) return Number(m[1]);
    if (/^#orphan(ed|-\d+)$/.test(location.hash)) return "orphans";
    const q = new URLSearchParams(location.search).get("q");
    return q && /^\d+$/.test(q) ? Number(q) - 1 : null;
  }
  function follow() {
    const at = fromAddress();
    if (at === "orphans") showOrphans();
    else if (at !== null) select(at, "address");
  }
  window.addEventListener("hashchange", follow);
  follow();
})();
