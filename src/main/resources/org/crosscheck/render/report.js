(function () {
  'use strict';
  // Builds the findings, claim matrices and source texts from the page's JSON blocks. Every text goes
  // in with textContent or createTextNode, never as markup, so source text can never run.
  var SVG = 'http://www.w3.org/2000/svg';
  var pageSize = Number(document.getElementById('findings').getAttribute('data-page-size'));
  var blocks = {};
  var form = document.getElementById('filters');
  var list = document.getElementById('finding-list');
  var status = document.getElementById('finding-status');
  var prev = document.getElementById('page-prev');
  var next = document.getElementById('page-next');
  var findings = [];
  var rules = {};
  var searchable = null;
  var owners = null;
  var matching = [];
  var page = 0;
  var typing;

  /** A data block, parsed once; a gzipped block is inflated by the browser's DecompressionStream. */
  function load(name) {
    if (!blocks[name]) {
      var block = document.getElementById('data-' + name);
      if (!block.hasAttribute('data-gzip')) {
        blocks[name] = Promise.resolve(JSON.parse(block.textContent));
      } else {
        var binary = atob(block.textContent);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        blocks[name] = new Response(stream).text().then(JSON.parse);
      }
    }
    return blocks[name];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function add(parent, child) { parent.appendChild(child); return child; }

  function link(href, text, className) {
    var a = el('a', className, text);
    a.setAttribute('href', '#' + href);
    return a;
  }

  function svg(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function chart(c) {
    var root = svg('svg', { 'class': 'chart', viewBox: '0 0 ' + c.width + ' ' + c.height, width: c.width, height: c.height, role: 'img', 'aria-label': c.caption });
    root.appendChild(svg('title', {}, c.caption));
    var marks = c.marks;
    if (c.kind === 'timeline') {
      root.appendChild(svg('line', { 'class': 'track', x1: marks[0].x1, y1: 40, x2: marks[marks.length - 1].x1, y2: 40 }));
    } else {
      root.appendChild(svg('line', { 'class': 'axis', x1: 170, y1: c.height - 20, x2: c.width - 20, y2: c.height - 20 }));
    }
    marks.forEach(function (m) {
      var shape = m.x1 === m.x2 ? svg('circle', { 'class': 'dot', cx: m.x1, cy: m.y, r: 5 })
        : svg('line', { 'class': 'bar', x1: m.x1, y1: m.y, x2: m.x2, y2: m.y });
      shape.appendChild(svg('title', {}, m.title));
      root.appendChild(shape);
      root.appendChild(c.kind === 'timeline' ? svg('text', { x: m.x1, y: m.y - 11, 'text-anchor': 'middle' }, m.label)
        : svg('text', { x: 164, y: m.y + 4, 'text-anchor': 'end' }, m.label));
      if (m.openLeft) { root.appendChild(svg('path', { 'class': 'open', d: 'M' + (m.x1 - 10) + ' ' + m.y + ' l8 -6 v12 z' })); }
      if (m.openRight) { root.appendChild(svg('path', { 'class': 'open', d: 'M' + (m.x2 + 10) + ' ' + m.y + ' l-8 -6 v12 z' })); }
    });
    c.ticks.forEach(function (t) { root.appendChild(svg('text', { x: t.x, y: t.y, 'text-anchor': 'middle', 'class': 'tick' }, t.label)); });
    return root;
  }

  function card(f) {
    var article = el('article', 'card ' + f.severity);
    article.id = 'finding-' + f.id;
    article.tabIndex = -1;
    [['finding-id', f.id], ['severity', f.severity], ['rule', f.rule], ['story', f.story], ['sources', f.sources]]
      .forEach(function (pair) { article.setAttribute('data-' + pair[0], pair[1]); });
    var badges = add(article, el('div'));
    add(badges, el('span', 'badge sev-' + f.severity, f.severity));
    add(badges, el('span', 'badge', f.category));
    if (f.nearMiss) { add(badges, el('span', 'badge', 'near miss')); }
    if (f.gate) { add(badges, el('span', 'badge gate', f.gate)); }
    add(article, el('h3', null, f.message));
    var meta = add(article, el('p', 'meta', f.claim ? 'claim ' : 'rule '));
    if (f.claim) {
      add(meta, link('claim-' + f.claim, f.claimLabel || f.claim));
      meta.appendChild(document.createTextNode(' · story ' + f.story + ' · rule '));
    }
    add(meta, el('code', null, f.rule));
    meta.appendChild(document.createTextNode(' · ' + f.id));
    var quotes = add(article, el('div', 'quotes'));
    f.quotes.forEach(function (q) {
      var figure = add(quotes, el('figure', 'quote'));
      var caption = add(figure, el('figcaption'));
      add(caption, link('fact-' + q.fact, q.path + ':' + q.line, 'evidence'));
      caption.appendChild(document.createTextNode((q.outlet ? ' · ' + q.outlet : '') + ' · published ' + q.published));
      var sentence = add(figure, el('blockquote'));
      sentence.appendChild(document.createTextNode(q.before || ''));
      add(sentence, el('mark', null, q.match));
      sentence.appendChild(document.createTextNode(q.after || ''));
      add(figure, el('p', 'reading', q.reading));
    });
    if (f.chart) { article.appendChild(chart(f.chart)); }
    var why = add(article, el('div', 'why'));
    add(why, el('b', null, 'Why it fired'));
    var reasons = add(why, el('ul'));
    var rule = rules[f.rule] || {};
    (f.reasons || []).concat(rule.summary ? [rule.summary] : []).forEach(function (r) { add(reasons, el('li', null, r)); });
    if (rule.because) {
      var about = add(why, el('details'));
      add(about, el('summary', null, 'About rule ' + f.rule));
      add(about, el('p', 'muted', rule.because));
    }
    return article;
  }

  function fillStory(details, stories) {
    var body = details.querySelector('.story-body');
    var story = stories[details.getAttribute('data-story')];
    if (body.firstChild || !story) { return; }
    var table = add(body, el('table', 'matrix'));
    var head = add(add(table, el('thead')), el('tr'));
    ['claim', 'status', 'independent sources per value'].forEach(function (h) { add(head, el('th', null, h)); });
    story.sources.forEach(function (s) {
      var th = add(head, el('th'));
      add(th, link('source-' + s.id, s.id));
      add(th, el('br'));
      add(th, el('small', null, (s.outlet ? s.outlet + ' ' : '') + s.published));
    });
    var rows = add(table, el('tbody'));
    (story.claims || []).forEach(function (row) {
      var tr = add(rows, el('tr', row.disputed ? 'disputed' : null));
      tr.id = 'claim-' + row.id;
      add(tr, el('th', null, row.label)).scope = 'row';
      add(tr, el('td', 'status-' + row.status, row.status));
      var support = add(tr, el('td'));
      (row.support || []).forEach(function (s, i) {
        if (i) { add(support, el('br')); }
        support.appendChild(document.createTextNode(s.value + ': ' + s.sources));
      });
      row.cells.forEach(function (cell) {
        var td = add(tr, el('td'));
        cell.forEach(function (fact) {
          var a = add(td, link('fact-' + fact.fact, '“' + fact.text + '” ', fact.odd ? 'cell-fact odd' : 'cell-fact'));
          add(a, el('small', null, fact.value));
        });
      });
    });
  }

  function fillSource(details, sources) {
    var body = details.querySelector('.source-text');
    var segments = sources[details.getAttribute('data-source')];
    if (body.firstChild || !segments) { return; }
    segments.forEach(function (s) {
      if (!s.fact) { body.appendChild(document.createTextNode(s.text || '')); return; }
      var mark = add(body, el('mark', 'fact', s.text));
      mark.id = 'fact-' + s.fact;
      mark.setAttribute('data-fact-id', s.fact);
      mark.setAttribute('data-hint', s.hint);
    });
  }

  function fill(details) {
    if (details.hasAttribute('data-story')) { return load('stories').then(function (s) { fillStory(details, s); }); }
    if (details.hasAttribute('data-source')) { return load('sources').then(function (s) { fillSource(details, s); }); }
    return Promise.resolve();
  }

  /** The story or source element that holds a claim or fact id, so a link can unfold it first. */
  function owner(id) {
    return Promise.all([load('sources'), load('stories')]).then(function (loaded) {
      if (!owners) {
        owners = {};
        var sources = loaded[0];
        var stories = loaded[1];
        Object.keys(sources).forEach(function (source) {
          sources[source].forEach(function (s) { if (s.fact) { owners['fact-' + s.fact] = 'source-' + source; } });
        });
        Object.keys(stories).forEach(function (story) {
          (stories[story].claims || []).forEach(function (row) { owners['claim-' + row.id] = 'story-' + story; });
        });
      }
      return owners[id] && document.getElementById(owners[id]);
    });
  }

  function text(i) {
    if (!searchable) {
      searchable = findings.map(function (f) {
        return [f.message, f.claimLabel, f.rule, f.story, f.id].concat(f.reasons || [], f.quotes.map(function (q) {
          return q.path + ' ' + q.outlet + ' ' + q.before + q.match + q.after + ' ' + q.reading;
        })).join(' ').toLowerCase();
      });
    }
    return searchable[i];
  }

  function filters() {
    return {
      severities: Array.prototype.map.call(form.querySelectorAll('input[name=severity]:checked'), function (b) { return b.value; }),
      rule: form.elements.rule.value, story: form.elements.story.value, source: form.elements.source.value,
      text: form.elements.text.value.trim().toLowerCase()
    };
  }

  function matches(f, i, q) {
    return q.severities.indexOf(f.severity) >= 0 && (!q.rule || f.rule === q.rule) && (!q.story || f.story === q.story)
      && (!q.source || (' ' + f.sources + ' ').indexOf(' ' + q.source + ' ') >= 0) && (!q.text || text(i).indexOf(q.text) >= 0);
  }

  function show() {
    var pages = Math.max(1, Math.ceil(matching.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var first = page * pageSize;
    var fragment = document.createDocumentFragment();
    matching.slice(first, first + pageSize).forEach(function (i) { fragment.appendChild(card(findings[i])); });
    list.replaceChildren(fragment);
    status.textContent = matching.length === 0 ? 'no finding matches (' + findings.length + ' in all)'
      : 'findings ' + (first + 1) + '–' + Math.min(first + pageSize, matching.length) + ' of ' + matching.length
        + (matching.length < findings.length ? ' matching (' + findings.length + ' in all)' : '') + ' · page ' + (page + 1) + ' of ' + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    document.getElementById('no-match').hidden = matching.length > 0;
  }

  function apply() {
    clearTimeout(typing);
    var q = filters();
    matching = [];
    findings.forEach(function (f, i) { if (matches(f, i, q)) { matching.push(i); } });
    page = 0;
    show();
  }

  function reveal(id) {
    if (!id) { return; }
    owner(id).then(function (holder) {
      if (holder) { holder.open = true; return fill(holder); }
    }).then(function () {
      var target = document.getElementById(id);
      if (!target) { return; }
      for (var node = target.parentElement; node; node = node.parentElement) {
        if (node.tagName === 'DETAILS') { node.open = true; }
      }
      var old = document.querySelector('.focus');
      if (old) { old.classList.remove('focus'); }
      target.classList.add('focus');
      if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    });
  }

  function step(direction) {
    var cards = Array.prototype.slice.call(list.children);
    if (cards.length === 0) { return; }
    var at = cards.indexOf(document.activeElement && document.activeElement.closest('[data-finding-id]'));
    var to = at < 0 ? 0 : Math.min(Math.max(at + direction, 0), cards.length - 1);
    cards[to].focus();
    cards[to].scrollIntoView({ block: 'start' });
  }

  form.addEventListener('change', apply);
  form.addEventListener('input', function (event) {
    if (event.target.name === 'text') { clearTimeout(typing); typing = setTimeout(apply, 150); }
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  prev.addEventListener('click', function () { page--; show(); });
  next.addEventListener('click', function () { page++; show(); });
  document.addEventListener('toggle', function (event) {
    if (event.target.open) { fill(event.target); }
  }, true);
  document.addEventListener('click', function (event) {
    var a = event.target.closest('a[href^="#"]');
    if (!a) { return; }
    var id = a.getAttribute('href').slice(1);
    if (!document.getElementById(id) && !/^(fact|claim)-/.test(id)) { return; }
    event.preventDefault();
    history.pushState(null, '', '#' + id);
    reveal(id);
  });
  window.addEventListener('popstate', function () { reveal(decodeURIComponent(location.hash.slice(1))); });
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var field = event.target.closest('input, select, textarea');
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
    folded = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (d) { d.open = true; fill(d); return true; });
  });
  window.addEventListener('afterprint', function () { folded.forEach(function (d) { d.open = false; }); });
  Promise.all([load('findings'), load('rules')]).then(function (loaded) {
    findings = loaded[0];
    rules = loaded[1];
    Array.prototype.forEach.call(document.querySelectorAll('details[open]'), fill);
    apply();
    if (location.hash) { reveal(decodeURIComponent(location.hash.slice(1))); }
    document.body.setAttribute('data-ready', '');
    performance.mark('crosscheck-ready');
  });
}());
