/*
 * The one owner of the user's settings. Everything else asks it (the popup
 * and options page through messages, content scripts through the answer to
 * their hello); nothing else reads or writes them in storage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var platform = globalThis.ConsentLensPlatform;
  var KEY = "settings";

  // Countries whose data-protection authorities the forms catalogue covers;
  // "" means another country (the service then links general guidance).
  var COUNTRIES = ["NL", "DE", "FR", "BE", "AT", "IE", ""];

  var DEFAULTS = Object.freeze({
    serviceUrl: "http://127.0.0.1:8000",
    country: "",
    disabledSites: [],
    researcherMode: false,
    // Auditors only: the API token for POST /api/v1/captures, bound to the
    // service it was entered for (a new service URL drops it), and the case
    // name last used in the popup.
    auditorToken: "",
    auditorTokenFor: "",
    lastCase: ""
  });

  var TOKEN = /^[\x21-\x7e]{8,200}$/;
  var CASE_MAX = 100;

  var current = null;
  var loading = null;
  var listeners = [];

  function copy(settings) {
    return {
      serviceUrl: settings.serviceUrl,
      country: settings.country,
      disabledSites: settings.disabledSites.slice(),
      researcherMode: settings.researcherMode,
      auditorToken: settings.auditorToken,
      auditorTokenFor: settings.auditorTokenFor,
      lastCase: settings.lastCase
    };
  }

  // What the popup and the options page may see: never the token itself.
  function publicView(settings) {
    var out = copy(settings);
    var token = tokenFor(settings);
    delete out.auditorToken;
    delete out.auditorTokenFor;
    out.hasToken = !!token;
    out.tokenHint = token ? "\u2026" + token.slice(-4) : "";
    return out;
  }

  // The token, if it was entered for the service now configured; "" otherwise.
  function tokenFor(settings) {
    return settings.auditorToken && settings.auditorTokenFor === settings.serviceUrl ? settings.auditorToken : "";
  }

  // A case name as the service accepts it (server/evidence/names.py): a label,
  // never a path. Returns the tidied name or null.
  function normaliseCase(value) {
    if (typeof value !== "string") return null;
    if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return null;
    var name = value.split(/\s+/).filter(Boolean).join(" ");
    if (!name || name.length > CASE_MAX || name.indexOf("..") >= 0) return null;
    return /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_ .,:()#&'+\-]*$/u.test(name) ? name : null;
  }

  // "http://127.0.0.1:8000/" -> "http://127.0.0.1:8000"; null when not an http(s) URL.
  function normaliseServiceUrl(value) {
    if (typeof value !== "string") return null;
    var url;
    try { url = new URL(value.trim()); } catch (e) { return null; }
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (url.username || url.password || url.search || url.hash) return null;
    return (url.origin + url.pathname).replace(/\/+$/, "");
  }

  // A site is its host name without "www."; null for anything else.
  function normaliseSite(value) {
    if (typeof value !== "string") return null;
    var host = value.trim().toLowerCase();
    if (!host) return null;
    if (host.indexOf("://") >= 0) {
      try { host = new URL(host).hostname; } catch (e) { return null; }
    }
    host = host.replace(/^www\./, "").replace(/\.$/, "");
    return /^[a-z0-9.\-\[\]:]{1,253}$/.test(host) ? host : null;
  }

  // Keeps the valid parts of a stored or proposed settings object.
  function sanitise(raw, base) {
    var out = copy(base);
    if (!raw || typeof raw !== "object") return out;
    if ("serviceUrl" in raw) {
      var url = normaliseServiceUrl(raw.serviceUrl);
      if (url) out.serviceUrl = url;
    }
    if ("country" in raw && COUNTRIES.indexOf(raw.country) >= 0) out.country = raw.country;
    if ("researcherMode" in raw) out.researcherMode = raw.researcherMode === true;
    if ("disabledSites" in raw && Array.isArray(raw.disabledSites)) {
      var sites = [];
      raw.disabledSites.forEach(function (s) {
        var site = normaliseSite(s);
        if (site && sites.indexOf(site) < 0) sites.push(site);
      });
      out.disabledSites = sites.sort();
    }
    if ("auditorToken" in raw && typeof raw.auditorToken === "string") {
      var token = raw.auditorToken.trim();
      if (!token) { out.auditorToken = ""; out.auditorTokenFor = ""; }
      else if (TOKEN.test(token)) {
        out.auditorToken = token;
        out.auditorTokenFor = typeof raw.auditorTokenFor === "string" ? raw.auditorTokenFor : out.serviceUrl;
      }
    }
    // A token works only with the service it was entered for: it is never
    // sent to another address.
    if (out.auditorTokenFor !== out.serviceUrl) { out.auditorToken = ""; out.auditorTokenFor = ""; }
    if ("lastCase" in raw) {
      var name = normaliseCase(raw.lastCase);
      out.lastCase = name || "";
    }
    return out;
  }

  function load() {
    if (current) return Promise.resolve(copy(current));
    if (!loading) {
      loading = Promise.resolve(platform.local.get(KEY)).then(function (items) {
        current = sanitise(items && items[KEY], DEFAULTS);
        return current;
      }, function () {
        current = copy(DEFAULTS);
        return current;
      });
    }
    return loading.then(copy);
  }

  // Validates the whole patch first: an invalid field is an error to show,
  // not something to drop silently.
  function check(patch) {
    if (!patch || typeof patch !== "object") return "settingsInvalid";
    if ("serviceUrl" in patch && !normaliseServiceUrl(patch.serviceUrl)) return "settingsInvalidUrl";
    if ("country" in patch && COUNTRIES.indexOf(patch.country) < 0) return "settingsInvalidCountry";
    if ("researcherMode" in patch && typeof patch.researcherMode !== "boolean") return "settingsInvalid";
    if ("auditorToken" in patch) {
      if (typeof patch.auditorToken !== "string") return "settingsInvalid";
      if (patch.auditorToken.trim() && !TOKEN.test(patch.auditorToken.trim())) return "settingsInvalidToken";
    }
    if ("auditorTokenFor" in patch) return "settingsInvalid";
    if ("lastCase" in patch && !normaliseCase(patch.lastCase)) return "captureInvalidCase";
    if ("disabledSites" in patch) {
      if (!Array.isArray(patch.disabledSites)) return "settingsInvalid";
      for (var i = 0; i < patch.disabledSites.length; i++) {
        if (!normaliseSite(patch.disabledSites[i])) return "settingsInvalidSite";
      }
    }
    return null;
  }

  function save(next) {
    current = next;
    var items = {};
    items[KEY] = copy(next);
    return Promise.resolve(platform.local.set(items)).then(function () {
      listeners.forEach(function (fn) { try { fn(copy(next)); } catch (e) { /* a listener's bug stays its own */ } });
      return copy(next);
    });
  }

  // Resolves {ok: true, settings} or {ok: false, error: <_locales key>}.
  function update(patch) {
    var problem = check(patch);
    if (problem) return Promise.resolve({ ok: false, error: problem });
    return load().then(function (settings) {
      return save(sanitise(patch, settings));
    }).then(function (settings) { return { ok: true, settings: settings }; });
  }

  function siteEnabled(settings, site) {
    var s = normaliseSite(site || "");
    return !s || settings.disabledSites.indexOf(s) < 0;
  }

  function setSiteEnabled(site, enabled) {
    var s = normaliseSite(site || "");
    if (!s) return Promise.resolve({ ok: false, error: "settingsInvalidSite" });
    return load().then(function (settings) {
      var sites = settings.disabledSites.filter(function (x) { return x !== s; });
      if (!enabled) sites.push(s);
      return update({ disabledSites: sites });
    });
  }

  // Another window (or a sync) changed storage: drop the cached copy.
  platform.api.storage.onChanged.addListener(function (changes, area) {
    if (area === "local" && changes[KEY]) {
      current = sanitise(changes[KEY].newValue, DEFAULTS);
      loading = null;
    }
  });

  globalThis.ConsentLensSettings = {
    COUNTRIES: COUNTRIES,
    DEFAULTS: DEFAULTS,
    load: load,
    update: update,
    publicView: publicView,
    tokenFor: tokenFor,
    normaliseCase: normaliseCase,
    siteEnabled: siteEnabled,
    setSiteEnabled: setSiteEnabled,
    normaliseSite: normaliseSite,
    onChange: function (fn) { listeners.push(fn); }
  };
})();
