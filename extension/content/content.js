/*
 * The content script: watch for a consent screen (ConsentLensWatch),
 * snapshot it (ConsentLensSnapshot, shared with `consentlens scan`), ask
 * the background for a verdict, show it (ConsentLensWarning).
 *
 * Privacy: nothing leaves the page unless a candidate screen is present, and
 * then only its snapshot (the dialog, masked; see docs/SNAPSHOT.md).
 * Nothing here throws into the page: every step fails quietly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  if (globalThis.ConsentLensContent) return;
  globalThis.ConsentLensContent = true;

  var platform = globalThis.ConsentLensPlatform;
  var warning = globalThis.ConsentLensWarning;

  var SETTLE_MS = 400;     // banners slide or fade in: measure them where they stop
  var RETRY_MS = [15000, 30000, 60000, 120000, 300000];

  // Same-origin frames are judged from the top frame (snapshot.js walks into
  // them); only the top frame and cross-origin frames look for themselves.
  function looksHere() {
    if (window === window.top) return true;
    try { return !window.top.document; } catch (e) { return true; }
  }

  var enabled = false;
  var researcher = false;
  var watcher = null;
  var reported = false;     // the background holds a state for this frame
  var pending = null;       // {dialog} waiting for the service to come back
  var retryTimer = 0;
  var retries = 0;
  var verdicts = new Map(); // dialog signature -> verdict, for this route
  var lastDialog = null;    // the dialog judged last (an evidence capture snapshots it again)
  var concealTimer = 0;

  function signature(snapshot) {
    return snapshot.dialog.text + "\u0000" + snapshot.elements.map(function (e) { return e.text + "|" + e.visible; }).join("\u0000");
  }

  function snapshotOf(dialog, nodes) {
    if (researcher) performance.mark("consentlens:snapshot:start");
    var snapshot = null;
    try {
      snapshot = globalThis.ConsentLensSnapshot.takeSnapshot({ dialog: dialog, nodes: nodes, producer: "extension" });
    } catch (e) {
      snapshot = null;
    }
    if (researcher) performance.measure("consentlens:snapshot", "consentlens:snapshot:start");
    return snapshot;
  }

  function dialogGone(dialog) {
    watcher.judged(dialog);
    watcher.arm();
  }

  function render(verdict, nodes, dialog) {
    warning.show(verdict, nodes, dialog, function () { dialogGone(dialog); });
  }

  function cancelRetry() {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = 0;
    pending = null;
  }

  function scheduleRetry(dialog, hintMs) {
    cancelRetry();
    pending = { dialog: dialog };
    var wait = Math.max(hintMs || 0, RETRY_MS[Math.min(retries, RETRY_MS.length - 1)]);
    retries += 1;
    retryTimer = setTimeout(function () { retryTimer = 0; retryNow(); }, wait);
  }

  function retryNow() {
    if (!pending) return;
    var dialog = pending.dialog;
    cancelRetry();
    if (dialog.isConnected) judge(dialog);
    else watcher.arm();
  }

  function judge(dialog) {
    if (!enabled) return;
    var nodes = [];
    var snapshot = snapshotOf(dialog, nodes);
    if (!snapshot || !snapshot.elements.length) {
      dialogGone(dialog);
      return;
    }
    watcher.judged(dialog);
    lastDialog = dialog;
    var sig = signature(snapshot);
    if (verdicts.has(sig)) {
      // The page re-rendered a screen already judged on this route.
      render(verdicts.get(sig), nodes, dialog);
      return;
    }
    reported = true;
    platform.send({ type: "content:verdict", snapshot: snapshot }).then(function (answer) {
      if (!enabled) return;
      var status = answer && answer.status;
      if (status === "ok" && answer.verdict) {
        retries = 0;
        verdicts.set(sig, answer.verdict);
        if (dialog.isConnected) render(answer.verdict, nodes, dialog);
        else watcher.arm();
      } else if (status === "unreachable" || !answer) {
        scheduleRetry(dialog, answer && answer.retryInMs);
      } else {
        // rejected or disabled: nothing to show; keep watching for other screens.
        watcher.arm();
      }
    });
  }

  function onCandidate(dialog) {
    setTimeout(function () {
      if (!enabled) return;
      if (dialog.isConnected) judge(dialog);
      else watcher.arm();
    }, SETTLE_MS);
  }

  function clearPage() {
    cancelRetry();
    retries = 0;
    verdicts = new Map();
    warning.remove();
    if (reported) {
      reported = false;
      platform.send({ type: "content:cleared" });
    }
  }

  function onRouteChange() {
    clearPage();
    if (!enabled) return;
    watcher.arm();
    watcher.checkSoon();
  }

  function hello() {
    return platform.send({ type: "content:hello" }).then(function (answer) {
      enabled = !!(answer && answer.enabled);
      researcher = !!(answer && answer.researcher);
      if (!watcher) {
        watcher = globalThis.ConsentLensWatch.create({
          onCandidate: onCandidate,
          onRouteChange: onRouteChange,
          measure: function () { return researcher; }
        });
      }
      if (enabled) watcher.arm();
    });
  }

  // ---- evidence capture (the auditor pressed "Capture evidence") -------

  // The page as it is: ConsentLens's own marker stays out of the screenshot
  // (the gallery draws the outlines itself). Shown again after the capture,
  // or after 10 s whatever happens.
  function conceal(hidden) {
    if (concealTimer) clearTimeout(concealTimer);
    concealTimer = 0;
    var host = warning.current();
    if (host) host.style.visibility = hidden ? "hidden" : "";
    if (!hidden) return Promise.resolve({ ok: true });
    concealTimer = setTimeout(function () { conceal(false); }, 10000);
    // Two frames: the style change is painted before the screenshot is taken.
    return new Promise(function (resolve) {
      requestAnimationFrame(function () { requestAnimationFrame(function () { resolve({ ok: true }); }); });
    });
  }

  // A fresh snapshot of the dialog judged last (positions as on the
  // screenshot), or of any candidate now on the page; null without a dialog.
  function evidenceSnapshot() {
    var dialog = lastDialog && lastDialog.isConnected && lastDialog.getClientRects().length ? lastDialog : null;
    var snapshot = null;
    try {
      snapshot = globalThis.ConsentLensSnapshot.takeSnapshot(dialog ? { dialog: dialog, producer: "extension" } : { producer: "extension" });
    } catch (e) {
      snapshot = null;
    }
    return { ok: true, snapshot: snapshot && snapshot.elements.length ? snapshot : null };
  }

  // Messages from the background; only these types, only from this extension.
  var HANDLERS = {
    "page:retry": function () { retries = 0; retryNow(); },
    "page:rescan": function () {
      if (watcher) { watcher.disarm(); watcher.forget(); }
      clearPage();
      hello();
    },
    "page:conceal": function (msg) { return conceal(msg.hidden === true); },
    "page:evidence": evidenceSnapshot
  };

  function start() {
    if (!looksHere() || !globalThis.ConsentLensSnapshot) return;
    platform.onMessage(function (msg, sender) {
      if (!sender || sender.id !== platform.api.runtime.id || !msg || typeof msg.type !== "string") return undefined;
      if (!Object.prototype.hasOwnProperty.call(HANDLERS, msg.type)) return undefined;
      var answer = HANDLERS[msg.type](msg);
      return answer === undefined ? { ok: true } : answer;
    });
    hello();
  }

  try { start(); } catch (e) { /* never break the page */ }
})();
