/*
 * The toolbar popup: what ConsentLens found on the current tab (findings
 * with their forms, "looks fair", or nothing), the service's state with a
 * retry, the per-site switch, and for auditors "Capture evidence" under a
 * case name (the background remembers the last one and shows the outcome of
 * a capture started with the keyboard shortcut). Everything comes from the
 * background.
 *
 * Opened as the action popup it shows the active tab; popup.html?tab=ID
 * shows that tab (used by the end-to-end tests).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var platform = globalThis.ConsentLensPlatform;
  var REFRESH_MS = 1000;
  var tabId = null;
  var site = "";
  var caseFilled = false;   // the case field is filled once, then it is the user's
  var captureShownAt = 0;   // the outcome on screen (its `at`), so refreshes do not repeat it
  var capturing = false;
  var RECENT_MS = 5 * 60 * 1000;

  function $(id) { return document.getElementById(id); }
  function t(key, subs) { return platform.message(key, subs); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function findingsOf(view) {
    var out = [];
    view.frames.forEach(function (frame) {
      if (frame.status === "ok" && frame.verdict && frame.verdict.consent_screen) {
        frame.verdict.patterns.forEach(function (p) { out.push(p); });
      }
    });
    return out;
  }

  function renderFindings(findings) {
    var list = $("findings");
    list.textContent = "";
    findings.forEach(function (p, i) {
      var li = el("li", { "class": "finding", "data-pattern": p.id });
      li.appendChild(el("span", { "class": "num", "aria-hidden": "true" }, String(i + 1)));
      var body = el("div");
      body.appendChild(el("p", { "class": "message" }, p.message || p.id));
      body.appendChild(el("p", { "class": "meta" }, p.id + " \u00b7 " + t("popupConfidence", [String(Math.round(p.confidence * 100))])));
      if (p.forms.length) {
        body.appendChild(el("p", { "class": "meta" }, t("warningFormsHeading")));
        var ul = el("ul", { "class": "forms" });
        p.forms.forEach(function (f) {
          var li2 = el("li", { "data-source": f.source || "catalogue" });
          li2.appendChild(el("a", { href: f.url, target: "_blank", rel: "noopener noreferrer", "data-form": f.id }, f.title));
          if (f.source === "page") li2.appendChild(el("span", { "class": "from-page", title: f.caveat || "" }, t("warningFormFromPage")));
          if (f.covers) li2.appendChild(el("p", { "class": "covers" }, f.covers));
          ul.appendChild(li2);
        });
        body.appendChild(ul);
      }
      li.appendChild(body);
      list.appendChild(li);
    });
  }

  function renderStatus(state, findings) {
    var title = "", text = "";
    if (state === "findings") title = findings.length === 1 ? t("warningTitleOne") : t("warningTitleMany", [String(findings.length)]);
    else if (state === "fair") title = t("popupStateFair");
    else if (state === "pending") text = t("popupStatePending");
    else if (state === "unreachable") text = t("popupStateUnreachable");
    else if (state === "rejected") text = t("popupStateRejected");
    else if (state === "disabled") text = t("popupStateDisabled");
    else if (state === "notab") text = t("popupNoTab");
    else text = t("popupStateNone");
    $("status").setAttribute("data-state", state);
    $("status-title").textContent = title;
    $("status-text").textContent = text;
  }

  function renderService(service, serviceUrl, tabState) {
    var box = $("service");
    box.setAttribute("data-state", service.status);
    var key = service.status === "ok" ? "popupServiceOk" : service.status === "unreachable" ? "popupServiceUnreachable" : "popupServiceUnknown";
    $("service-state").textContent = t(key);
    $("service-url").textContent = "(" + serviceUrl + ")";
    var down = service.status === "unreachable" || tabState === "unreachable";
    $("retry").hidden = !down;
    $("start-hint").hidden = !down;
  }

  var CAPTURE_TEXT = {
    "no-token": "captureStateNoToken",
    "working": "captureStateWorking",
    "unauthorized": "captureStateUnauthorized",
    "too-large": "captureStateTooLarge",
    "unreachable": "captureStateUnreachable",
    "invalid-case": "captureInvalidCase",
    "no-tab": "captureStateNoTab",
    "not-capturable": "captureStateNotCapturable",
    "busy": "captureStateBusy"
  };

  function showCapture(outcome) {
    var box = $("capture-result");
    var text = "", hash = "";
    if (outcome.status === "ok") {
      text = t("captureStateOk", [outcome.seq === null ? "?" : String(outcome.seq), outcome.caseName || ""]);
      if (!outcome.snapshot) text += " " + t("captureStateNoSnapshot");
      if (outcome.entryHash) hash = t("captureStateHash", [outcome.entryHash.slice(0, 16)]);
    } else if (outcome.status === "rejected") {
      text = t("captureStateRejected", [outcome.error || "?"]);
    } else {
      text = t(CAPTURE_TEXT[outcome.status] || "captureStateNotCapturable");
    }
    box.hidden = false;
    box.setAttribute("data-state", outcome.status);
    if (outcome.entryHash) box.setAttribute("data-hash", outcome.entryHash); else box.removeAttribute("data-hash");
    if (typeof outcome.seq === "number") box.setAttribute("data-seq", String(outcome.seq)); else box.removeAttribute("data-seq");
    $("capture-text").textContent = text;
    $("capture-hash").textContent = hash;
    $("capture-hash").title = outcome.entryHash || "";
  }

  function renderCapture(info) {
    if (!info) return;
    $("capture").setAttribute("data-token", info.hasToken ? "yes" : "no");
    if (!caseFilled) {
      caseFilled = true;
      if (info.lastCase && !$("case-name").value) $("case-name").value = info.lastCase;
    }
    $("capture-run").disabled = !info.hasToken || capturing || tabId === null;
    var last = info.last;
    if (capturing) return;
    if (last && last.at > captureShownAt && Date.now() - last.at < RECENT_MS) {
      captureShownAt = last.at;
      showCapture(last);
    } else if (!info.hasToken) {
      showCapture({ status: "no-token" });
    } else if ($("capture-result").getAttribute("data-state") === "no-token") {
      $("capture-result").hidden = true;
      $("capture-result").setAttribute("data-state", "");
    }
  }

  function capture() {
    if (capturing || tabId === null) return;
    capturing = true;
    $("capture-run").disabled = true;
    showCapture({ status: "working" });
    platform.send({ type: "capture:run", tabId: tabId, caseName: $("case-name").value }).then(function (outcome) {
      capturing = false;
      outcome = outcome || { status: "unreachable" };
      if (outcome.at) captureShownAt = outcome.at;
      if (outcome.status === "ok" && outcome.caseName) $("case-name").value = outcome.caseName;
      showCapture(outcome);
      return refresh();
    });
  }

  function showShortcut() {
    var commands = platform.api.commands;
    if (!commands || typeof commands.getAll !== "function") return;
    Promise.resolve(commands.getAll()).then(function (all) {
      var command = (all || []).filter(function (c) { return c.name === "capture-evidence"; })[0];
      if (command && command.shortcut) {
        $("capture-shortcut").textContent = t("captureShortcut", [command.shortcut]);
        $("capture-shortcut").hidden = false;
      }
    }).catch(function () {});
  }

  function render(answer) {
    if (!answer) return;
    var view = answer.tab;
    site = view.site;
    var findings = findingsOf(view);
    var state = view.summary.state;
    if (!answer.enabled) state = "disabled";
    else if (tabId === null) state = "notab";
    renderStatus(state, findings);
    renderFindings(state === "findings" ? findings : []);
    renderService(answer.service, answer.serviceUrl, view.summary.state);
    $("site-row").hidden = !site;
    $("site-toggle").checked = answer.enabled;
    $("site-label").textContent = t("popupSiteToggle", [site]);
    renderCapture(answer.capture);
  }

  function refresh() {
    return platform.send({ type: "popup:state", tabId: tabId }).then(render);
  }

  function start(id) {
    tabId = typeof id === "number" ? id : null;
    $("retry").addEventListener("click", function () {
      platform.send({ type: "popup:retry", tabId: tabId }).then(refresh);
    });
    $("site-toggle").addEventListener("change", function (event) {
      platform.send({ type: "site:set", tabId: tabId, site: site, enabled: event.target.checked }).then(refresh);
    });
    $("capture-form").addEventListener("submit", function (event) {
      event.preventDefault();
      capture();
    });
    showShortcut();
    $("options").addEventListener("click", function (event) {
      event.preventDefault();
      platform.openOptions();
    });
    refresh();
    setInterval(refresh, REFRESH_MS);
  }

  var param = new URLSearchParams(location.search).get("tab");
  if (param !== null && /^\d+$/.test(param)) start(Number(param));
  else platform.activeTab().then(function (tab) { start(tab ? tab.id : null); });
})();
