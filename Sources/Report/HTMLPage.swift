/// The HTML report's fixed parts.
///
/// The script reads everything from the page's own elements and data attributes; it carries no
/// data, so its hash (which the Content-Security-Policy names) never changes with the corpus. After
/// editing the script, update `scriptHash`: a test (HTMLReportTests) computes it and says the new
/// value.
enum HTMLPage {
  static let scriptHash = "sha256-EzEIdDesn0J4gskPmcqKor0CPycW511uHA9aX0bbmRU="

  static let script = #"""

    (function () {
      'use strict';
      var list = document.getElementById('findings');
      var items = Array.prototype.slice.call(list.querySelectorAll('article.finding'));
      var filters = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
      var shown = document.getElementById('shown');
      var sort = document.getElementById('sort');
      var root = document.documentElement;
      var text = items.map(function (item) { return item.textContent.toLowerCase(); });
      var values = items.map(function (item) {
        return (item.getAttribute('data-values') || '').split(' ').filter(Boolean).map(Number);
      });
      var scales = { k: 1e3, thousand: 1e3, mille: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6,
        b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9, md: 1e9, milliard: 1e9, milliards: 1e9,
        t: 1e12, tn: 1e12, trillion: 1e12 };
      // A figure as people type it: "10 billion", "$10B", "10 milliards", "50,000", "2,8 M".
      function figure(query) {
        var match = query.replace(/[\u00a0\u202f]/g, ' ').match(/(\d[\d ,.']*)\s*([a-z]*)/);
        if (!match) { return null; }
        var digits = match[1].trim().replace(/[ ']/g, '');
        var comma = digits.lastIndexOf(','), dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
          digits = comma > dot ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '');
        } else if (comma >= 0) {
          digits = /^\d{1,3}(,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
        }
        var number = parseFloat(digits);
        if (isNaN(number)) { return null; }
        var scale = scales[match[2]];
        return scale ? number * scale : number;
      }
      function read() {
        var wanted = {};
        filters.forEach(function (input) { wanted[input.getAttribute('data-filter')] = input.value.trim(); });
        return wanted;
      }
      function apply() {
        var wanted = read();
        var needle = (wanted.text || '').toLowerCase();
        var value = needle ? figure(needle) : null;
        var count = 0;
        items.forEach(function (item, index) {
          var matches = !needle || text[index].indexOf(needle) >= 0 || (value !== null && values[index].some(function (v) {
            return Math.abs(v - value) <= Math.abs(value) * 1e-9;
          }));
          // A card may have several subjects and documents, one a line.
          var visible = ['severity', 'rule', 'subject', 'document'].every(function (key) {
            return !wanted[key] || (item.getAttribute('data-' + key) || '').split('\n').indexOf(wanted[key]) >= 0;
          }) && matches;
          item.hidden = !visible;
          if (visible) { count += 1; }
        });
        shown.textContent = count + ' of ' + items.length + ' points shown';
        // The view in the address, so that it can be shared: #filter:severity=error&text=….
        var state = Object.keys(wanted).filter(function (key) { return wanted[key]; }).map(function (key) {
          return key + '=' + encodeURIComponent(wanted[key]);
        }).join('&');
        if (state || location.hash.indexOf('#filter:') === 0) {
          history.replaceState(null, '', state ? '#filter:' + state : location.pathname + location.search);
        }
        root.setAttribute('data-overflow', String(root.scrollWidth > root.clientWidth));
      }
      function restore() {
        if (location.hash.indexOf('#filter:') !== 0) { return; }
        location.hash.slice(8).split('&').forEach(function (pair) {
          var parts = pair.split('=');
          var input = document.querySelector('[data-filter="' + parts[0] + '"]');
          if (input && parts.length === 2) { input.value = decodeURIComponent(parts[1]); }
        });
      }
      function reorder() {
        var key = sort.value;
        var sorted = items.slice().sort(function (a, b) {
          if (key !== 'order') {
            var x = a.getAttribute('data-' + key), y = b.getAttribute('data-' + key);
            if (x !== y) { return x < y ? -1 : 1; }
          }
          return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
        });
        var fragment = document.createDocumentFragment();
        sorted.forEach(function (item) { fragment.appendChild(item); });
        list.appendChild(fragment);
      }
      filters.forEach(function (input) { input.addEventListener('input', apply); });
      sort.addEventListener('change', reorder);
      document.getElementById('controls').addEventListener('submit', function (event) { event.preventDefault(); });
      restore();
      apply();
    }());

    """#

  static let style = """

    :root { color-scheme: light; --error: #b3261e; --warning: #8a5a00; --note: #35608f; --line: #d9dde3; --soft: #f5f6f8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1f23; background: #fff; }
    header, main { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
    h1 { font-size: 1.5rem; margin: 1.25rem 0 .75rem; }
    h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
    h3 { font-size: 1rem; margin: 0 0 .35rem; display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
    .summary { margin: 0 0 .25rem; } .claims { margin: 0 0 .75rem; font-size: .85rem; color: #444; }
    .top ol { margin: 0 0 1rem; padding-left: 1.5rem; } .top li { margin: .15rem 0; }
    .top .times { color: #555; font-size: .85rem; }
    details.more { margin: 1rem 0; } details.more summary { font-weight: 600; cursor: pointer; }
    .occurrences { font-size: .85rem; padding-left: 1.5rem; } .occurrences li { margin: .2rem 0; overflow-wrap: anywhere; }
    .sev { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .8rem; font-weight: 600; color: #fff; }
    .sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.note { background: var(--note); }
    .controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: .75rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; position: sticky; top: 0; z-index: 1; }
    .controls label { font-size: .85rem; display: flex; gap: .35rem; align-items: center; }
    .controls select, .controls input { font: inherit; max-width: min(16rem, 70vw); }
    #shown { color: #555; font-size: .85rem; }
    .finding { border: 1px solid var(--line); border-left: 5px solid var(--note); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; content-visibility: auto; contain-intrinsic-size: auto 16rem; }
    .finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
    .rule { font-weight: 600; } .permalink { font: .75rem ui-monospace, monospace; color: #777; margin-left: auto; }
    .message { margin: .25rem 0 .75rem; font-weight: 500; }
    .evidence { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr)); gap: .75rem; }
    .evidence > * { min-width: 0; } blockquote, .message, h3 { overflow-wrap: anywhere; }
    figure { margin: 0; background: var(--soft); border-radius: 6px; padding: .6rem .75rem; overflow-x: auto; }
    figcaption { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: #555; }
    blockquote { margin: .3rem 0; font-size: 1rem; }
    mark { background: #ffe28a; font-weight: 700; padding: 0 .1rem; }
    .source, .fields { margin: .2rem 0 0; font-size: .8rem; color: #444; }
    code { font: .8rem ui-monospace, SFMono-Regular, Menlo, monospace; overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; font-size: .85rem; margin-top: .3rem; }
    th, td { text-align: left; vertical-align: top; padding: .2rem .4rem; border-bottom: 1px solid var(--line); }
    td code { overflow-wrap: anywhere; font-size: .75rem; color: #555; }
    td.num { text-align: right; }
    .math { font-size: .85rem; margin: .6rem 0 0; }
    .rules dt { font-weight: 600; } .rules dd { margin: 0 0 .5rem; }
    @media print { .controls, #shown, .permalink { display: none; } .finding { content-visibility: visible; } body { font-size: 11pt; } }

    """
}
