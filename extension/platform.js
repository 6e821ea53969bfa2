/*
 * The one place where Chromium and Firefox differ (as uBlock Origin's
 * platform/ folder). Every other file calls ConsentLensPlatform and never
 * touches `chrome` or `browser` directly.
 *
 * Loaded by the background (service worker or event page), the content
 * scripts, the popup and the options page. Defines globalThis.ConsentLensPlatform.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  if (globalThis.ConsentLensPlatform) return;

  // Firefox has the promise-based `browser`; Chromium's `chrome` returns
  // promises too for the calls used here (MV3), except where noted below.
  var api = typeof globalThis.browser !== "undefined" && globalThis.browser.runtime
    ? globalThis.browser
    : globalThis.chrome;

  var isFirefox = typeof globalThis.browser !== "undefined" && !!globalThis.browser.runtime &&
    typeof api.runtime.getBrowserInfo === "function";

  function message(key, substitutions) {
    try {
      return api.i18n.getMessage(key, substitutions) || key;
    } catch (e) {
      return key;
    }
  }

  // Listener helper: `handler(message, sender)` returns a value or a promise.
  // Chromium's onMessage ignores returned promises, so answer through
  // sendResponse and keep the channel open; Firefox accepts this too.
  function onMessage(handler) {
    api.runtime.onMessage.addListener(function (msg, sender, sendResponse) {
      var result;
      try {
        result = handler(msg, sender);
      } catch (e) {
        sendResponse({ ok: false, error: String(e && e.message || e) });
        return false;
      }
      if (result === undefined) return false;
      Promise.resolve(result).then(sendResponse, function (e) {
        sendResponse({ ok: false, error: String(e && e.message || e) });
      });
      return true;
    });
  }

  // A message to the background. Never rejects: a background that is
  // restarting or an extension that was reloaded answers null.
  function send(msg) {
    try {
      return Promise.resolve(api.runtime.sendMessage(msg)).catch(function () { return null; });
    } catch (e) {
      return Promise.resolve(null);
    }
  }

  function sendToTab(tabId, msg, frameId) {
    try {
      var options = typeof frameId === "number" ? { frameId: frameId } : undefined;
      return Promise.resolve(api.tabs.sendMessage(tabId, msg, options)).catch(function () { return null; });
    } catch (e) {
      return Promise.resolve(null);
    }
  }

  // Per-session storage (survives a service-worker restart, not a browser
  // restart). Firefox < 115 and very old Chromium lack it: fall back to memory.
  var memorySession = {};
  var session = api.storage && api.storage.session ? api.storage.session : {
    get: function (key) { var o = {}; if (key in memorySession) o[key] = memorySession[key]; return Promise.resolve(o); },
    set: function (items) { Object.assign(memorySession, items); return Promise.resolve(); },
    remove: function (key) { delete memorySession[key]; return Promise.resolve(); }
  };

  function badge(tabId, text, colour, title) {
    var action = api.action;
    if (!action) return Promise.resolve();
    var jobs = [
      action.setBadgeText({ tabId: tabId, text: text }),
      action.setBadgeBackgroundColor({ tabId: tabId, color: colour }),
      action.setTitle({ tabId: tabId, title: title })
    ];
    if (typeof action.setBadgeTextColor === "function") {
      jobs.push(action.setBadgeTextColor({ tabId: tabId, color: "#ffffff" }));
    }
    return Promise.all(jobs.map(function (p) { return Promise.resolve(p).catch(function () {}); }));
  }

  function activeTab() {
    return Promise.resolve(api.tabs.query({ active: true, currentWindow: true }))
      .then(function (tabs) { return tabs && tabs[0] ? tabs[0] : null; })
      .catch(function () { return null; });
  }

  globalThis.ConsentLensPlatform = {
    name: isFirefox ? "firefox" : "chromium",
    api: api,
    message: message,
    uiLanguage: function () { try { return api.i18n.getUILanguage(); } catch (e) { return "en"; } },
    onMessage: onMessage,
    send: send,
    sendToTab: sendToTab,
    local: api.storage.local,
    session: session,
    badge: badge,
    activeTab: activeTab,
    openOptions: function () { return api.runtime.openOptionsPage(); },
    extensionUrl: function (path) { return api.runtime.getURL(path); },
    version: function () { return api.runtime.getManifest().version; }
  };
})();
