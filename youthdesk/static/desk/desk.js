// Desk behaviour that must not live inline (the Content-Security-Policy forbids inline script).
// Message text is never put into the page as HTML here: only textContent, value and attributes.
(function () {
  "use strict";

  // ---- attachments: nothing loads until the officer asks -------------------------------------
  var revealed = new Set(); // survives the thread being re-rendered by polling

  function safeUrl(raw) {
    try {
      var url = new URL(raw, window.location.href);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function reveal(box) {
    var button = box.querySelector(".attachment-open");
    if (!button) return;
    var url = safeUrl(button.getAttribute("data-src"));
    if (!url) return;
    var placeholder = box.querySelector(".attachment-placeholder");
    if (button.getAttribute("data-image") === "1") {
      var img = document.createElement("img");
      img.className = "attachment-image";
      img.alt = "Attachment sent by the young person";
      img.referrerPolicy = "no-referrer";
      img.src = url;
      if (placeholder) placeholder.replaceWith(img);
      else box.prepend(img);
    } else {
      var link = document.createElement("a");
      link.href = url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      link.textContent = "Open the attachment in a new tab";
      if (placeholder) placeholder.replaceWith(link);
      else box.prepend(link);
    }
    button.remove();
    box.classList.add("revealed");
    revealed.add(box.getAttribute("data-key"));
  }

  function reapplyReveals(root) {
    root.querySelectorAll(".attachment[data-key]").forEach(function (box) {
      if (revealed.has(box.getAttribute("data-key"))) reveal(box);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".attachment-open");
    if (button) {
      event.preventDefault();
      reveal(button.closest(".attachment"));
      return;
    }
    var row = event.target.closest(".queue-row[data-href]");
    if (row && !event.target.closest("a, button, input, select, textarea")) {
      window.location.href = row.getAttribute("data-href");
    }
  });

  // ---- approved answers: insert the filled-in template into the reply --------------------------
  function insertTemplate(url, target, done) {
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/plain" } })
      .then(function (response) {
        if (!response.ok) throw new Error("template " + response.status);
        return response.text();
      })
      .then(function (text) {
        var start = target.selectionStart || 0;
        var end = target.selectionEnd || 0;
        var before = target.value.slice(0, start);
        var after = target.value.slice(end);
        target.value = before + text + after;
        target.focus();
        var caret = before.length + text.length;
        target.setSelectionRange(caret, caret);
      })
      .catch(function () {})
      .finally(done);
  }

  document.addEventListener("click", function (event) {
    var item = event.target.closest("#signposting [data-template]");
    var target = document.getElementById("reply-text");
    if (!item || !target) return;
    var id = item.getAttribute("data-template");
    if (!/^[0-9]+$/.test(id)) return;
    var base = item.closest("#signposting").getAttribute("data-template-url");
    insertTemplate(base.replace(/\/0\/$/, "/" + id + "/"), target, function () {});
  });

  document.addEventListener("change", function (event) {
    var select = event.target.closest(".template-select");
    if (select) {
      var url = select.value;
      var target = document.getElementById(select.getAttribute("data-target"));
      if (!url || !target) return;
      insertTemplate(url, target, function () {
        select.value = "";
      });
      return;
    }
    var auto = event.target.closest("form[data-autosubmit]");
    if (auto && event.target.matches("select")) auto.requestSubmit();
  });

  // ---- keyboard shortcuts -----------------------------------------------------------------------
  var selectedId = null; // the highlighted queue row, kept across polling swaps

  function typing(target) {
    if (!target || !target.closest) return false;
    return !!target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']");
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll(".queue-row"));
  }

  function select(row) {
    rows().forEach(function (r) {
      r.classList.toggle("selected", r === row);
      if (r === row) r.setAttribute("aria-selected", "true");
      else r.removeAttribute("aria-selected");
    });
    if (row) {
      selectedId = row.getAttribute("data-id");
      row.scrollIntoView({ block: "nearest" });
    }
  }

  function moveSelection(step) {
    var list = rows();
    var queue = document.getElementById("queue");
    var at = list.findIndex(function (r) {
      return r.getAttribute("data-id") === selectedId;
    });
    // Past the last row (or before the first) the selection moves on to the next (previous) page.
    if (queue && step > 0 && (!list.length || at === list.length - 1) && queue.getAttribute("data-next-page")) {
      go(queue.getAttribute("data-next-page") + "#select-first");
      return;
    }
    if (queue && step < 0 && at === 0 && queue.getAttribute("data-previous-page")) {
      go(queue.getAttribute("data-previous-page") + "#select-last");
      return;
    }
    if (!list.length) return;
    var next = at < 0 ? 0 : Math.min(list.length - 1, Math.max(0, at + step));
    select(list[next]);
  }

  // Arriving on a page through the keyboard: select the row the officer was moving towards.
  function selectFromHash() {
    var list = rows();
    if (!list.length) return;
    if (window.location.hash === "#select-first") select(list[0]);
    else if (window.location.hash === "#select-last") select(list[list.length - 1]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", selectFromHash);
  else selectFromHash();

  function toggleHelp() {
    var help = document.getElementById("shortcut-help");
    if (!help) return;
    if (help.open) help.close();
    else help.showModal();
  }

  function go(url) {
    if (url) window.location.href = url;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var page = document.getElementById("conversation-page");
    var key = event.key;
    if (key === "?") {
      event.preventDefault();
      toggleHelp();
      return;
    }
    if (page) {
      if (key === "j" || key === "n") go(page.getAttribute("data-next"));
      else if (key === "k") go(page.getAttribute("data-previous"));
      else if (key === "u") go(page.getAttribute("data-inbox"));
      else if (key === "r") {
        var reply = document.getElementById("reply-text");
        if (reply) {
          event.preventDefault();
          reply.focus();
        }
      } else if (key === "c") {
        var close = document.getElementById("close-link");
        if (close) close.click();
      }
      return;
    }
    if (document.getElementById("queue")) {
      if (key === "j") moveSelection(1);
      else if (key === "k") moveSelection(-1);
      else if (key === "n") {
        var first = rows()[0];
        if (first) go(first.getAttribute("data-href"));
      } else if (key === "Enter" || key === "o") {
        var chosen = document.querySelector(".queue-row.selected");
        if (chosen) go(chosen.getAttribute("data-href"));
      }
    }
  });

  // ---- after HTMX swaps in fresh content from polling ------------------------------------------
  document.addEventListener("htmx:afterSwap", function () {
    reapplyReveals(document);
    if (selectedId) {
      var row = document.querySelector('.queue-row[data-id="' + CSS.escape(selectedId) + '"]');
      if (row) row.classList.add("selected");
    }
  });
})();
