/* Popovers for annotations in running text: glossary terms (a.rd-term) and commentary markers
   (.rd-cm). Each trigger names its hidden content with aria-describedby, so screen readers
   announce it on focus; this script shows the same content visibly:
   - mouse: on hover (and it stays while the pointer moves into it, so its links can be clicked);
   - keyboard: on focus; Tab moves into its links, Escape closes it and returns focus;
   - touch: the first tap opens it instead of following the link, a second tap follows the link,
     a tap elsewhere closes it.
   The box is inserted right after its trigger, so it follows it in reading and tab order. */
(function () {
  "use strict";
  var TRIGGERS = "a.rd-term, .rd-cm";
  var box = null, current = null, hideTimer = 0, lastPointer = "mouse", openedAt = 0, dismissed = null;

  function make() {
    var el = document.createElement("span");
    el.className = "rd-popover";
    el.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    el.addEventListener("mouseleave", function () { scheduleHide(); });
    el.addEventListener("focusout", function (e) { if (!inside(e.relatedTarget)) hide(false); });
    return el;
  }

  function inside(node) {
    return !!node && ((box && box.contains(node)) || node === current);
  }

  function show(trigger) {
    var src = document.getElementById(trigger.getAttribute("aria-describedby") || "");
    if (!src) return;
    clearTimeout(hideTimer);
    if (current === trigger && box && !box.hidden) return;
    hide(false);
    box = box || make();
    box.innerHTML = src.innerHTML;
    box.hidden = false;
    trigger.insertAdjacentElement("afterend", box);
    trigger.setAttribute("aria-expanded", "true");
    current = trigger;
    openedAt = Date.now();
    place(trigger);
  }

  function place(trigger) {
    var vw = document.documentElement.clientWidth, margin = 8;
    var width = Math.min(340, vw - 2 * margin);
    box.style.width = width + "px";
    box.style.left = "0px"; box.style.top = "0px";
    var r = trigger.getBoundingClientRect(), origin = box.getBoundingClientRect();
    var left = Math.max(margin, Math.min(r.left, vw - width - margin));
    var below = r.bottom + 6, h = box.offsetHeight;
    var top = below + h > window.innerHeight - margin && r.top - h - 6 > margin ? r.top - h - 6 : below;
    box.style.left = (left - origin.left) + "px";
    box.style.top = (top - origin.top) + "px";
  }

  function hide(restoreFocus) {
    clearTimeout(hideTimer);
    if (!current) return;
    var trigger = current;
    current = null;
    trigger.setAttribute("aria-expanded", "false");
    if (box) { box.hidden = true; box.remove(); }
    if (restoreFocus) {
      dismissed = trigger;  // focus goes back to it: that must not reopen what Escape closed
      trigger.focus();
      dismissed = null;
    }
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () { hide(false); }, 250);
  }

  document.addEventListener("pointerdown", function (e) { lastPointer = e.pointerType || "mouse"; }, true);
  document.addEventListener("mouseover", function (e) {
    var t = e.target.closest && e.target.closest(TRIGGERS);
    if (t && lastPointer === "mouse") show(t);
  });
  document.addEventListener("mouseout", function (e) {
    var t = e.target.closest && e.target.closest(TRIGGERS);
    if (t && t === current && !inside(e.relatedTarget)) scheduleHide();
  });
  document.addEventListener("focusin", function (e) {
    var t = e.target.closest && e.target.closest(TRIGGERS);
    if (t && t !== dismissed) show(t);
  });
  document.addEventListener("focusout", function (e) {
    if (current && e.target === current && !inside(e.relatedTarget)) hide(false);
  });
  document.addEventListener("click", function (e) {
    var t = e.target.closest && e.target.closest(TRIGGERS);
    // A tap focuses the trigger (which opens it) and then clicks it: that click must not undo it.
    var justOpened = t && current === t && Date.now() - openedAt < 500;
    if (t && lastPointer !== "mouse" && (current !== t || justOpened)) {
      e.preventDefault();
      show(t);
    } else if (t && t.classList.contains("rd-cm")) {
      e.preventDefault();
      if (current === t && !justOpened) hide(false); else show(t);
    } else if (current && !inside(e.target) && !(box && box.contains(e.target))) {
      hide(false);
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && current) { e.preventDefault(); hide(true); }
  });
  window.addEventListener("resize", function () { if (current) place(current); });
})();
