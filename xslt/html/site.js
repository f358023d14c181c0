/* teikit corpus site: sorting and facet filtering of the document table, and full-text search over
   the index written at build time (search-index.js and any search-index-N.js after it add their
   records to window.teikitSearchIndex). No network. */
(function () {
  'use strict';

  // At most this many hits are listed; the status says when there are more.
  var SHOWN = 100;

  // Folds text for matching: lower case, without the marks written over or under letters (any script's:
  // é is e, Arabic مَرْحَبًا is مرحبا, Hebrew שָׁלוֹם is שלום), so that a query finds the word with or without them.
  function normalise(s) {
    return s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
  }

  // The text folded as normalise folds it, character by character, with the span of the original each
  // folded character comes from: folding changes lengths (a Hangul syllable decomposes into its
  // letters), so a hit's place in the folded text is not its place in the original.
  function fold(text) {
    var plain = [];
    var from = [];
    var to = [];
    var at = 0;
    for (var ch of text) {
      var folded = normalise(ch);
      for (var i = 0; i < folded.length; i++) {
        plain.push(folded.charAt(i));
        from.push(at);
        to.push(at + ch.length);
      }
      at += ch.length;
    }
    return { plain: plain.join(''), from: from, to: to };
  }

  // ISO dates in time order, as the page lists them (site.xsl): by the year as a number, then as text
  // within the year. ISO 8601 writes the years before 1 with a minus sign, and as text "-0044" came
  // before "-0100" (100 BCE). A date without a year of four digits or more (and '\uffff', undated) comes after.
  function compareDates(x, y) {
    var a = /^-?[0-9]{4,}/.exec(x);
    var b = /^-?[0-9]{4,}/.exec(y);
    var byYear = a && b ? Number(a[0]) - Number(b[0]) : (a ? 0 : 1) - (b ? 0 : 1);
    return byYear !== 0 ? (byYear < 0 ? -1 : 1) : (x < y ? -1 : x > y ? 1 : 0);
  }

  function setUpSorting(table) {
    var body = table.tBodies[0];
    // Titles sort alphabetically ("Ábel" before "Zoltán"), as the page lists them; dates in time order.
    var alphabetical = new Intl.Collator('en');
    table.querySelectorAll('th[data-sort]').forEach(function (th) {
      var key = th.getAttribute('data-sort');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      th.setAttribute('aria-sort', key === 'date' ? 'ascending' : 'none');
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('th[data-sort]').forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.getAttribute('data-' + key) || '\uffff';
          var y = b.getAttribute('data-' + key) || '\uffff';
          var order = key === 'title' ? alphabetical.compare(x, y) : compareDates(x, y);
          return order * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function setUpFacets(table) {
    var chosen = {};
    document.querySelectorAll('.facets button[data-facet]').forEach(function (button) {
      button.disabled = false; // disabled in the page, so that without this script they are no dead links
      button.addEventListener('click', function () {
        var facet = button.getAttribute('data-facet');
        var value = button.getAttribute('data-value');
        var on = button.getAttribute('aria-pressed') !== 'true';
        document.querySelectorAll('.facets button[data-facet="' + facet + '"]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
        if (on) { chosen[facet] = value; } else { delete chosen[facet]; }
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          row.hidden = Object.keys(chosen).some(function (f) {
            return JSON.parse(row.getAttribute('data-' + f) || '[]').indexOf(chosen[f]) < 0;
          });
        });
      });
    });
  }

  // The passage around the first hit, 80 folded characters before it and 120 after, its hits marked.
  function snippet(text, terms) {
    var folded = fold(text);
    var length = folded.plain.length;
    var at = folded.plain.indexOf(terms[0]);
    var start = Math.max(0, at - 80);
    var end = Math.min(length, Math.max(at, 0) + terms[0].length + 120);
    var fragment = document.createDocumentFragment();
    if (end <= start) { return fragment; }
    var pieceStart = folded.from[start];
    var pieceEnd = folded.to[end - 1];
    var pos = pieceStart;
    fragment.appendChild(document.createTextNode(pieceStart > 0 ? '…' : ''));
    var re = new RegExp(terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|'), 'g');
    var plainPiece = folded.plain.slice(start, end);
    var m;
    while ((m = re.exec(plainPiece)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      var from = folded.from[start + m.index];
      var to = folded.to[start + m.index + m[0].length - 1];
      if (from < pos) { continue; }
      fragment.appendChild(document.createTextNode(text.slice(pos, from)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(from, to);
      fragment.appendChild(mark);
      pos = to;
    }
    fragment.appendChild(document.createTextNode(text.slice(pos, pieceEnd) + (pieceEnd < text.length ? '…' : '')));
    return fragment;
  }

  // The words of a query, with a passage in double quotes ("harbour board", “harbour board”) as one
  // term: the quotation marks were taken as part of the words, and nothing was found.
  function queryTerms(query) {
    var terms = [];
    var re = /["\u201c\u201d\u201e]([^"\u201c\u201d\u201e]*)["\u201c\u201d\u201e]?|([^\s"\u201c\u201d\u201e]+)/g;
    var m;
    var folded = normalise(query);
    while ((m = re.exec(folded)) !== null) {
      var term = (m[1] !== undefined ? m[1] : m[2]).replace(/\s+/g, ' ').trim();
      if (term.length > 0) { terms.push(term); }
    }
    return terms;
  }

  function setUpSearch() {
    var input = document.getElementById('tk-search');
    var status = document.getElementById('tk-search-status');
    var results = document.getElementById('tk-search-results');
    var index = window.teikitSearchIndex;
    if (!input || !index) { return; }
    // The page's words (data-* of the status, in the labels' language), English when it has none.
    var say = function (name, english, n) {
      return (status.getAttribute('data-' + name) || english).replace('%1', String(n));
    };
    status.textContent = say('type', 'Type words to search %1 passages.', index.length);
    index.forEach(function (entry) { entry.plain = normalise(entry.text + ' ' + entry.title).replace(/\s+/g, ' '); });
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var terms = queryTerms(input.value);
        results.textContent = '';
        if (terms.length === 0) { status.textContent = say('type', 'Type words to search %1 passages.', index.length); return; }
        var hits = index.filter(function (entry) {
          return terms.every(function (t) { return entry.plain.indexOf(t) >= 0; });
        });
        status.textContent = hits.length === 0 ? say('nothing', 'Nothing found.')
          : (hits.length === 1 ? say('found-one', '1 passage found') : say('found', '%1 passages found', hits.length))
            + (hits.length > SHOWN ? say('first', '; the first %1 are listed.', SHOWN) : '.');
        hits.slice(0, SHOWN).forEach(function (entry) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = entry.href;
          a.textContent = entry.title;
          li.appendChild(a);
          if (entry.date) { li.appendChild(document.createTextNode(' (' + entry.date + ')')); }
          var p = document.createElement('p');
          p.appendChild(snippet(entry.text, terms));
          li.appendChild(p);
          results.appendChild(li);
        });
      }, 150);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var table = document.getElementById('tk-documents');
    if (table) {
      setUpSorting(table);
      setUpFacets(table);
    }
    setUpSearch();
  });
}());
