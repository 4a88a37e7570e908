/* Notes where they are cited. Material's footnote tooltip (feature content.footnote.tooltips) shows
   a note while its reference (a.footnote-ref) is hovered or focused; it is a role="dialog" that
   Material links to the reference with aria-controls. This script adds what it lacks:
   - touch: a tap on a reference shows the note instead of jumping to the list of notes (focusing
     the reference opens Material's tooltip); a second tap while it shows follows the link; a tap
     elsewhere closes it.
   - Escape closes it, and any of Material's tooltips, leaving focus where it is (WCAG 1.4.13:
     dismissible without moving the pointer or focus).
   A mouse click and Enter keep following the link: mouse and keyboard users already see the note on
   hover or focus, and the list of notes, with its ↩ links back, is where a reader goes on purpose.
   It also names Material's nameless dialogs (the note, the search box) and lets search answer text
   that arrives without a keystroke (a paste, dictation). tests/browser checks all of it. */
(function () {
  "use strict";
  var REF = "a.footnote-ref", TIP = ".md-tooltip2";
  var pointer = "mouse", wasOpen = false;

  function refOf(node) { return node && node.closest ? node.closest(REF) : null; }

  function tipOf(ref) {
    var id = ref && ref.getAttribute("aria-controls");
    return id ? document.getElementById(id) : null;
  }

  function isOpen(ref) {
    var tip = tipOf(ref);
    return !!tip && !tip.hidden && tip.classList.contains("md-tooltip2--active");
  }

  function reveal(ref) {  // undo an Escape for this reference
    var tip = tipOf(ref);
    if (tip) tip.hidden = false;
  }

  document.addEventListener("pointerdown", function (e) {
    pointer = e.pointerType || "mouse";
    var ref = refOf(e.target);
    wasOpen = !!ref && ref === document.activeElement && isOpen(ref);
  }, true);

  // A tap elsewhere closes the note: a touch that ends outside the note and its reference (one that
  // turns into a scroll ends in pointercancel instead, and leaves the note open).
  document.addEventListener("pointerup", function (e) {
    var active = refOf(document.activeElement);
    if (e.pointerType !== "mouse" && active && !refOf(e.target) && !e.target.closest(TIP)) active.blur();
  }, true);

  document.addEventListener("click", function (e) {
    var ref = refOf(e.target);
    if (!ref || e.detail === 0 || (e.pointerType || pointer) === "mouse" || wasOpen) return;
    e.preventDefault();
    ref.focus();
    reveal(ref);
  });

  document.addEventListener("focusin", function (e) { reveal(refOf(e.target)); });
  document.addEventListener("mouseover", function (e) { reveal(refOf(e.target)); });

  document.addEventListener("keydown", function (e) {   // notes and Material's [title] tooltips alike
    if (e.key === "Escape") document.querySelectorAll(TIP).forEach(function (tip) { tip.hidden = true; });
  });

  // Material's note is a role="dialog" without a name (axe: aria-dialog-name): name it after its
  // reference ("Note 1"), which Material points at it with aria-controls before adding it.
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        var ref = node.matches && node.matches(TIP + "[role=dialog]") &&
          document.querySelector('[aria-controls="' + node.id + '"]');
        if (ref) node.setAttribute("aria-label", ref.getAttribute("aria-label") || ref.textContent);
      });
    });
  }).observe(document.body, {childList: true});

  var query = document.querySelector("input.md-search__input");
  if (query) {
    // Material searches on keyup; text pasted, dictated or picked from a phone's suggestions fires
    // only `input`, so pass that on (Material ignores a keyup that leaves the query unchanged).
    query.addEventListener("input", function () { query.dispatchEvent(new KeyboardEvent("keyup")); });
    // Material's search box is a role="dialog" without a name (axe: aria-dialog-name); a dialog is
    // announced by its name, so give it its field's (translated) label. Without JavaScript there
    // is no search, so naming it from here loses nothing.
    var dialog = query.closest("[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", query.getAttribute("aria-label"));
  }
})();
