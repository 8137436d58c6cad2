/* Small enhancements; every page works without this file. */
(function () {
  "use strict";

  // Desktop shows the menu as a bar: keep the <details> open there, closed by default on phones.
  var menu = document.querySelector("[data-menu]");
  if (menu && window.matchMedia) {
    var wide = window.matchMedia("(min-width: 60em)");
    var sync = function () { menu.open = wide.matches; };
    sync();
    if (wide.addEventListener) { wide.addEventListener("change", sync); }
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  document.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });

  var status = document.querySelector("[data-copy-status]");
  var say = function (text) {
    if (!status) { return; }
    status.textContent = text;
    window.setTimeout(function () { status.textContent = ""; }, 4000);
  };

  document.querySelectorAll("[data-copy-url]").forEach(function (button) {
    button.addEventListener("click", function () {
      var url = button.getAttribute("data-copy-url");
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(
          function () { say("Đã sao chép liên kết bài viết."); },
          function () { window.prompt("Sao chép liên kết:", url); }
        );
      } else {
        // Plain http (an intranet preview) has no clipboard API: let the reader copy by hand.
        window.prompt("Sao chép liên kết:", url);
      }
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();
