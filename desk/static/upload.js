// Several files chosen: send them one by one and show progress, instead of one long silent post.
// Without JavaScript the form posts all files at once and the next page reports on each.
(function () {
  const script = document.currentScript;
  const form = document.getElementById("source-form");
  const input = form && form.querySelector('input[type="file"]');
  if (!form || !input || !window.fetch) return;
  const box = document.getElementById("upload-progress");
  const bar = document.getElementById("upload-bar");
  const log = document.getElementById("upload-log");
  const count = document.getElementById("upload-count");

  function line(cls, html) {
    const li = document.createElement("li");
    li.className = cls;
    li.innerHTML = html;
    log.appendChild(li);
  }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  }

  form.addEventListener("submit", async (ev) => {
    const files = Array.from(input.files || []);
    if (files.length < 2) return; // one file or pasted text: the plain form post is fine
    ev.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    box.hidden = false;
    log.innerHTML = "";
    bar.max = files.length;
    bar.value = 0;
    let added = 0, failed = 0;
    for (const [i, file] of files.entries()) {
      count.textContent = `${i + 1} of ${files.length}: ${file.name}`;
      const data = new FormData(form);
      data.delete("files");
      data.set("title", "");
      data.append("files", file, file.name);
      try {
        const res = await fetch(script.dataset.endpoint, { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" });
        const body = await res.json();
        if (res.ok) {
          added += 1;
          const what = body.duplicate ? "Already in the library:" : "Added:";
          line("ok", `${what} <a href="${esc(body.url)}">${esc(body.title)}</a> (${esc(body.kind)}, ${body.passages} passages)`);
        } else {
          failed += 1;
          line("failed", `Not added: <strong>${esc(file.name)}</strong> — ${esc(body.error.message)}`);
        }
      } catch (err) {
        failed += 1;
        line("failed", `Not added: <strong>${esc(file.name)}</strong> — the server did not answer (${esc(err.message)}).`);
      }
      bar.value = i + 1;
    }
    count.textContent = `done: ${added} added, ${failed} not added`;
    button.disabled = false;
  });
})();
