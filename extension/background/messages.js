/*
 * The one message dispatcher of the background. A message is handled only
 * when its type is on the allow-list below AND it comes from where that type
 * may come from: a content script in a tab ("tab") or one of the extension's
 * own pages, the popup or options ("page"). Anything else is dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var platform = globalThis.ConsentLensPlatform;
  var settings = globalThis.ConsentLensSettings;
  var service = globalThis.ConsentLensService;
  var tabs = globalThis.ConsentLensTabs;
  var capture = globalThis.ConsentLensCapture;

  var MAX_SNAPSHOT_CHARS = 4 * 1024 * 1024;

  function siteOf(url) {
    try { return settings.normaliseSite(new URL(url).hostname) || ""; } catch (e) { return ""; }
  }

  function frameOf(sender) { return typeof sender.frameId === "number" ? sender.frameId : 0; }

  // The site a frame belongs to: the tab's top-level site, known from the top
  // frame's hello; a frame that speaks first falls back to its own.
  function siteOfSender(sender) {
    return tabs.get(sender.tab.id).then(function (tab) { return tab.site || siteOf(sender.url || ""); });
  }

  // ---- from content scripts --------------------------------------------

  // First word of every content script. The top frame's hello starts a new
  // document: what was known about the tab is dropped.
  function hello(msg, sender) {
    var top = frameOf(sender) === 0;
    var ready = top ? tabs.reset(sender.tab.id, siteOf(sender.url || "")) : Promise.resolve();
    return ready.then(function () {
      return Promise.all([settings.load(), siteOfSender(sender)]);
    }).then(function (both) {
      return { enabled: settings.siteEnabled(both[0], both[1]), researcher: both[0].researcherMode };
    });
  }

  function verdict(msg, sender) {
    var snapshot = msg.snapshot;
    if (!snapshot || typeof snapshot !== "object" || snapshot.schema_version !== 1) {
      return { status: "rejected", error: "not a snapshot" };
    }
    var tabId = sender.tab.id, frameId = frameOf(sender);
    var body;
    try { body = JSON.stringify(snapshot); } catch (e) { return { status: "rejected", error: "not a snapshot" }; }
    if (body.length > MAX_SNAPSHOT_CHARS) return { status: "rejected", error: "snapshot too large" };
    return Promise.all([settings.load(), siteOfSender(sender)]).then(function (both) {
      var current = both[0];
      if (!settings.siteEnabled(current, both[1])) return { status: "disabled" };
      var url = typeof snapshot.url === "string" ? snapshot.url : "";
      return tabs.setFrame(tabId, frameId, { status: "pending", url: url })
        .then(function () { return service.analyze(current, snapshot); })
        .then(function (answer) {
          return tabs.setFrame(tabId, frameId, {
            status: answer.status,
            url: url,
            verdict: answer.verdict || null,
            error: answer.error || ""
          }).then(function () {
            return { status: answer.status, verdict: answer.verdict, error: answer.error, retryInMs: answer.retryInMs };
          });
        });
    });
  }

  // The frame's screen is gone or its SPA moved to another route.
  function cleared(msg, sender) {
    return tabs.clearFrame(sender.tab.id, frameOf(sender)).then(function () { return { ok: true }; });
  }

  // ---- from the popup and the options page -----------------------------

  function tabIdOf(msg) {
    return typeof msg.tabId === "number" && msg.tabId >= 0 ? msg.tabId : null;
  }

  function popupState(msg) {
    var tabId = tabIdOf(msg);
    return Promise.all([tabId === null ? null : tabs.view(tabId), settings.load(), capture.last()]).then(function (all) {
      var view = all[0] || { site: "", summary: { state: "none", count: 0 }, frames: [] };
      var last = all[2] && all[2].tabId === tabId ? all[2] : null;
      return {
        tab: view,
        enabled: settings.siteEnabled(all[1], view.site),
        service: service.state(),
        serviceUrl: all[1].serviceUrl,
        capture: { hasToken: !!settings.tokenFor(all[1]), lastCase: all[1].lastCase, last: last }
      };
    });
  }

  // "Retry now": forget the back-off and ask the tab's frames to try again.
  function retry(msg) {
    var tabId = tabIdOf(msg);
    service.reset();
    if (tabId !== null) platform.sendToTab(tabId, { type: "page:retry" });
    return { ok: true };
  }

  function setSite(msg) {
    if (typeof msg.enabled !== "boolean") return { ok: false, error: "settingsInvalid" };
    var tabId = tabIdOf(msg);
    return settings.setSiteEnabled(msg.site, msg.enabled).then(function (answer) {
      if (answer.ok && tabId !== null) platform.sendToTab(tabId, { type: "page:rescan" });
      return answer;
    });
  }

  // Pages see the settings without the auditor's token (settings.publicView).
  function getSettings() {
    return settings.load().then(function (current) {
      return { ok: true, settings: settings.publicView(current), countries: settings.COUNTRIES };
    });
  }

  function updateSettings(msg) {
    return settings.update(msg.patch).then(function (answer) {
      if (answer.ok && msg.patch && "serviceUrl" in msg.patch) service.reset();
      return answer.ok ? { ok: true, settings: settings.publicView(answer.settings) } : answer;
    });
  }

  // "Capture evidence" in the popup, for the tab it shows.
  function runCapture(msg) {
    var tabId = tabIdOf(msg);
    if (tabId === null) return { status: "no-tab" };
    return capture.run(tabId, typeof msg.caseName === "string" ? msg.caseName : "");
  }

  // The options page's "Check token": GET /api/v1/cases with it.
  function checkAuditor() {
    return settings.load().then(function (current) {
      var token = settings.tokenFor(current);
      if (!token) return { status: "no-token" };
      return service.checkToken(current.serviceUrl, token).then(function (answer) {
        var cases = answer.status === "ok" && answer.body && Array.isArray(answer.body.cases) ? answer.body.cases.length : 0;
        return { status: answer.status, cases: cases, error: answer.error || "" };
      });
    });
  }

  function checkService(msg) {
    return settings.load().then(function (current) { return service.health(current.serviceUrl); });
  }

  // type -> [allowed sender, handler]
  var HANDLERS = {
    "content:hello": ["tab", hello],
    "content:verdict": ["tab", verdict],
    "content:cleared": ["tab", cleared],
    "popup:state": ["page", popupState],
    "popup:retry": ["page", retry],
    "site:set": ["page", setSite],
    "settings:get": ["page", getSettings],
    "settings:update": ["page", updateSettings],
    "service:check": ["page", checkService],
    "capture:run": ["page", runCapture],
    "auditor:check": ["page", checkAuditor]
  };

  function senderKind(sender) {
    var ownId = platform.api.runtime.id;
    if (sender.id !== ownId) return null;
    if (sender.tab && typeof sender.tab.id === "number" && sender.tab.id >= 0 && sender.url &&
        sender.url.indexOf(platform.extensionUrl("")) !== 0) {
      return "tab";
    }
    if (sender.url && sender.url.indexOf(platform.extensionUrl("")) === 0) return "page";
    return null;
  }

  function dispatch(msg, sender) {
    if (!msg || typeof msg.type !== "string" || !Object.prototype.hasOwnProperty.call(HANDLERS, msg.type)) {
      return undefined;
    }
    var entry = HANDLERS[msg.type];
    if (senderKind(sender) !== entry[0]) return undefined;
    return entry[1](msg, sender);
  }

  globalThis.ConsentLensMessages = { dispatch: dispatch, TYPES: Object.keys(HANDLERS) };
})();
