// The check page: pick a quote in the draft (click, or j/k) and see its evidence.
(function () {
  const quotes = Array.from(document.querySelectorAll(".draft-text a.q"));
  const panels = Array.from(document.querySelectorAll(".quote-panel"));
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
    }
    if (scroll) history.replaceState(null, "", "#quote-" + i);
  }
  quotes.forEach((q) => q.addEventListener("click", (ev) => { ev.preventDefault(); select(Number(q.dataset.quote), true); }));
  panels.forEach((p, n) => p.addEventListener("click", (ev) => {
    if (!ev.target.closest("a, summary")) select(n, false);
  }));
  document.addEventListener("keydown", (ev) => {
    if (ev.target.closest("input, textarea, select") || ev.metaKey || ev.ctrlKey || ev.altKey) return;
    if (ev.key === "j") select(Math.min(current + 1, panels.length - 1), true);
    if (ev.key === "k") select(Math.max(current - 1, 0), true);
  });
  const m = location.hash.match(/^#quote-(\d+)$/);
  select(m ? Number(m[1]) : 0, Boolean(m));
})();
