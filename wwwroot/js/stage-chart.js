// Draws the stage profile from the JSON data island next to the canvas. No inline script:
// the Content-Security-Policy allows scripts from this origin only.
(function () {
  "use strict";
  var island = document.getElementById("stage-chart-data");
  var canvas = document.getElementById("stage-chart");
  if (!island || !canvas || typeof Chart === "undefined") {
    return;
  }
  var data = JSON.parse(island.textContent);
  // Okabe–Ito: distinguishable with the common forms of colour blindness.
  var palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var chart = new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: data.datasets.map(function (series, i) {
        return {
          label: series.label,
          data: series.data,
          backgroundColor: palette[i % palette.length],
          borderColor: palette[i % palette.length],
          borderWidth: 1
        };
      })
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 300 },
      scales: {
        y: { min: 0, max: data.max, ticks: { stepSize: 1 } }
      },
      plugins: {
        legend: { position: "bottom" }
      }
    }
  });
  canvas.dataset.drawn = "true";
  window.skillmapCharts = window.skillmapCharts || {};
  window.skillmapCharts[canvas.id] = chart;
})();
