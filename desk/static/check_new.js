// The "Check a draft" form: while the check runs (it can take half a minute on a long draft) the
// button is disabled and says what is happening — "Checking 42 quotes…" — with the time so far.
// Without JavaScript the form posts as before.
(function () {
  const form = document.getElementById("check-form");
  if (!form) return;
  const status = document.getElementById("check-progress");

  // Roughly how many quotations the draft holds: opening curly or guillemet marks, or pairs of
  // straight double quotes when the draft has no curly ones.
  function countQuotes(text) {
    const curly = (text.match(/[“«„]/g) || []).length;
    if (curly) return curly;
    return Math.floor((text.match(/"/g) || []).length / 2);
  }

  form.addEventListener("submit", () => {
    const button = form.querySelector('button[type="submit"]');
    const text = (form.elements.text && form.elements.text.value) || "";
    const file = form.elements.file && form.elements.file.files && form.elements.file.files[0];
    let what;
    if (file) what = `Reading ${file.name} and checking its quotes…`;
    else {
      const n = countQuotes(text);
      what = n ? `Checking about ${n} quote${n === 1 ? "" : "s"}…` : "Checking the draft…"; // "about": scare quotes and titles are counted here, skipped by the check
    }
    // Disabled after the browser has taken the form's data, so the post still goes.
    setTimeout(() => {
      button.disabled = true;
      button.textContent = what;
    }, 0);
    form.setAttribute("aria-busy", "true");
    if (!status) return;
    const started = Date.now();
    const label = status.querySelector(".progress-text");
    status.hidden = false;
    label.textContent = what;
    setInterval(() => {
      const s = Math.round((Date.now() - started) / 1000);
      label.textContent = `${what} ${s} s so far — a long draft can take half a minute.`;
    }, 1000);
  });
})();
