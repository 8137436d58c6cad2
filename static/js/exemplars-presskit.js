/* Copy buttons of the press kit box; without JS the read-only text areas can be copied by hand. */
(function () {
  "use strict";
  var status = document.querySelector("[data-press-kit-status]");
  var say = function (text) {
    if (!status) { return; }
    status.textContent = text;
    window.setTimeout(function () { status.textContent = ""; }, 4000);
  };
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-copy-target"));
      if (!field) { return; }
      var done = function () { say("Đã sao chép."); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
      } else {
        // Plain http has no clipboard API: select the text so Ctrl+C copies it.
        field.focus();
        field.select();
        say("Đã chọn nội dung, nhấn Ctrl+C để sao chép.");
      }
    });
  });
})();
