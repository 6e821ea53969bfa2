/*
 * Decides when to look for a consent screen, cheaply:
 *  - once when the page is idle (a full look: the document, its open shadow
 *    roots and same-origin frames),
 *  - again after the DOM changes (late banners), through one MutationObserver
 *    on all of those roots, whose checks are throttled, back off while
 *    nothing is found, wait for an idle moment (at most IDLE_TIMEOUT_MS), and
 *    look only at what changed (the added or restyled subtrees), with a full
 *    look at most every FULL_EVERY_MS; the observer is disconnected as soon
 *    as a screen is found;
 *  - again after an SPA route change (history API / popstate / hashchange /
 *    Navigation API, and URL polling as the fallback that sees them all).
 * Looking is ConsentLensSnapshot's candidate search: style reads only, no
 * layout, and consent vocabulary tested with one native textContent per
 * subtree (docs: extension/README.md, "Detection cost").
 *
 * Defines globalThis.ConsentLensWatch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  if (globalThis.ConsentLensWatch) return;

  var FIRST_GAP_MS = 500;      // least time between two checks
  var MAX_GAP_MS = 8000;       // the gap doubles after each empty check, up to this
  var FULL_EVERY_MS = 8000;    // while changes come in, a full look at least this often
  var MAX_CHANGED = 60;        // more changed elements than this in one gap: a full look
  var IDLE_TIMEOUT_MS = 300;   // a due check waits for an idle moment at most this long
  var URL_POLL_MS = 1000;
  var ATTRIBUTES = ["class", "style", "hidden", "open", "aria-hidden", "aria-modal", "role"];
  var TAG = "consentlens-warning";

  // ConsentLens's own marker and card (in the open shadow root of
  // <consentlens-warning>) talk about consent too: never a candidate, and
  // their changes are no reason to look again.
  function ours(node) {
    if (node.localName === TAG) return true;
    var root = node.getRootNode();
    return !!(root && root.host && root.host.localName === TAG);
  }

  function whenIdle(fn) {
    if (typeof requestIdleCallback !== "function") return { cancel: clearTimeout.bind(null, setTimeout(fn, 0)) };
    var handle = requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
    return { cancel: function () { cancelIdleCallback(handle); } };
  }

  /*
   * create({onCandidate(dialog), onRouteChange(), measure() -> bool})
   *   arm()     start looking (again, everywhere); judged dialogs are skipped
   *   disarm()  stop looking (the observer is disconnected)
   *   judged(dialog)  remember a dialog as already judged
   *   forget()  forget the judged dialogs
   *   checkSoon()  look again soon (everywhere)
   */
  function create(options) {
    var snapshot = globalThis.ConsentLensSnapshot;
    var armed = false;
    var timer = 0;            // waiting for the gap to pass
    var idle = null;          // then waiting for an idle moment
    var lastCheck = -Infinity;
    var lastFull = -Infinity;
    var empty = 0;
    var observer = null;
    var observed = new WeakSet();
    var changed = null;       // elements changed since the last check; null: look everywhere
    var judged = new WeakSet();
    var url = location.href;

    function gap() { return Math.min(MAX_GAP_MS, FIRST_GAP_MS * Math.pow(2, empty)); }

    function schedule(delay) {
      if (!armed || timer || idle) return;
      var wait = Math.max(delay, lastCheck + gap() - performance.now());
      timer = setTimeout(function () {
        timer = 0;
        if (armed) idle = whenIdle(check);
      }, Math.max(0, wait));
    }

    function observe(root) {
      if (observed.has(root)) return;
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
    }

    // Shadow roots and same-origin frame documents are invisible to an
    // observer on the document: observe every root a look went through.
    function observeRoots(roots) {
      roots.forEach(function (root) {
        if (root.nodeType === 11 && root.host && root.host.localName !== TAG) observe(root);
        else if (root.nodeType === 9 && root.documentElement) observe(root.documentElement);
      });
    }

    function search() {
      var full = changed === null || performance.now() - lastFull >= FULL_EVERY_MS;
      var roots = [];
      if (full) {
        roots = snapshot.searchRoots(document);
        lastFull = performance.now();
      } else {
        changed.forEach(function (el) {
          if (el.isConnected) Array.prototype.push.apply(roots, snapshot.searchRoots(el));
        });
      }
      changed = new Set();
      observeRoots(roots);
      return { full: full, candidates: roots.length ? snapshot.candidatesIn(roots) : [] };
    }

    function check() {
      idle = null;
      if (!armed) return;
      if (document.hidden) return; // checked again when the tab is shown
      var started = performance.now();
      var found = { full: changed === null, candidates: [] };
      try { found = search(); } catch (e) { changed = null; }
      lastCheck = performance.now();
      if (options.measure()) {
        performance.measure("consentlens:detect", { start: started, end: lastCheck, detail: { full: found.full } });
      }
      var dialog = null;
      for (var i = 0; i < found.candidates.length && !dialog; i++) {
        var c = found.candidates[i];
        if (!judged.has(c) && !ours(c)) dialog = c;
      }
      if (!dialog) {
        empty += 1;
        return;
      }
      disarm();
      options.onCandidate(dialog, lastCheck - started);
    }

    function noteChange(el) {
      if (changed === null || ours(el)) return;
      changed.add(el);
      if (changed.size > MAX_CHANGED) changed = null;
    }

    function onMutations(records) {
      var relevant = false;
      for (var i = 0; i < records.length; i++) {
        var r = records[i];
        if (r.type === "attributes") {
          if (!ours(r.target)) { noteChange(r.target); relevant = true; }
          continue;
        }
        for (var j = 0; j < r.addedNodes.length; j++) {
          var n = r.addedNodes[j];
          if (n.nodeType === 1 && !ours(n)) { noteChange(n); relevant = true; }
          else if (n.nodeType === 3 && r.target.nodeType === 1 && !ours(r.target)) { noteChange(r.target); relevant = true; }
        }
      }
      if (relevant) schedule(100);
    }

    function arm() {
      if (armed) return;
      armed = true;
      changed = null;
      if (!observer) observer = new MutationObserver(onMutations);
      observed = new WeakSet();
      observe(document.documentElement);
      schedule(0);
    }

    function disarm() {
      armed = false;
      if (timer) clearTimeout(timer);
      timer = 0;
      if (idle) idle.cancel();
      idle = null;
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
      checkSoon: function () { changed = null; schedule(0); }
    };
  }

  globalThis.ConsentLensWatch = { create: create };
})();
