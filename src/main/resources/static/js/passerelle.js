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
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(JSON.parse(source.textContent));
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
