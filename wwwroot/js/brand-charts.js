// Draws the brand pages' charts from data-chart (JSON written by the page): { type, labels, values, label, horizontal }.
// The same figures are always in a table beside the chart, so the chart is a picture, never the only source.
(() => {
  if (typeof Chart === "undefined") return;
  const dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  for (const canvas of document.querySelectorAll("canvas.brand-chart[data-chart]")) {
    let spec;
    try { spec = JSON.parse(canvas.dataset.chart); } catch { continue; }
    const colour = getComputedStyle(document.documentElement).getPropertyValue("--bs-primary").trim() || "#0d6efd";
    new Chart(canvas, {
      type: spec.type || "bar",
      data: { labels: spec.labels, datasets: [{ label: spec.label, data: spec.values, backgroundColor: colour, borderColor: colour }] },
      options: {
        indexAxis: spec.horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? false : undefined,
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0, color: dark ? "#ddd" : "#444" } },
          y: { beginAtZero: true, ticks: { precision: 0, color: dark ? "#ddd" : "#444" } },
        },
      },
    });
  }
})();
