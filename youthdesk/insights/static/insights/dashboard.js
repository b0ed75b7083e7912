// Insight dashboard: fetch each chart's JSON and draw it with the vendored Chart.js. Data are never HTML.
(function () {
  "use strict";
  var grid = document.getElementById("insight-grid");
  if (!grid) return;
  var base = grid.dataset.base;
  var query = grid.dataset.query;
  var COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#5694ca", "#85994b", "#b58840"];

  function num(v) { return typeof v === "number" ? v : null; }
  function col(chart, name) { return chart.columns.indexOf(name); }
  function pick(chart, name) { var i = col(chart, name); return chart.rows.map(function (r) { return r[i]; }); }

  function table(el, chart) {
    el.textContent = "";
    var head = el.insertRow();
    chart.columns.forEach(function (c) { var th = document.createElement("th"); th.textContent = c; head.appendChild(th); });
    chart.rows.forEach(function (r) {
      var tr = el.insertRow();
      r.forEach(function (v) { tr.insertCell().textContent = v === null ? "" : String(v); });
    });
  }

  function bar(labels, datasets, opts) {
    return { type: "bar", data: { labels: labels, datasets: datasets },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, opts || {}) };
  }
  function ds(label, data, i, extra) {
    return Object.assign({ label: label, data: data.map(num), backgroundColor: COLOURS[i % COLOURS.length],
      borderColor: COLOURS[i % COLOURS.length] }, extra || {});
  }

  var BUILD = {
    volume: function (c) {
      var cfg = bar(pick(c, "period"), [ds("Engagements", pick(c, "engagements"), 0)]);
      cfg.type = "line"; return cfg;
    },
    themes: function (c) { return bar(pick(c, "name"), [ds("Engagements", pick(c, "engagements"), 0)], { indexAxis: "y" }); },
    theme_trend: function (c) {
      var cfg = bar(pick(c, "week_start"), c.meta.names.map(function (n, i) { return ds(n, pick(c, c.columns[i + 1]), i); }));
      cfg.type = "line"; return cfg;
    },
    emerging: function (c) {
      var prev = pick(c, "previous_8_weeks").map(function (v) { return typeof v === "number" ? v / 8 : null; });
      return bar(pick(c, "name"), [ds("Last 7 days", pick(c, "last_week"), 1), ds("Weekly mean, previous 8 weeks", prev, 0)]);
    },
    sentiment: function (c) {
      return bar(pick(c, "name"), [ds("Improved", pick(c, "improved"), 2), ds("Same", pick(c, "same"), 5), ds("Worse", pick(c, "worse"), 1)],
        { indexAxis: "y", scales: { x: { stacked: true }, y: { stacked: true } } });
    },
    times: function (c) {
      var labels = pick(c, "period");
      var flat = function (v) { return labels.map(function () { return v; }); };
      var cfg = bar(labels, [
        ds("Mean first response (min)", pick(c, "mean_first_response_min"), 0),
        ds("First-response target", flat(c.meta.response_target_min), 0, { borderDash: [6, 4], pointRadius: 0 }),
        ds("Mean resolution (min)", pick(c, "mean_resolution_min"), 1),
        ds("Resolution target", flat(c.meta.resolution_target_min), 1, { borderDash: [6, 4], pointRadius: 0 })
      ]);
      cfg.type = "line"; return cfg;
    },
    forces: function (c) { return bar(pick(c, "force"), [ds("Crime reports", pick(c, "crime_reports"), 0), ds("Escalations", pick(c, "escalations"), 1)]); },
    contact_types: function (c) { return bar(pick(c, "name"), [ds("Engagements", pick(c, "engagements"), 0)]); },
    ask_vs_post: function (c) {
      return bar(pick(c, "name"), [ds("Share of inbound contact %", pick(c, "inbound_share_pct"), 0), ds("Share of posts %", pick(c, "post_share_pct"), 3)], { indexAxis: "y" });
    }
  };

  function tilemap(canvas, c) {
    var box = canvas.parentElement.getBoundingClientRect();
    canvas.width = Math.max(box.width, 300); canvas.height = Math.max(box.height, 260);
    var ctx = canvas.getContext("2d");
    var rows = c.rows, iRow = col(c, "row"), iCol = col(c, "col"), iVal = col(c, "engagements"), iLab = col(c, "label");
    var maxRow = 0, maxCol = 0, top = 1;
    rows.forEach(function (r) { maxRow = Math.max(maxRow, r[iRow]); maxCol = Math.max(maxCol, r[iCol]); if (typeof r[iVal] === "number") top = Math.max(top, r[iVal]); });
    var size = Math.min(canvas.width / (maxCol + 1), canvas.height / (maxRow + 1)) - 2;
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.font = Math.max(8, Math.floor(size / 3.2)) + "px sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
    rows.forEach(function (r) {
      var v = r[iVal], x = r[iCol] * (size + 2), y = r[iRow] * (size + 2);
      var shade = typeof v === "number" ? 0.15 + 0.85 * v / top : 0;
      ctx.fillStyle = v === null ? "#f3f2f1" : (typeof v === "number" ? "rgba(29,112,184," + shade.toFixed(2) + ")" : "#dbe7f3");
      ctx.fillRect(x, y, size, size);
      ctx.fillStyle = shade > 0.6 ? "#ffffff" : "#0b0c0c";
      ctx.fillText(r[iLab], x + size / 2, y + size / 2 - size / 6);
      ctx.fillText(v === null ? "" : String(v), x + size / 2, y + size / 2 + size / 5);
    });
  }

  function load(card) {
    var name = card.dataset.chart;
    var canvas = card.querySelector("canvas");
    fetch(base + name + ".json?" + query, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) { card.querySelector(".insight-meta").textContent = res.body.detail || "Could not load."; card.classList.add("insight-error"); return; }
        var c = res.body;
        card.querySelector(".insight-title").textContent = c.title;
        var meta = [];
        if (c.meta.test) meta.push(c.meta.test);
        if (c.meta.total !== undefined) meta.push("Total: " + c.meta.total);
        if (c.meta.national !== undefined) meta.push("All areas: " + c.meta.national);
        if (c.meta.response_target_min !== undefined) meta.push("Targets: first reply " + c.meta.response_target_min + " min, resolution " + c.meta.resolution_target_min + " min");
        card.querySelector(".insight-meta").textContent = meta.join(" · ");
        table(card.querySelector(".insight-table"), c);
        if (name === "tilemap") { tilemap(canvas, c); return; }
        if (BUILD[name] && window.Chart) new window.Chart(canvas, BUILD[name](c));
      });
    card.querySelector(".insight-png").addEventListener("click", function () {
      var a = document.createElement("a");
      a.href = canvas.toDataURL("image/png");
      a.download = "youthdesk-" + name + ".png";
      document.body.appendChild(a); a.click(); a.remove();
    });
  }

  Array.prototype.forEach.call(grid.querySelectorAll("[data-chart]"), load);
})();
