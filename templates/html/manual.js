// Search: substring match over the embedded index, so Chinese finds as well as English.
(function () {
  'use strict';
  var box = document.getElementById('search');
  var list = document.getElementById('search-results');
  var source = document.getElementById('search-index');
  if (!box || !list || !source) return;
  var entries = JSON.parse(source.textContent || '[]');
  var titles = entries.map(function (e) { return String(e.t).toLowerCase(); });
  var texts = entries.map(function (e) { return String(e.x).toLowerCase(); });
  var MAX = 50;

  function item(e) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = '#' + e.h;
    a.textContent = e.t;
    var kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = e.k;
    li.appendChild(a);
    li.appendChild(kind);
    return li;
  }

  function search() {
    var q = box.value.trim().toLowerCase();
    list.textContent = '';
    if (!q) { list.hidden = true; return; }
    var hits = [];
    // titles first, then text
    for (var i = 0; i < entries.length && hits.length < MAX; i++) if (titles[i].indexOf(q) >= 0) hits.push(i);
    for (var j = 0; j < entries.length && hits.length < MAX; j++) if (titles[j].indexOf(q) < 0 && texts[j].indexOf(q) >= 0) hits.push(j);
    if (hits.length === 0) {
      var none = document.createElement('li');
      none.textContent = box.getAttribute('data-empty') || '';
      list.appendChild(none);
    }
    hits.forEach(function (k) { list.appendChild(item(entries[k])); });
    list.hidden = false;
  }

  box.addEventListener('input', search);
  box.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { box.value = ''; search(); }
    if (ev.key === 'Enter') { var first = list.querySelector('a'); if (first) first.click(); }
  });
})();
