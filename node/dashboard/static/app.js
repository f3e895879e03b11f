// Granary farmer dashboard: counts down the heartbeat window and refreshes the page when the chain
// moves (the page is complete without this script).
"use strict";
(function () {
  function tick() {
    var el = document.querySelector("#hb-countdown[data-deadline] .count");
    if (!el) return;
    var d = Number(el.parentNode.getAttribute("data-deadline"));
    if (!d) return;
    var s = Math.max(0, Math.round((d - Date.now()) / 1000));
    el.textContent = s >= 3600 ? Math.floor(s / 3600) + "h " + String(Math.floor(s / 60) % 60).padStart(2, "0") + "m"
      : s >= 60 ? Math.floor(s / 60) + "m " + String(s % 60).padStart(2, "0") + "s" : s + "s";
  }
  function refresh() {
    var main = document.getElementById("main");
    if (!main) return;
    fetch("/api/status" + location.search, { cache: "no-store", credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (st) {
        if (!st || String(st.head.block) === main.getAttribute("data-block")) return null;
        return fetch(location.href, { cache: "no-store", credentials: "same-origin" }).then(function (r) { return r.ok ? r.text() : null; });
      })
      .then(function (html) {
        if (!html) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var next = doc.getElementById("main");
        if (next) { main.replaceWith(next); document.title = doc.title; }
        var hdr = doc.querySelector("header");
        if (hdr) document.querySelector("header").replaceWith(hdr);
      })
      .catch(function () {});
  }
  setInterval(tick, 1000);
  setInterval(refresh, 5000);
  tick();
})();
