// Behaviour every page may use, kept out of the HTML so the Content-Security-Policy can forbid
// inline script: confirmations before destructive posts, the print button, "Go back" links.
(function () {
  document.addEventListener("submit", function (event) {
    const message = event.target.dataset && event.target.dataset.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
  });
  document.addEventListener("click", function (event) {
    const el = event.target.closest && event.target.closest("[data-print], [data-back]");
    if (!el) return;
    event.preventDefault();
    if (el.hasAttribute("data-print")) window.print();
    else if (window.history.length > 1) window.history.back();
    else window.location.href = el.getAttribute("href");
  });
})();
