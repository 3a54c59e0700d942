(function () {
  'use strict';
  var pageSize = Number(document.getElementById('findings').getAttribute('data-page-size'));
  var cards = Array.prototype.slice.call(document.querySelectorAll('[data-finding-id]'));
  var form = document.getElementById('filters');
  var status = document.getElementById('finding-status');
  var prev = document.getElementById('page-prev');
  var next = document.getElementById('page-next');
  var texts = null;
  var matching = [];
  var page = 0;

  function cardMatches(card, index, f) {
    if (f.severities.indexOf(card.getAttribute('data-severity')) < 0) { return false; }
    if (f.rule && card.getAttribute('data-rule') !== f.rule) { return false; }
    if (f.story && card.getAttribute('data-story') !== f.story) { return false; }
    if (f.source && (' ' + card.getAttribute('data-sources') + ' ').indexOf(' ' + f.source + ' ') < 0) { return false; }
    if (f.text) {
      if (!texts) { texts = cards.map(function (c) { return c.textContent.toLowerCase(); }); }
      if (texts[index].indexOf(f.text) < 0) { return false; }
    }
    return true;
  }

  function filters() {
    return {
      severities: Array.prototype.map.call(form.querySelectorAll('input[name=severity]:checked'), function (b) { return b.value; }),
      rule: form.elements.rule.value, story: form.elements.story.value, source: form.elements.source.value,
      text: form.elements.text.value.trim().toLowerCase()
    };
  }

  function show() {
    var pages = Math.max(1, Math.ceil(matching.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var first = page * pageSize;
    var onPage = new Set(matching.slice(first, first + pageSize));
    cards.forEach(function (card) {
      var hide = !onPage.has(card);
      if (card.hidden !== hide) { card.hidden = hide; }
    });
    status.textContent = matching.length === 0 ? 'no finding matches (' + cards.length + ' in all)'
      : 'findings ' + (first + 1) + '–' + Math.min(first + pageSize, matching.length) + ' of ' + matching.length
        + (matching.length < cards.length ? ' matching (' + cards.length + ' in all)' : '') + ' · page ' + (page + 1) + ' of ' + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    document.getElementById('no-match').hidden = matching.length > 0;
  }

  function apply() {
    var f = filters();
    matching = cards.filter(function (card, i) { return cardMatches(card, i, f); });
    page = 0;
    show();
  }

  function reveal(id) {
    var target = id && document.getElementById(id);
    if (!target) { return; }
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') { node.open = true; }
    }
    var old = document.querySelector('.focus');
    if (old) { old.classList.remove('focus'); }
    target.classList.add('focus');
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  function step(direction) {
    var visible = cards.filter(function (card) { return !card.hidden; });
    if (visible.length === 0) { return; }
    var at = visible.indexOf(document.activeElement && document.activeElement.closest('[data-finding-id]'));
    var to = at < 0 ? 0 : Math.min(Math.max(at + direction, 0), visible.length - 1);
    visible[to].focus();
    visible[to].scrollIntoView({ block: 'start' });
  }

  var typing;
  form.addEventListener('change', apply);
  form.addEventListener('input', function (event) {
    if (event.target.name === 'text') { clearTimeout(typing); typing = setTimeout(apply, 150); }
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  prev.addEventListener('click', function () { page--; show(); });
  next.addEventListener('click', function () { page++; show(); });
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) { return; }
    var id = link.getAttribute('href').slice(1);
    if (!document.getElementById(id)) { return; }
    event.preventDefault();
    history.pushState(null, '', '#' + id);
    reveal(id);
  });
  window.addEventListener('popstate', function () { reveal(decodeURIComponent(location.hash.slice(1))); });
  document.addEventListener('keydown', function (event) {
    var field = event.target.closest('input, select, textarea');
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (field) {
      if (event.key === 'Escape' && field.name === 'text') { field.value = ''; apply(); }
      return;
    }
    if (event.key === '/') { event.preventDefault(); form.elements.text.focus(); }
    else if (event.key === 'j') { step(1); }
    else if (event.key === 'k') { step(-1); }
  });
  var folded = [];
  window.addEventListener('beforeprint', function () {
    folded = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (d) { d.open = true; return true; });
  });
  window.addEventListener('afterprint', function () { folded.forEach(function (d) { d.open = false; }); });
  apply();
  if (location.hash) { reveal(decodeURIComponent(location.hash.slice(1))); }
}());
