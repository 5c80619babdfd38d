// Several files chosen: send them one by one and show progress, instead of one long silent post.
// One file: send it with the upload's progress (bytes sent, then "reading…") and the button
// disabled until the answer is in. Pasted text: the plain post, with the button disabled.
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

  function sendOne(file) {
    // XMLHttpRequest rather than fetch: it reports the upload's progress.
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", script.dataset.endpoint);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.responseType = "json";
      xhr.upload.addEventListener("progress", (e) => {
        if (!e.lengthComputable) return;
        bar.max = e.total;
        bar.value = e.loaded;
        count.textContent = e.loaded < e.total
          ? `${file.name}: sending, ${Math.round((100 * e.loaded) / e.total)}%`
          : `${file.name}: reading it and finding its passages…`;
      });
      xhr.upload.addEventListener("load", () => {
        bar.removeAttribute("value"); // the server reads the file: no measure of that
        count.textContent = `${file.name}: reading it and finding its passages…`;
      });
      xhr.addEventListener("load", () => resolve({ ok: xhr.status >= 200 && xhr.status < 300, body: xhr.response }));
      xhr.addEventListener("error", () => resolve({ ok: false, body: null }));
      xhr.send(new FormData(form));
    });
  }

  form.addEventListener("submit", async (ev) => {
    const files = Array.from(input.files || []);
    const button = form.querySelector('button[type="submit"]');
    if (files.length === 0) {
      // Pasted text: the plain form post, with the button disabled once the browser has the data.
      setTimeout(() => { button.disabled = true; button.textContent = "Adding…"; }, 0);
      return;
    }
    ev.preventDefault();
    if (files.length === 1) {
      const file = files[0];
      const label = button.textContent;
      button.disabled = true;
      button.textContent = "Adding…";
      box.hidden = false;
      log.innerHTML = "";
      bar.max = 1;
      bar.value = 0;
      count.textContent = `${file.name}: sending…`;
      const { ok, body } = await sendOne(file);
      if (ok && body) {
        const what = body.duplicate ? "Already in the library:" : "Added:";
        line("ok", `${what} <a href="${esc(body.url)}">${esc(body.title)}</a> (${esc(body.kind)}, ${body.passages} passages)`);
        if (body.news) line("news", `${esc(body.news)} <a href="${esc(body.drafts_url)}">Drafts</a>`);
        if (body.warning) line("failed", esc(body.warning));
        count.textContent = `done: ${file.name} ${body.duplicate ? "was already in the library" : "added"}`;
      } else {
        const why = body && body.error ? body.error.message : "the server did not answer.";
        line("failed", `Not added: <strong>${esc(file.name)}</strong> — ${esc(why)}`);
        count.textContent = `done: ${file.name} not added`;
      }
      bar.max = 1;
      bar.value = 1;
      button.disabled = false;
      button.textContent = label;
      return;
    }
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
          if (body.news) line("news", `${esc(body.news)} <a href="${esc(body.drafts_url)}">Drafts</a>`);
          if (body.warning) line("failed", esc(body.warning));
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
