/*
 * Decides when to look for a consent screen, cheaply:
 *  - once when the page is idle,
 *  - again after the DOM changes (late banners), through one MutationObserver
 *    whose checks are throttled and back off while nothing is found, and
 *    which is disconnected as soon as a screen is found;
 *  - again after an SPA route change (history API / popstate / hashchange /
 *    Navigation API, and URL polling as the fallback that sees them all).
 * Looking is ConsentLensSnapshot.findCandidates(): style reads only, no
 * layout, and an early exit on pages without consent vocabulary.
 *
 * Defines globalThis.ConsentLensWatch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  if (globalThis.ConsentLensWatch) return;

  var FIRST_GAP_MS = 500;   // least time between two checks
  var MAX_GAP_MS = 8000;    // the gap doubles after each empty check, up to this
  var URL_POLL_MS = 1000;
  var ATTRIBUTES = ["class", "style", "hidden", "open", "aria-hidden", "aria-modal", "role"];

  // ConsentLens's own card (in the open shadow root of <consentlens-warning>)
  // talks about consent too: it is never a candidate.
  function ours(el) {
    var root = el.getRootNode();
    return !!(root && root.host && root.host.localName === "consentlens-warning");
  }

  /*
   * create({onCandidate(dialog), onRouteChange(), measure() -> bool})
   *   arm()     start looking (again); judged dialogs are skipped
   *   disarm()  stop looking (the observer is disconnected)
   *   judged(dialog)  remember a dialog as already judged
   *   forget()  forget the judged dialogs
   */
  function create(options) {
    var armed = false;
    var timer = 0;
    var lastCheck = 0;
    var empty = 0;
    var observer = null;
    var observed = new WeakSet();
    var judged = new WeakSet();
    var url = location.href;

    function gap() { return Math.min(MAX_GAP_MS, FIRST_GAP_MS * Math.pow(2, empty)); }

    function schedule(delay) {
      if (!armed || timer) return;
      var wait = Math.max(delay, lastCheck + gap() - performance.now());
      timer = setTimeout(check, Math.max(0, wait));
    }

    function check() {
      timer = 0;
      if (!armed) return;
      if (document.hidden) return; // checked again when the tab is shown
      var started = performance.now();
      if (options.measure()) performance.mark("consentlens:detect:start");
      var candidates = [];
      try { candidates = globalThis.ConsentLensSnapshot.findCandidates(document); } catch (e) { candidates = []; }
      if (options.measure()) performance.measure("consentlens:detect", "consentlens:detect:start");
      lastCheck = performance.now();
      var dialog = null;
      for (var i = 0; i < candidates.length && !dialog; i++) {
        if (!judged.has(candidates[i]) && !ours(candidates[i])) dialog = candidates[i];
      }
      if (!dialog) {
        empty += 1;
        return;
      }
      disarm();
      options.onCandidate(dialog, lastCheck - started);
    }

    function watchShadow(node) {
      if (node.shadowRoot && !observed.has(node.shadowRoot)) {
        observed.add(node.shadowRoot);
        observer.observe(node.shadowRoot, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
      }
    }

    function onMutations(records) {
      var relevant = false;
      for (var i = 0; i < records.length; i++) {
        var r = records[i];
        if (r.type === "attributes") { relevant = true; continue; }
        for (var j = 0; j < r.addedNodes.length; j++) {
          var n = r.addedNodes[j];
          if (n.nodeType === 1) {
            relevant = true;
            // Shadow trees are invisible to an observer on the document:
            // watch the shadow root of a newly added host too (CMPs render there).
            watchShadow(n);
          }
        }
      }
      if (relevant) schedule(100);
    }

    function arm() {
      if (armed) return;
      armed = true;
      if (!observer) observer = new MutationObserver(onMutations);
      observed = new WeakSet();
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
      schedule(0);
    }

    function disarm() {
      armed = false;
      if (timer) clearTimeout(timer);
      timer = 0;
      if (observer) observer.disconnect();
    }

    // ---- route changes ---------------------------------------------------

    function routeMaybeChanged() {
      if (location.href === url) return;
      // A fragment-only change is no new route: facebook.com and others use
      // hashes for in-page state.
      var before = url.split("#")[0], after = location.href.split("#")[0];
      url = location.href;
      if (before === after) return;
      empty = 0;
      judged = new WeakSet();
      options.onRouteChange();
    }

    window.addEventListener("popstate", routeMaybeChanged);
    window.addEventListener("hashchange", routeMaybeChanged);
    if (globalThis.navigation && typeof globalThis.navigation.addEventListener === "function") {
      globalThis.navigation.addEventListener("currententrychange", function () { setTimeout(routeMaybeChanged, 0); });
    }
    // history.pushState from page scripts is invisible to an isolated world:
    // a string comparison per second catches it everywhere.
    setInterval(routeMaybeChanged, URL_POLL_MS);

    document.addEventListener("visibilitychange", function () {
      if (!document.hidden && armed) schedule(0);
    });

    return {
      arm: arm,
      disarm: disarm,
      judged: function (dialog) { judged.add(dialog); },
      // Look at every dialog afresh (the site was switched off and on again).
      forget: function () { judged = new WeakSet(); empty = 0; },
      checkSoon: function () { schedule(0); }
    };
  }

  globalThis.ConsentLensWatch = { create: create };
})();
