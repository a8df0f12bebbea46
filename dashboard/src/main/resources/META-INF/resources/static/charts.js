// Draws each chart from the table that follows it: the table is the chart's text alternative and its
// only data, so the two always agree. The first column gives the categories, each numeric column a series.
(function () {
  'use strict';
  // GOV.UK colour palette, in an order that keeps neighbouring series apart
  var palette = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#d4351c', '#28a197', '#b58840', '#f499be', '#505a5f'];

  function number(text) {
    var cleaned = (text || '').replace(/[£,%\s]/g, '');
    return cleaned === '' ? null : Number(cleaned);
  }

  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-chart-table'));
    if (!table || typeof echarts === 'undefined') { return; }
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent.trim(); });
    var numeric = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
      return th.classList.contains('govuk-table__header--numeric');
    });
    var stacked = container.getAttribute('data-chart-kind') === 'stacked-bar';
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var categories = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var series = [];
    headers.forEach(function (name, i) {
      if (i === 0 || !numeric[i] || (stacked && /^Total/.test(name))) { return; }
      series.push({
        name: name,
        type: 'bar',
        stack: stacked ? 'total' : undefined,
        data: rows.map(function (row) { return number(row.cells[i].textContent); })
      });
    });
    var chart = echarts.init(container, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: palette,
      aria: { enabled: true, decal: { show: true } },
      textStyle: { fontFamily: 'arial, sans-serif', fontSize: 14, color: '#0b0c0c' },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 80, right: 24, top: 24, bottom: 64 },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', name: container.getAttribute('data-chart-unit') || '' },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart-table]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
