// A large draft's check, run in the background (desk/services/check_jobs.py): follow its
// progress, open the draft when it is done, show the failure (with Try again) if it fails.
// Without JavaScript the page refreshes itself every few seconds and does the same.
(function () {
  const box = document.getElementById("check-job");
  if (!box || !["queued", "running"].includes(box.dataset.state)) return;
  const bar = document.getElementById("job-bar"), state = document.getElementById("job-state");
  const started = Date.parse(box.dataset.started) || Date.now();
  let failures = 0;
  async function poll() {
    let s;
    try {
      const res = await fetch(box.dataset.status, { credentials: "same-origin", headers: { Accept: "application/json" } });
      s = await res.json();
      if (!res.ok) throw new Error(s.error ? s.error.message : res.statusText);
      failures = 0;
    } catch (err) {
      // The server may be restarting: say so, and keep asking a while before giving up.
      failures += 1;
      if (failures > 20) { state.textContent = "The desk does not answer. Reload the page to see how the check went."; return; }
      state.textContent = "Waiting for the desk to answer…";
      setTimeout(poll, 1500);
      return;
    }
    if (s.state === "done" || s.state === "failed") {
      location.replace(s.page); // the page opens the draft, or shows the failure and Try again
      return;
    }
    const secs = Math.max(0, Math.round((Date.now() - started) / 1000));
    if (s.state === "queued") state.textContent = `Waiting for other checks to finish… ${secs} s so far.`;
    else {
      bar.max = s.total || 1;
      bar.value = s.done || 0;
      state.textContent = `Checked ${s.done} of ${s.total} quotes… ${secs} s so far.`;
    }
    setTimeout(poll, 700);
  }
  poll();
})();
