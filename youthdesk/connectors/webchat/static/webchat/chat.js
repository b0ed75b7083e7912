// Web chat behaviour (kept out of the page: the Content-Security-Policy forbids inline script).
(function () {
  "use strict";

  function scrollThread() {
    var thread = document.getElementById("chat-thread");
    if (thread) { thread.scrollTop = thread.scrollHeight; }
  }

  document.addEventListener("DOMContentLoaded", scrollThread);

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (!target) { return; }
    if (target.id === "chat-thread") { scrollThread(); }
  });

  document.addEventListener("htmx:oobAfterSwap", scrollThread);

  // After a send, put the cursor back in the box so the conversation can go on.
  document.addEventListener("htmx:afterSettle", function (event) {
    var elt = event.detail && event.detail.elt;
    if (elt && elt.id === "chat-form") {
      var box = document.getElementById("chat-text");
      if (box) { box.focus(); }
    }
  });

  // Enter sends, Shift+Enter makes a new line.
  document.addEventListener("keydown", function (event) {
    if (event.target && event.target.id === "chat-text" && event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      var form = document.getElementById("chat-form");
      if (form && event.target.value.trim() !== "") { form.requestSubmit(); }
    }
  });
})();
