/*
 * The settings page. It never touches storage: it asks the background's
 * settings owner (settings:get / settings:update) and shows its answer.
 * The auditor token is written here but never read back: the background
 * answers only whether one is set and its last four characters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var platform = globalThis.ConsentLensPlatform;
  var current = null;

  function $(id) { return document.getElementById(id); }
  function t(key, subs) { return platform.message(key, subs); }

  function say(id, kind, text) {
    var node = $(id);
    node.setAttribute("data-kind", kind);
    node.textContent = text;
  }

  function renderSites(sites) {
    var list = $("sites");
    list.textContent = "";
    sites.forEach(function (site) {
      var li = document.createElement("li");
      li.setAttribute("data-site", site);
      var name = document.createElement("span");
      name.textContent = site;
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = t("optionsSiteRemove");
      button.addEventListener("click", function () {
        update({ disabledSites: current.disabledSites.filter(function (s) { return s !== site; }) }, "site-result");
      });
      li.appendChild(name);
      li.appendChild(button);
      list.appendChild(li);
    });
    $("sites-empty").hidden = sites.length > 0;
  }

  function render(settings) {
    current = settings;
    $("service-url").value = settings.serviceUrl;
    $("country").value = settings.country;
    $("researcher").checked = settings.researcherMode;
    renderSites(settings.disabledSites);
    var state = $("token-state");
    state.setAttribute("data-token", settings.hasToken ? "yes" : "no");
    state.textContent = settings.hasToken ? t("optionsTokenSet", [settings.tokenHint]) : t("optionsTokenNone");
    $("token-check").disabled = !settings.hasToken;
    $("token-remove").disabled = !settings.hasToken;
  }

  function tokenSays(state, text) {
    var node = $("token-result");
    node.setAttribute("data-state", state);
    node.setAttribute("data-kind", state === "ok" ? "ok" : state ? "error" : "");
    node.textContent = text;
  }

  function update(patch, resultId) {
    return platform.send({ type: "settings:update", patch: patch }).then(function (answer) {
      if (answer && answer.ok) {
        render(answer.settings);
        say(resultId, "ok", t("optionsSaved"));
      } else {
        say(resultId, "error", t((answer && answer.error) || "settingsInvalid"));
      }
      return answer;
    });
  }

  $("settings").addEventListener("submit", function (event) {
    event.preventDefault();
    update({
      serviceUrl: $("service-url").value,
      country: $("country").value,
      researcherMode: $("researcher").checked
    }, "save-result");
  });

  $("check").addEventListener("click", function () {
    say("check-result", "", "");
    update({ serviceUrl: $("service-url").value }, "save-result").then(function (answer) {
      if (!answer || !answer.ok) return null;
      return platform.send({ type: "service:check" }).then(function (result) {
        if (result && result.status === "ok") say("check-result", "ok", t("optionsCheckOk", [result.modelVersion || "?"]));
        else say("check-result", "error", t("optionsCheckFail"));
      });
    });
  });

  $("token-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var token = $("token").value.trim();
    if (!token) return;
    tokenSays("", "");
    update({ auditorToken: token }, "token-result").then(function (answer) {
      if (answer && answer.ok) {
        $("token").value = "";
        $("token-result").setAttribute("data-state", "saved");
      }
    });
  });

  $("token-remove").addEventListener("click", function () {
    update({ auditorToken: "" }, "token-result").then(function (answer) {
      if (answer && answer.ok) $("token-result").setAttribute("data-state", "removed");
    });
  });

  $("token-check").addEventListener("click", function () {
    tokenSays("", "");
    platform.send({ type: "auditor:check" }).then(function (result) {
      var status = (result && result.status) || "unreachable";
      if (status === "ok") tokenSays("ok", t("optionsTokenOk", [String(result.cases)]));
      else if (status === "unauthorized") tokenSays(status, t("optionsTokenUnauthorized"));
      else if (status === "no-token") tokenSays(status, t("optionsTokenNone"));
      else if (status === "unreachable") tokenSays(status, t("optionsTokenUnreachable"));
      else tokenSays(status, t("captureStateRejected", [(result && result.error) || "?"]));
    });
  });

  $("add-site").addEventListener("submit", function (event) {
    event.preventDefault();
    var site = $("site").value.trim();
    update({ disabledSites: current.disabledSites.concat([site]) }, "site-result").then(function (answer) {
      if (answer && answer.ok) $("site").value = "";
    });
  });

  platform.send({ type: "settings:get" }).then(function (answer) {
    if (answer && answer.ok) render(answer.settings);
  });
})();
