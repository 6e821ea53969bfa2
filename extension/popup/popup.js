/*
 * The toolbar popup: what ConsentLens found on the current tab (findings
 * with their forms, "looks fair", or nothing), the service's state with a
 * retry, and the per-site switch. Everything comes from the background.
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
          var li2 = el("li");
          li2.appendChild(el("a", { href: f.url, target: "_blank", rel: "noopener noreferrer", "data-form": f.id }, f.title));
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
