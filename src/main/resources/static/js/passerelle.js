// htmx requests that change state carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});

// Buttons that need a confirmation carry the question in data-confirm (no inline script allowed).
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Charts: any element with data-chart holds its ECharts option as JSON in a sibling <script type="application/json">.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.documentElement.classList.add('js-charts');
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var source = document.getElementById(element.getAttribute('data-chart'));
    if (!source) {
      return;
    }
    var option = JSON.parse(source.textContent);
    var label = option.yAxis && option.yAxis.axisLabel;
    // Category labels wrap rather than being cut: on a narrow screen their width shrinks, so give each bar the
    // height of the lines it may take.
    var fit = function () {
      if (!label) {
        return;
      }
      label.width = Math.max(90, Math.min(200, Math.round(element.clientWidth * 0.42)));
      if (option.grid) {
        // the labels sit left of the axis, after their margin (8 px): the grid leaves them their whole width
        option.grid.left = label.width + 16;
      }
      var rows = (option.yAxis.data || []).length;
      var longest = (option.yAxis.data || []).reduce(function (max, text) { return Math.max(max, String(text).length); }, 0);
      var lines = Math.min(4, Math.max(1, Math.ceil(longest * 7 / label.width)));
      element.style.minHeight = Math.max(160, rows * (lines * 15 + 14) + 40) + 'px';
    };
    fit();
    var chart = echarts.init(element, null, { renderer: 'svg' });
    // ECharts wraps by its own measure of the text, which a browser may draw wider (another font for
    // "sans-serif"): once drawn, the labels' real widths narrow the wrapping until every label is inside.
    var attempts = 0;
    chart.on('finished', function () {
      if (!label || !option.grid || attempts >= 6) {
        return;
      }
      var box = element.getBoundingClientRect();
      var measure = document.createElement('canvas').getContext('2d');
      measure.font = '12px sans-serif';
      var scale = 1;
      var out = false;
      element.querySelectorAll('svg text').forEach(function (text) {
        var r = text.getBoundingClientRect();
        if (r.width > 0 && r.right <= box.left + option.grid.left) {
          // how much narrower ECharts measures this text than the browser draws it
          scale = Math.min(scale, measure.measureText(text.textContent).width / r.width);
          out = out || r.left < box.left + 1;
        }
      });
      if (out) {
        attempts++;
        label.width = Math.max(40, Math.floor((option.grid.left - 12) * Math.min(scale, 0.98)) - 2 * attempts);
        chart.setOption(option);
      }
    });
    chart.setOption(option);
    window.addEventListener('resize', function () {
      fit();
      attempts = 0;
      chart.setOption(option);
      chart.resize();
    });
  });
});
