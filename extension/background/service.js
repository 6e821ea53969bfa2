/*
 * Talks to the ConsentLens service (`consentlens serve`): POST
 * /api/v1/analyze with one snapshot, GET /api/v1/health, and for auditors
 * POST /api/v1/captures and GET /api/v1/cases with the auditor's token in the
 * Authorization header (to the configured service only). No cookies or
 * credentials are ever sent, requests time out, and after a failure the
 * service is left alone for a while ("unreachable", retried later with
 * back-off) instead of being asked again for every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var TIMEOUT_MS = 10000;
  var UPLOAD_TIMEOUT_MS = 60000;
  var FIRST_BACKOFF_MS = 15000;
  var MAX_BACKOFF_MS = 5 * 60 * 1000;

  var state = {
    status: "unknown", // unknown | ok | unreachable
    url: "",
    error: "",
    checkedAt: 0,
    retryAt: 0,
    modelVersion: ""
  };
  var backoff = 0;

  function snapshotState() {
    return Object.assign({}, state);
  }

  function markOk(url, modelVersion) {
    backoff = 0;
    state = { status: "ok", url: url, error: "", checkedAt: Date.now(), retryAt: 0, modelVersion: modelVersion || state.modelVersion };
  }

  function markUnreachable(url, error) {
    backoff = backoff ? Math.min(MAX_BACKOFF_MS, backoff * 2) : FIRST_BACKOFF_MS;
    var now = Date.now();
    state = { status: "unreachable", url: url, error: error, checkedAt: now, retryAt: now + backoff, modelVersion: state.modelVersion };
  }

  // Forget the back-off (the user pressed "Retry", or changed the URL).
  function reset() {
    backoff = 0;
    state = { status: "unknown", url: "", error: "", checkedAt: 0, retryAt: 0, modelVersion: "" };
  }

  function request(url, init, timeoutMs) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, timeoutMs || TIMEOUT_MS);
    var options = Object.assign({
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
      referrerPolicy: "no-referrer",
      signal: controller.signal
    }, init);
    return fetch(url, options).finally(function () { clearTimeout(timer); });
  }

  function describe(error) {
    if (error && error.name === "AbortError") return "timeout";
    return "network";
  }

  function readJson(response) {
    return response.json().catch(function () { return null; });
  }

  // A verdict the content script can trust the shape of.
  function cleanVerdict(body) {
    if (!body || typeof body !== "object") return null;
    var patterns = Array.isArray(body.patterns) ? body.patterns : [];
    return {
      consent_screen: body.consent_screen === true,
      lang: typeof body.lang === "string" ? body.lang : "",
      model_version: typeof body.model_version === "string" ? body.model_version : "",
      patterns: patterns.filter(function (p) { return p && typeof p.id === "string"; }).map(function (p) {
        var evidence = p.evidence && typeof p.evidence === "object" ? p.evidence : {};
        return {
          id: p.id,
          confidence: typeof p.confidence === "number" ? p.confidence : 0,
          severity: typeof p.severity === "string" ? p.severity : "",
          message: typeof p.message === "string" ? p.message : "",
          legal: typeof p.legal === "string" ? p.legal : "",
          element: typeof evidence.element === "number" ? evidence.element : null,
          forms: (Array.isArray(p.forms) ? p.forms : []).filter(function (f) {
            // https, or a role mailbox the page itself names (source "page")
            return f && typeof f.url === "string" &&
              (/^https:\/\//.test(f.url) || (f.source === "page" && /^mailto:[^\s?#\/]+@[^\s?#\/]+$/.test(f.url)));
          }).map(function (f) {
            return {
              id: String(f.id || ""), title: String(f.title || f.url), url: f.url,
              source: f.source === "page" ? "page" : "catalogue",
              caveat: typeof f.caveat === "string" ? f.caveat : "",
              covers: typeof f.covers === "string" ? f.covers : ""
            };
          })
        };
      })
    };
  }

  /*
   * Resolves one of
   *   {status: "ok", verdict}
   *   {status: "unreachable", error, retryInMs}   network, timeout, 5xx, back-off
   *   {status: "rejected", error}                 the service refused this snapshot (4xx)
   * and never rejects.
   */
  function analyze(settings, snapshot) {
    var base = settings.serviceUrl;
    var now = Date.now();
    if (state.status === "unreachable" && state.url === base && now < state.retryAt) {
      return Promise.resolve({ status: "unreachable", error: state.error, retryInMs: state.retryAt - now });
    }
    var url = base + "/api/v1/analyze" + (settings.country ? "?country=" + encodeURIComponent(settings.country) : "");
    return request(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(snapshot)
    }).then(function (response) {
      return readJson(response).then(function (body) {
        if (response.ok) {
          var verdict = cleanVerdict(body);
          if (!verdict) throw new Error("bad-answer");
          markOk(base, verdict.model_version);
          // `raw` is the service's whole answer: what an evidence capture records.
          return { status: "ok", verdict: verdict, raw: body };
        }
        if (response.status >= 500) throw new Error("http-" + response.status);
        markOk(base);
        var message = body && body.error && typeof body.error.message === "string" ? body.error.message
          : body && typeof body.message === "string" ? body.message : "HTTP " + response.status;
        return { status: "rejected", error: message.slice(0, 300) };
      });
    }).catch(function (error) {
      var reason = error && /^(http-\d+|bad-answer)$/.test(error.message) ? error.message : describe(error);
      markUnreachable(base, reason);
      return { status: "unreachable", error: reason, retryInMs: state.retryAt - Date.now() };
    });
  }

  // Resolves {status: "ok", modelVersion} or {status: "unreachable", error}.
  function health(base) {
    return request(base + "/api/v1/health", { method: "GET", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("http-" + response.status);
        return readJson(response);
      })
      .then(function (body) {
        var version = body && typeof body.model_version === "string" ? body.model_version : "";
        markOk(base, version);
        return { status: "ok", modelVersion: version };
      })
      .catch(function (error) {
        var reason = error && /^http-\d+$/.test(error.message) ? error.message : describe(error);
        markUnreachable(base, reason);
        return { status: "unreachable", error: reason };
      });
  }

  function errorOf(body, status) {
    var error = body && body.error && typeof body.error === "object" ? body.error : {};
    return {
      message: (typeof error.message === "string" ? error.message : "HTTP " + status).slice(0, 500),
      code: typeof error.code === "string" ? error.code.slice(0, 60) : "",
      path: typeof error.path === "string" ? error.path.slice(0, 200) : ""
    };
  }

  // An auditor's answer, by HTTP status, as one of the states the popup and
  // options page show: ok | unauthorized | too-large | rejected | unreachable.
  function auditorAnswer(base, response, body) {
    if (response.status >= 500) {
      markUnreachable(base, "http-" + response.status);
      return { status: "unreachable", error: "http-" + response.status };
    }
    markOk(base);
    if (response.ok) return { status: "ok", body: body };
    var error = errorOf(body, response.status);
    if (response.status === 401) return { status: "unauthorized", error: error.message };
    if (response.status === 413) return { status: "too-large", error: error.message };
    return { status: "rejected", error: error.message, code: error.code, path: error.path, http: response.status };
  }

  function auditorFailure(base, error) {
    var reason = describe(error);
    markUnreachable(base, reason);
    return { status: "unreachable", error: reason };
  }

  /*
   * POST /api/v1/captures (multipart). Resolves
   *   {status: "ok", body: <the receipt>} | {status: "unauthorized" | "too-large" | "rejected" | "unreachable", error}
   * and never rejects. The token goes to `base` only, in the Authorization header.
   */
  function uploadCapture(base, token, form) {
    return request(base + "/api/v1/captures", {
      method: "POST",
      headers: { "Authorization": "Bearer " + token, "Accept": "application/json" },
      body: form
    }, UPLOAD_TIMEOUT_MS).then(function (response) {
      return readJson(response).then(function (body) { return auditorAnswer(base, response, body); });
    }).catch(function (error) { return auditorFailure(base, error); });
  }

  // GET /api/v1/cases: is this token good? Resolves as uploadCapture.
  function checkToken(base, token) {
    return request(base + "/api/v1/cases", {
      method: "GET",
      headers: { "Authorization": "Bearer " + token, "Accept": "application/json" }
    }).then(function (response) {
      return readJson(response).then(function (body) { return auditorAnswer(base, response, body); });
    }).catch(function (error) { return auditorFailure(base, error); });
  }

  globalThis.ConsentLensService = {
    analyze: analyze,
    uploadCapture: uploadCapture,
    checkToken: checkToken,
    health: health,
    state: snapshotState,
    reset: reset
  };
})();
