// The dyad page: cooperation and conflict per month with chart.js; clicking a month loads its events with htmx.
(function () {
  'use strict';
  var canvas = document.getElementById('series-chart');
  if (!canvas || !window.Chart) {
    return;
  }

  var series = JSON.parse(canvas.dataset.series);
  new window.Chart(canvas, {
    data: {
      labels: series.labels,
      datasets: [
        { type: 'bar', label: 'cooperation (events)', data: series.cooperation, backgroundColor: '#1a7f37', stack: 'events' },
        { type: 'bar', label: 'conflict (events)', data: series.conflict.map(function (n) { return -n; }), backgroundColor: '#c0362c', stack: 'events' },
        { type: 'line', label: 'mean Goldstein', data: series.goldstein, borderColor: '#0550ae', yAxisID: 'goldstein', tension: 0.2 }
      ]
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, title: { display: true, text: 'events (conflict below zero)' } },
        goldstein: { position: 'right', min: -10, max: 10, grid: { display: false }, title: { display: true, text: 'mean Goldstein' } }
      },
      onClick: function (event, elements) {
        if (elements.length > 0 && window.htmx) {
          var period = series.periods[elements[0].index];
          window.htmx.ajax('GET', canvas.dataset.eventsUrl + encodeURIComponent(period), '#period-events');
        }
      }
    }
  });
})();
