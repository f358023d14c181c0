/* teikit reading edition: progressive enhancement only. Everything works without this script;
   with it, the citation gets a copy button and footnotes show beside their call on hover or focus
   on wide screens. No network access, no external code. */
(function () {
  'use strict';

  function setUpCopyButtons() {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = source.textContent.trim();
        // The page gives the words in its labels' language (data-copied, the button's own text).
        var label = button.textContent;
        var done = function () {
          button.textContent = button.getAttribute('data-copied') || 'Copied';
          setTimeout(function () { button.textContent = label; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done, function () { selectAndCopy(source); done(); });
        } else {
          selectAndCopy(source);
          done();
        }
      });
    });
  }

  function selectAndCopy(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { document.execCommand('copy'); } catch (e) { /* the text stays selected for the reader */ }
  }

  var popup = null;

  function hidePopup() {
    if (popup) { popup.remove(); popup = null; }
  }

  function showPopup(call) {
    hidePopup();
    if (!window.matchMedia('(min-width: 64rem)').matches) { return; }
    var id = decodeURIComponent(call.getAttribute('href').slice(1));
    var note = document.getElementById(id);
    if (!note) { return; }
    var body = note.querySelector('.fn-body');
    popup = document.createElement('div');
    popup.className = 'fn-popup';
    popup.setAttribute('role', 'tooltip');
    popup.appendChild((body || note).cloneNode(true));
    popup.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
    document.body.appendChild(popup);
    var box = call.getBoundingClientRect();
    popup.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 8)) + 'px';
    popup.style.top = (window.scrollY + box.bottom + 6) + 'px';
  }

  function setUpFootnotePopups() {
    document.querySelectorAll('.fn-call a').forEach(function (call) {
      call.addEventListener('mouseenter', function () { showPopup(call); });
      call.addEventListener('focus', function () { showPopup(call); });
      call.addEventListener('mouseleave', hidePopup);
      call.addEventListener('blur', hidePopup);
      call.addEventListener('click', hidePopup);
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hidePopup(); } });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpCopyButtons();
    setUpFootnotePopups();
  });
}());
