/*
 * "Capture evidence" (auditors): the visible part of the tab as a PNG, the
 * snapshot of the consent screen (if there is one) with the service's verdict
 * on it, the URL, the time, the browser, the extension's and the model's
 * versions, sent to the service's POST /api/v1/captures under a case name.
 * Started from the popup (capture:run) or the keyboard shortcut (the
 * manifest's `commands`: capture-evidence, with the case name used last).
 *
 * captureVisibleTab needs the activeTab grant, which the browser gives when
 * the user opens the popup or presses the shortcut on that tab: nothing is
 * captured in the background or on a tab the user did not turn to.
 *
 * The token is read from the settings owner and sent only to the configured
 * service, in the Authorization header (see service.js).
 *
 * No full-page capture: stitching scrolled screenshots repeats fixed banners
 * (a consent dialog is usually one) in every slice and Chromium allows two
 * captureVisibleTab calls a second; the visible screenshot is what the user saw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var platform = globalThis.ConsentLensPlatform;
  var settings = globalThis.ConsentLensSettings;
  var service = globalThis.ConsentLensService;
  var tabs = globalThis.ConsentLensTabs;

  var COMMAND = "capture-evidence";
  var LAST_KEY = "capture:last";
  var MAX_SNAPSHOT_CHARS = 4 * 1024 * 1024;
  var running = false;

  function result(tabId, status, extra) {
    return Object.assign({ status: status, tabId: tabId, at: Date.now() }, extra || {});
  }

  // The last outcome, for the popup (also when the shortcut started it).
  function remember(outcome) {
    var items = {};
    items[LAST_KEY] = outcome;
    return Promise.resolve(platform.session.set(items)).catch(function () {}).then(function () { return outcome; });
  }

  function last() {
    return Promise.resolve(platform.session.get(LAST_KEY)).then(function (items) {
      return (items && items[LAST_KEY]) || null;
    }, function () { return null; });
  }

  function getTab(tabId) {
    return Promise.resolve(platform.api.tabs.get(tabId)).catch(function () { return null; });
  }

  // The snapshot of the tab's consent screen: from the frame whose verdict
  // the popup shows (findings first, then a fair screen), else the top frame.
  function pickFrame(tabId) {
    return tabs.view(tabId).then(function (view) {
      var judged = view.frames.filter(function (f) { return f.status === "ok" && f.verdict && f.verdict.consent_screen; });
      var withFindings = judged.filter(function (f) { return f.verdict.patterns.length; });
      var frame = withFindings[0] || judged[0];
      return frame ? frame.frameId : 0;
    }).catch(function () { return 0; });
  }

  function snapshotOf(tabId) {
    return pickFrame(tabId).then(function (frameId) {
      return platform.sendToTab(tabId, { type: "page:evidence" }, frameId).then(function (answer) {
        var snapshot = answer && answer.snapshot;
        if (!snapshot || typeof snapshot !== "object" || snapshot.schema_version !== 1) return null;
        try { if (JSON.stringify(snapshot).length > MAX_SNAPSHOT_CHARS) return null; } catch (e) { return null; }
        return snapshot;
      });
    });
  }

  // The service's whole answer for exactly this snapshot, so that the
  // verdict's element indexes point into the snapshot stored beside it.
  function verdictOf(current, snapshot) {
    if (!snapshot) return Promise.resolve(null);
    return service.analyze(current, snapshot).then(function (answer) {
      return answer.status === "ok" && answer.raw && typeof answer.raw === "object" ? answer.raw : null;
    });
  }

  function conceal(tabId, hidden) {
    // Every frame hides its own marker; a page without content script answers null.
    return platform.sendToTab(tabId, { type: "page:conceal", hidden: hidden });
  }

  function screenshot(tab) {
    return Promise.resolve(platform.api.tabs.captureVisibleTab(tab.windowId, { format: "png" }))
      .then(function (dataUrl) {
        if (typeof dataUrl !== "string" || dataUrl.indexOf("data:image/png") !== 0) throw new Error("no image");
        return fetch(dataUrl).then(function (response) { return response.blob(); });
      });
  }

  function browserName() {
    var ua = (globalThis.navigator && navigator.userAgent) || "";
    return (platform.name + "; " + ua).slice(0, 200);
  }

  // The URL as the tab shows it, without user name or password.
  function cleanUrl(value) {
    try {
      var url = new URL(value);
      url.username = "";
      url.password = "";
      return url.href.slice(0, 4096);
    } catch (e) {
      return "";
    }
  }

  /*
   * run({tabId, caseName}) resolves one of
   *   {status: "ok", seq, entryHash, caseName, caseId, snapshot: bool, patterns: [...]}
   *   {status: "no-token" | "invalid-case" | "busy" | "no-tab" | "not-capturable" |
   *            "unauthorized" | "too-large" | "rejected" | "unreachable", error?}
   * and never rejects. Every outcome is also kept for the popup (last()).
   */
  function run(tabId, caseName) {
    if (running) return Promise.resolve(result(tabId, "busy"));
    running = true;
    var current, tab, name, snapshot, capturedAt, concealed = false;
    return settings.load().then(function (loaded) {
      current = loaded;
      var token = settings.tokenFor(current);
      if (!token) return result(tabId, "no-token");
      name = settings.normaliseCase(caseName);
      if (!name) return result(tabId, "invalid-case");
      return settings.update({ lastCase: name }).then(function () { return getTab(tabId); }).then(function (found) {
        tab = found;
        // captureVisibleTab takes what the window shows: the tab must be it.
        if (!tab || !tab.active) return result(tabId, "no-tab");
        var url = cleanUrl(tab.url || "");
        if (!url) return result(tabId, "not-capturable", { error: "no URL" });
        return snapshotOf(tabId).then(function (found) {
          snapshot = found;
          return conceal(tabId, true);
        }).then(function () {
          concealed = true;
          capturedAt = new Date().toISOString();
          return screenshot(tab).catch(function (error) {
            return { failed: String(error && error.message || error).slice(0, 300) };
          });
        }).then(function (image) {
          concealed = false;
          conceal(tabId, false);
          if (!image || image.failed) return result(tabId, "not-capturable", { error: image && image.failed || "" });
          return verdictOf(current, snapshot).then(function (verdict) {
            var metadata = {
              "case": name,
              url: url,
              captured_at: capturedAt,
              browser: browserName(),
              extension_version: platform.version(),
              model_version: verdict && typeof verdict.model_version === "string" ? verdict.model_version
                : service.state().modelVersion || null,
              snapshot: snapshot,
              verdict: verdict
            };
            if (!metadata.model_version) delete metadata.model_version;
            var form = new FormData();
            form.append("screenshot", image, "screenshot.png");
            form.append("metadata", new Blob([JSON.stringify(metadata)], { type: "application/json" }), "metadata.json");
            return service.uploadCapture(current.serviceUrl, token, form).then(function (answer) {
              if (answer.status !== "ok") return result(tabId, answer.status, { error: answer.error || "", path: answer.path || "" });
              var receipt = answer.body || {};
              return result(tabId, "ok", {
                seq: typeof receipt.seq === "number" ? receipt.seq : null,
                entryHash: typeof receipt.entry_hash === "string" ? receipt.entry_hash : "",
                caseId: receipt["case"] && typeof receipt["case"].id === "string" ? receipt["case"].id : "",
                caseName: receipt["case"] && typeof receipt["case"].name === "string" ? receipt["case"].name : name,
                url: url,
                snapshot: !!snapshot,
                patterns: verdict && Array.isArray(verdict.patterns) && verdict.consent_screen !== false
                  ? verdict.patterns.map(function (p) { return p && p.id; }).filter(Boolean) : []
              });
            });
          });
        });
      });
    }).catch(function (error) {
      return result(tabId, "not-capturable", { error: String(error && error.message || error).slice(0, 300) });
    }).then(function (outcome) {
      if (concealed) conceal(tabId, false);
      running = false;
      return remember(outcome);
    });
  }

  // The keyboard shortcut: the active tab, the case name used last. Without
  // a token or a case name, the popup opens so the user can give them.
  function onCommand(command, tab) {
    if (command !== COMMAND) return Promise.resolve(null);
    var found = tab && typeof tab.id === "number" ? Promise.resolve(tab) : platform.activeTab();
    return Promise.all([found, settings.load()]).then(function (both) {
      var target = both[0];
      if (!target) return remember(result(null, "no-tab"));
      var current = both[1];
      var pending = !settings.tokenFor(current) ? remember(result(target.id, "no-token"))
        : !current.lastCase ? remember(result(target.id, "invalid-case"))
        : run(target.id, current.lastCase);
      return pending.then(function (outcome) {
        openPopup();
        return outcome;
      });
    });
  }

  // Shows the outcome of a shortcut capture; where the browser does not allow
  // it, the badge-less outcome waits in the popup until it is opened.
  function openPopup() {
    try {
      var action = platform.api.action;
      if (action && typeof action.openPopup === "function") Promise.resolve(action.openPopup()).catch(function () {});
    } catch (e) { /* not allowed here */ }
  }

  if (platform.api.commands && platform.api.commands.onCommand) {
    platform.api.commands.onCommand.addListener(function (command, tab) { onCommand(command, tab); });
  }

  globalThis.ConsentLensCapture = {
    COMMAND: COMMAND,
    run: run,
    last: last,
    onCommand: onCommand
  };
})();
