// Draws every <canvas data-chart="..."> with Chart.js; the server writes the whole configuration as JSON.
(function () {
  function draw() {
    if (!window.Chart) {
      return;
    }
    Chart.defaults.font.family = "Sarabun, system-ui, sans-serif";
    Chart.defaults.font.size = 13;
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = "1";
      new Chart(canvas, JSON.parse(canvas.dataset.chart));
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:afterSettle", draw);
})();
