// Draws every report chart from its JSON data island (<script type="application/json" data-chart-for="canvas-id">).
// No inline script: the Content-Security-Policy allows scripts from this origin only. The numbers are
// the ones in the table beside each chart; a null is a value hidden below the anonymity threshold.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }
  // Okabe–Ito: distinguishable with the common forms of colour blindness.
  var palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999"];
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  window.skillmapCharts = window.skillmapCharts || {};

  function colour(series, i) {
    return palette[(typeof series.colour === "number" ? series.colour : i) % palette.length];
  }

  function dataset(series, i, type) {
    var c = colour(series, i);
    var d = {
      label: series.label,
      data: series.data,
      backgroundColor: type === "radar" || type === "line" ? c + "33" : c,
      borderColor: c,
      borderWidth: type === "line" || type === "radar" ? 2 : 1,
      spanGaps: false
    };
    if (series.dashed) {
      d.borderDash = [6, 4];
      if (type === "bar") {
        d.backgroundColor = c + "80";
      }
    }
    if (type === "line" || type === "radar") {
      d.pointRadius = 4;
      d.fill = false;
    }
    return d;
  }

  // A long axis label ("明示的な能力（論理・抽象化・具体化）", "2026 H1 · 2026年上期") on two lines
  // instead of slanted and squeezing the plot on a phone; the data's labels stay as they are.
  function lines(label) {
    if (typeof label !== "string" || label.length <= 8) {
      return label;
    }
    var at = label.search(/[（(]| · /);
    if (at <= 0) {
      return label;
    }
    return [label.slice(0, at).trim(), label.slice(at).replace(/^ · /, "").trim()];
  }

  function config(spec) {
    var common = {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 300 },
      plugins: { legend: { position: "bottom" } }
    };
    if (spec.type === "scatter") {
      var people = spec.datasets.filter(function (s) { return !s.line; }).length;
      return {
        type: "scatter",
        data: {
          datasets: spec.datasets.map(function (series, i) {
            return {
              label: series.label,
              data: (series.points || []).map(function (p) { return { x: p.x, y: p.y, name: p.label }; }),
              backgroundColor: colour(series, i),
              borderColor: colour(series, i),
              pointRadius: series.line ? 0 : 6,
              showLine: !!series.line,
              borderDash: series.line ? [6, 4] : undefined,
              borderWidth: 1
            };
          })
        },
        options: Object.assign(common, {
          scales: {
            x: { min: spec.min, max: spec.max, title: { display: !!spec.xTitle, text: spec.xTitle } },
            y: { min: spec.min, max: spec.max, title: { display: !!spec.yTitle, text: spec.yTitle } }
          },
          plugins: {
            legend: {
              position: "bottom",
              labels: { filter: function (item) { return item.datasetIndex < people; } }
            },
            tooltip: {
              filter: function (item) { return item.datasetIndex < people; },
              callbacks: {
                label: function (ctx) {
                  return ctx.raw.name + ": " + ctx.raw.x + " / " + ctx.raw.y;
                }
              }
            }
          }
        })
      };
    }
    if (spec.type === "radar") {
      return {
        type: "radar",
        data: { labels: spec.labels, datasets: spec.datasets.map(function (s, i) { return dataset(s, i, "radar"); }) },
        options: Object.assign(common, { scales: { r: { min: spec.min, max: spec.max, ticks: { stepSize: 1 } } } })
      };
    }
    if (spec.type === "stacked") {
      return {
        type: "bar",
        data: { labels: spec.labels, datasets: spec.datasets.map(function (s, i) { return dataset(s, i, "bar"); }) },
        options: Object.assign(common, {
          indexAxis: "y",
          scales: { x: { stacked: true, min: 0 }, y: { stacked: true, ticks: { autoSkip: false } } }
        })
      };
    }
    var type = spec.type === "line" ? "line" : "bar";
    return {
      type: type,
      data: { labels: spec.labels, datasets: spec.datasets.map(function (s, i) { return dataset(s, i, type); }) },
      options: Object.assign(common, {
        scales: {
          x: { ticks: { callback: function (value) { return lines(this.getLabelForValue(value)); } } },
          y: { min: spec.min, max: spec.max, ticks: { stepSize: 1 } }
        }
      })
    };
  }

  var islands = document.querySelectorAll("script[type='application/json'][data-chart-for]");
  Array.prototype.forEach.call(islands, function (island) {
    var canvas = document.getElementById(island.getAttribute("data-chart-for"));
    if (!canvas) {
      return;
    }
    var chart = new Chart(canvas, config(JSON.parse(island.textContent)));
    canvas.setAttribute("data-drawn", "true");
    window.skillmapCharts[canvas.id] = chart;
  });

  // Chart.js follows each box with a ResizeObserver, but a resize that arrives while a chart is still
  // animating can be lost or measured mid-change, leaving the canvas at the width it was drawn at (a
  // desktop window narrowed to a phone). Once the window has settled, every chart measures its box again.
  var pending = 0;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      Object.keys(window.skillmapCharts).forEach(function (id) {
        window.skillmapCharts[id].resize();
      });
    }, 50);
  });
})();
