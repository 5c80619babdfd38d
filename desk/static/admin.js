// Maintenance page: follow a running index rebuild and show its progress.
(function () {
  const box = document.getElementById("reindex");
  if (!box) return;
  const state = document.getElementById("reindex-state"), bar = document.getElementById("reindex-bar");
  async function poll() {
    const s = await (await fetch(box.dataset.status, { credentials: "same-origin" })).json();
    if (s.state === "running") {
      bar.hidden = false; bar.max = s.total || 1; bar.value = s.done || 0;
      state.textContent = `Rebuilding: ${s.done} of ${s.total} passages…`;
      setTimeout(poll, 700);
    } else if (s.state === "done") {
      bar.hidden = true;
      state.textContent = `Last rebuild: ${s.total} passages, finished ${s.finished_shown || s.finished_at} (started by ${s.by}).`;
      document.querySelector("form button").disabled = false;
    } else if (s.state === "failed") {
      bar.hidden = true; state.textContent = `Last rebuild failed: ${s.error}`;
    }
  }
  if (box.dataset.running === "true") poll();
})();
