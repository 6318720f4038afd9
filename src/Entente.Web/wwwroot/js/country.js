// The country page: a cytoscape network of its relations and a vis-timeline of its events. Data comes from data
// attributes the server encoded; labels are set as text, never as HTML.
(function () {
  'use strict';
  var network = document.getElementById('network');
  if (network && window.cytoscape) {
    var graph = JSON.parse(network.dataset.graph);
    var most = Math.max.apply(null, graph.edges.map(function (e) { return e.events; }).concat([1]));
    var elements = graph.nodes.map(function (id) { return { data: { id: id, label: id, center: id === graph.center } }; })
      .concat(graph.edges.map(function (e) {
        return { data: { id: e.source + '-' + e.target, source: e.source, target: e.target, events: e.events,
          color: e.goldstein >= 0 ? '#1a7f37' : '#c0362c', width: 1 + 9 * Math.sqrt(e.events / most) } };
      }));
    var cy = window.cytoscape({
      container: network,
      elements: elements,
      layout: { name: 'concentric', concentric: function (node) { return node.data('center') ? 2 : 1; }, levelWidth: function () { return 1; } },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': '#57606a', color: '#1f2328', 'font-size': 11, width: 26, height: 26 } },
        { selector: 'node[?center]', style: { 'background-color': '#0550ae', width: 38, height: 38 } },
        { selector: 'edge', style: { 'line-color': 'data(color)', width: 'data(width)', 'curve-style': 'bezier', opacity: 0.8 } }
      ]
    });
    cy.on('tap', 'edge', function (event) {
      var edge = event.target.data();
      window.location.href = '/dyad/' + encodeURIComponent(edge.source) + '/' + encodeURIComponent(edge.target);
    });
    cy.on('tap', 'node', function (event) {
      window.location.href = '/country/' + encodeURIComponent(event.target.id());
    });
  }

  var timeline = document.getElementById('timeline');
  if (timeline && window.vis) {
    var items = JSON.parse(timeline.dataset.items).map(function (item) {
      var content = document.createElement('span');
      content.textContent = item.label;
      return { id: item.id, start: item.start, content: content, className: item.tone };
    });
    // Open on the latest year: background acts from decades ago would otherwise squeeze the recent ones together.
    var latest = items.reduce(function (last, item) { return item.start > last ? item.start : last; }, '0000-00-00');
    var end = new Date(latest);
    end.setMonth(end.getMonth() + 1);
    var start = new Date(latest);
    start.setFullYear(start.getFullYear() - 1);
    var view = new window.vis.Timeline(timeline, new window.vis.DataSet(items), { stack: true, maxHeight: 420, zoomKey: 'ctrlKey', start: start, end: end });
    view.on('select', function (selection) {
      if (selection.items.length === 1) {
        window.location.href = '/event/' + encodeURIComponent(selection.items[0]);
      }
    });
  }
})();
