/*
 * What the extension knows about each tab: its site and, per frame, the
 * state of the consent screen found there (pending, judged, service
 * unreachable). Owns the toolbar badge, which always shows this state.
 *
 * Kept in session storage as well as memory, so that a Chromium service
 * worker that was stopped and restarted still answers the popup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var platform = globalThis.ConsentLensPlatform;
  var PREFIX = "tab:";
  var tabs = new Map(); // tabId -> {site, frames: {frameId: entry}}

  var COLOURS = { findings: "#c5221f", fair: "#188038", unreachable: "#5f6368", pending: "#5f6368" };

  function key(tabId) { return PREFIX + tabId; }

  function get(tabId) {
    if (tabs.has(tabId)) return Promise.resolve(tabs.get(tabId));
    return Promise.resolve(platform.session.get(key(tabId))).then(function (items) {
      var stored = items && items[key(tabId)];
      var tab = tabs.get(tabId) || stored || { site: "", frames: {} };
      tabs.set(tabId, tab);
      return tab;
    }, function () {
      var tab = { site: "", frames: {} };
      tabs.set(tabId, tab);
      return tab;
    });
  }

  function persist(tabId, tab) {
    var items = {};
    items[key(tabId)] = tab;
    return Promise.resolve(platform.session.set(items)).catch(function () {});
  }

  // One summary of all frames: what the badge and the popup show first.
  function summarise(tab) {
    var count = 0, fair = false, unreachable = false, pending = false, rejected = false;
    Object.keys(tab.frames).forEach(function (id) {
      var entry = tab.frames[id];
      if (entry.status === "ok" && entry.verdict.consent_screen) {
        count += entry.verdict.patterns.length;
        if (!entry.verdict.patterns.length) fair = true;
      }
      if (entry.status === "unreachable") unreachable = true;
      if (entry.status === "pending") pending = true;
      if (entry.status === "rejected") rejected = true;
    });
    if (count) return { state: "findings", count: count };
    if (fair) return { state: "fair", count: 0 };
    if (unreachable) return { state: "unreachable", count: 0 };
    if (rejected) return { state: "rejected", count: 0 };
    if (pending) return { state: "pending", count: 0 };
    return { state: "none", count: 0 };
  }

  function updateBadge(tabId, tab) {
    var s = summarise(tab);
    var text = "", title = platform.message("extensionName");
    if (s.state === "findings") {
      text = String(s.count);
      title = platform.message(s.count === 1 ? "badgeTitleOne" : "badgeTitleMany", [String(s.count)]);
    } else if (s.state === "fair") {
      text = "\u2713";
      title = platform.message("badgeTitleFair");
    } else if (s.state === "unreachable") {
      text = "!";
      title = platform.message("badgeTitleUnreachable");
    } else if (s.state === "pending") {
      text = "\u2026";
    }
    return platform.badge(tabId, text, COLOURS[s.state] || COLOURS.pending, title);
  }

  function change(tabId, fn) {
    return get(tabId).then(function (tab) {
      fn(tab);
      return Promise.all([persist(tabId, tab), updateBadge(tabId, tab)]).then(function () { return tab; });
    });
  }

  // A new document in the tab's top frame: everything known about the tab is old.
  function reset(tabId, site) {
    return change(tabId, function (tab) {
      tab.site = site || "";
      tab.frames = {};
    });
  }

  function setFrame(tabId, frameId, entry) {
    return change(tabId, function (tab) {
      entry.at = Date.now();
      tab.frames[String(frameId)] = entry;
    });
  }

  function clearFrame(tabId, frameId) {
    return change(tabId, function (tab) { delete tab.frames[String(frameId)]; });
  }

  function forget(tabId) {
    tabs.delete(tabId);
    return Promise.resolve(platform.session.remove(key(tabId))).catch(function () {});
  }

  // What the popup shows for a tab.
  function view(tabId) {
    return get(tabId).then(function (tab) {
      var frames = Object.keys(tab.frames).sort(function (a, b) { return a - b; }).map(function (id) {
        return Object.assign({ frameId: Number(id) }, tab.frames[id]);
      });
      return { site: tab.site, summary: summarise(tab), frames: frames };
    });
  }

  platform.api.tabs.onRemoved.addListener(function (tabId) { forget(tabId); });

  globalThis.ConsentLensTabs = {
    get: get,
    reset: reset,
    setFrame: setFrame,
    clearFrame: clearFrame,
    view: view,
    summarise: summarise
  };
})();
