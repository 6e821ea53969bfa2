// The labelling screen: patterns, roles, note, keyboard, idempotent saves.
// The snapshot is shown in a sandboxed srcdoc frame that runs nothing; this
// script never reads from the frame (it cannot: opaque origin), it only
// rewrites the frame's stylesheet to outline the element selected here.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("screen-data").textContent);
  var csrf = JSON.parse(document.getElementById("csrf-data").textContent);
  var ROLE_COLOURS = { accept: "#188038", reject: "#d93025", settings: "#1a56db", pay: "#a142f4",
                       object: "#e37400", close: "#5f6368", other: "#9aa0a6" };
  var KEY_ROLE = {};
  Object.keys(data.role_keys).forEach(function (role) { KEY_ROLE[data.role_keys[role]] = role; });
  var PASSED_KEY = "consentlens-passed-" + data.project;

  // -- state ---------------------------------------------------------------------------
  var state = { consent: { on: true, suggested: false }, patterns: {}, roles: {}, note: "",
                selected: null, hover: null, badges: true, height: 0 };
  data.patterns.forEach(function (p) { state.patterns[p] = { on: false, suggested: false }; });

  function prefill(label, suggested) {
    state.consent = { on: label.consent_screen !== false, suggested: suggested && label.consent_screen === false };
    (label.patterns || []).forEach(function (p) { if (state.patterns[p]) state.patterns[p] = { on: true, suggested: suggested }; });
    Object.keys(label.roles || {}).forEach(function (k) {
      var role = label.roles[k];
      if (typeof role === "object" && role) role = role.role;
      state.roles[k] = { role: role, suggested: suggested };
    });
    if (!suggested && label.note) state.note = label.note;
  }
  if (data.prefill) prefill(data.prefill, data.prefill_source === "majority");
  else if (data.suggestion) prefill(data.suggestion, true);

  // -- the frame -------------------------------------------------------------------------
  var frame = document.getElementById("preview");
  var lastDoc = null;
  var BASE_CSS = "html,body{margin:0;padding:8px;background:#fff}" +
    "a{color:#1a0dab;text-decoration:underline;cursor:default}" +
    "[data-cl-badge]{all:initial!important;display:inline-block!important;font:700 11px/15px system-ui,sans-serif!important;" +
    "background:#202124!important;color:#fff!important;border-radius:8px!important;padding:0 5px!important;margin:0 4px 0 0!important;" +
    "vertical-align:middle!important}";

  function frameCss() {
    var rules = [BASE_CSS];
    if (!state.badges) rules.push("[data-cl-badge]{display:none!important}");
    Object.keys(state.roles).forEach(function (k) {
      var r = state.roles[k];
      rules.push('[data-cl-index="' + k + '"]{outline:2px ' + (r.suggested ? "dashed " : "solid ") +
                 ROLE_COLOURS[r.role] + "!important;outline-offset:1px!important}");
    });
    [state.selected, state.hover].forEach(function (k, i) {
      if (k === null) return;
      rules.push('[data-cl-index="' + k + '"]{outline:3px solid #1a56db!important;outline-offset:2px!important;' +
                 "box-shadow:0 0 0 6px rgba(26,86,219," + (i ? ".2" : ".35") + ")!important}");
    });
    return rules.join("\n");
  }

  function renderFrame() {
    // The CSP comes first, so it governs everything after it; the frame's sandbox
    // (no allow-scripts, no allow-same-origin) and the server-side cleaning are the other layers.
    var doc = '<!doctype html><html><head><meta charset="utf-8">' +
      '<meta http-equiv="Content-Security-Policy" content="' + data.csp + '">' +
      "<style>" + frameCss() + "</style></head><body>" + data.preview_html + "</body></html>";
    if (doc !== lastDoc) { frame.srcdoc = doc; lastDoc = doc; }
    frame.style.height = state.height + "px";
  }
  state.height = Math.min(1600, Math.max(360, (data.dialog_height || 400) + 80));

  // -- the panel -------------------------------------------------------------------------
  var patternBox = document.getElementById("patterns");
  var elementList = document.getElementById("elements");
  var noteBox = document.getElementById("note");
  var notConsent = document.getElementById("not-consent");
  var status = document.getElementById("status");
  noteBox.value = state.note;

  data.patterns.forEach(function (p, i) {
    var label = document.createElement("label");
    label.className = "pattern-row";
    label.dataset.pattern = p;
    var box = document.createElement("input");
    box.type = "checkbox";
    box.tabIndex = -1;
    box.addEventListener("change", function () { togglePattern(p); });
    var key = document.createElement("kbd");
    key.textContent = String(i + 1);
    var text = document.createElement("span");
    text.textContent = data.pattern_titles[p] + " ";
    var id = document.createElement("code");
    id.textContent = p;
    var hint = document.createElement("span");
    hint.className = "hint";
    label.append(box, " ", key, " ", text, id, hint);
    patternBox.appendChild(label);
  });
  notConsent.addEventListener("change", function () { toggleConsent(); });

  data.elements.forEach(function (e) {
    var li = document.createElement("li");
    li.dataset.index = e.index;
    var number = document.createElement("span");
    number.className = "number";
    number.textContent = e.index;
    var text = document.createElement("span");
    text.className = "text";
    text.textContent = e.text || "(" + e.tag + (e.checked === true ? ", checked" : e.checked === false ? ", unchecked" : "") + ")";
    var facts = document.createElement("span");
    facts.className = "facts";
    facts.textContent = e.tag + (e.visible ? "" : " · hidden") + (e.layer > 1 ? " · layer " + e.layer : "") +
      (data.located.indexOf(e.index) < 0 ? " · not shown in frame" : "");
    var chips = document.createElement("span");
    chips.className = "chips";
    data.roles.forEach(function (role) {
      var chip = document.createElement("button");
      chip.type = "button";
      chip.tabIndex = -1;
      chip.className = "chip";
      chip.dataset.role = role;
      chip.title = role + " (" + data.role_keys[role] + ")";
      chip.textContent = role;
      chip.addEventListener("click", function (ev) { ev.stopPropagation(); select(e.index); setRole(role); });
      chips.appendChild(chip);
    });
    li.append(number, text, facts, chips);
    li.addEventListener("click", function () { select(e.index); });
    li.addEventListener("mouseenter", function () { hover(e.index); });
    li.addEventListener("mouseleave", function () { hover(null); });
    elementList.appendChild(li);
  });

  function pending() {
    var n = 0;
    data.patterns.forEach(function (p) { if (state.patterns[p].suggested && state.patterns[p].on) n++; });
    Object.keys(state.roles).forEach(function (k) { if (state.roles[k].suggested) n++; });
    if (state.consent.suggested) n++;
    return n;
  }

  function render() {
    Array.prototype.forEach.call(patternBox.querySelectorAll(".pattern-row"), function (row) {
      var s = state.patterns[row.dataset.pattern];
      row.querySelector("input").checked = s.on;
      row.querySelector("input").disabled = !state.consent.on;
      row.classList.toggle("on", s.on);
      row.classList.toggle("suggested", s.suggested && s.on);
      row.querySelector(".hint").textContent = s.suggested && s.on ? " suggested" : "";
    });
    notConsent.checked = !state.consent.on;
    document.getElementById("consent-row").classList.toggle("suggested", state.consent.suggested);
    Array.prototype.forEach.call(elementList.children, function (li) {
      var k = li.dataset.index, r = state.roles[k];
      li.classList.toggle("selected", String(state.selected) === k);
      li.classList.toggle("suggested", !!(r && r.suggested));
      li.dataset.role = r ? r.role : "";
      Array.prototype.forEach.call(li.querySelectorAll(".chip"), function (chip) {
        chip.classList.toggle("on", !!r && r.role === chip.dataset.role);
      });
    });
    var n = pending();
    document.getElementById("confirm").disabled = n === 0;
    renderFrame();
  }

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || "";
  }

  // -- actions -------------------------------------------------------------------------
  function togglePattern(p) {
    if (!state.consent.on) { say("This is marked as not a consent screen: press 0 first.", "warn"); render(); return; }
    var s = state.patterns[p];
    state.patterns[p] = { on: !s.on, suggested: false };
    if (state.patterns[p].on) {
      if (p === "no_reject" && state.patterns.buried_opt_out.on) state.patterns.buried_opt_out = { on: false, suggested: false };
      if (p === "buried_opt_out" && state.patterns.no_reject.on) state.patterns.no_reject = { on: false, suggested: false };
    }
    render();
  }

  function toggleConsent() {
    state.consent = { on: !state.consent.on, suggested: false };
    if (!state.consent.on) data.patterns.forEach(function (p) { state.patterns[p] = { on: false, suggested: false }; });
    render();
  }

  function select(index) {
    state.selected = index;
    var li = elementList.querySelector('li[data-index="' + index + '"]');
    if (li) li.scrollIntoView({ block: "nearest" });
    render();
  }

  var hoverTimer = null;
  function hover(index) {
    clearTimeout(hoverTimer);
    hoverTimer = setTimeout(function () { state.hover = index; renderFrame_(); }, 60);
  }
  function renderFrame_() { renderFrame(); }

  function move(step) {
    if (!data.elements.length) return;
    var i = state.selected === null ? (step > 0 ? 0 : data.elements.length - 1)
      : Math.min(data.elements.length - 1, Math.max(0, state.selected + step));
    select(i);
  }

  function setRole(role) {
    if (!data.elements.length) return;
    if (state.selected === null) state.selected = 0;
    var k = String(state.selected);
    if (role === null) delete state.roles[k];
    else state.roles[k] = { role: role, suggested: false };
    render();
  }

  function confirmAll() {
    data.patterns.forEach(function (p) { state.patterns[p].suggested = false; });
    Object.keys(state.roles).forEach(function (k) { state.roles[k].suggested = false; });
    state.consent.suggested = false;
    say("Suggestions confirmed.", "ok");
    render();
  }

  // -- saving (idempotent: the same content is sent with the same submission id) ----------
  var submission = { key: null, id: null };
  function newId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function label(skipped) {
    var roles = {};
    Object.keys(state.roles).forEach(function (k) { roles[k] = state.roles[k].role; });
    return { consent_screen: state.consent.on, skipped: !!skipped, note: noteBox.value,
             patterns: data.patterns.filter(function (p) { return state.patterns[p].on; }), roles: skipped ? {} : roles };
  }

  var saving = false;
  function send(body, attempt) {
    return fetch(data.save_url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (answer) { return { status: response.status, answer: answer }; });
    }).then(function (r) {
      if ((r.status >= 500 || r.status === 429) && attempt < 6) return retry(body, attempt);
      return r;
    }, function () {
      if (attempt < 6) return retry(body, attempt);
      throw new Error("The server cannot be reached; your label is kept on this page. Press Enter to try again.");
    });
  }
  function retry(body, attempt) {
    say("Saving… (the server did not answer, trying again)", "warn");
    return new Promise(function (resolve) { setTimeout(resolve, 400 * Math.pow(2, attempt)); })
      .then(function () { return send(body, attempt + 1); });
  }

  function save(skipped) {
    if (saving) return;
    if (!skipped && pending() > 0) {
      say(pending() + " suggestion(s) not confirmed yet (dashed): press c to confirm them all, or change them.", "warn");
      return;
    }
    var body = label(skipped);
    var key = JSON.stringify(body);
    if (key !== submission.key) submission = { key: key, id: newId() };
    body.submission_id = submission.id;
    saving = true;
    say(skipped ? "Skipping…" : "Saving…");
    send(body, 0).then(function (r) {
      saving = false;
      if (r.status === 200 || r.status === 201) {
        say(skipped ? "Skipped." : "Saved.", "ok");
        document.body.dataset.saved = submission.id;
        forgetPassed();
        setTimeout(function () { window.location.assign(data.next_url); }, 150);
      } else {
        say((r.answer && r.answer.error && r.answer.error.message) || ("Not saved (HTTP " + r.status + ")"), "error");
      }
    }, function (err) { saving = false; say(err.message, "error"); });
  }

  function passed() {
    try { return JSON.parse(sessionStorage.getItem(PASSED_KEY) || "[]"); } catch (e) { return []; }
  }
  function forgetPassed() { try { sessionStorage.removeItem(PASSED_KEY); } catch (e) { /* private mode */ } }
  function next() {
    var list = passed().filter(function (id) { return id !== data.screen; });
    list.push(data.screen);
    try { sessionStorage.setItem(PASSED_KEY, JSON.stringify(list.slice(-200))); } catch (e) { /* private mode */ }
    var url = data.next_url + (data.mode === "annotation" ? "?pass=" + list.join(",") : "");
    window.location.assign(url);
  }

  // -- keyboard --------------------------------------------------------------------------
  var help = document.getElementById("help");
  function toggleHelp(show) { help.hidden = show === undefined ? !help.hidden : !show; }

  document.addEventListener("keydown", function (ev) {
    var typing = ev.target === noteBox;
    if (typing) {
      if (ev.key === "Escape") { noteBox.blur(); ev.preventDefault(); }
      else if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); noteBox.blur(); save(false); }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var key = ev.key;
    if (key === "?") { toggleHelp(); ev.preventDefault(); return; }
    if (key === "Escape") { toggleHelp(false); return; }
    if (!help.hidden) return;
    var handled = true;
    if (/^[1-7]$/.test(key)) togglePattern(data.patterns[Number(key) - 1]);
    else if (key === "0") toggleConsent();
    else if (key === "j" || key === "ArrowDown") move(1);
    else if (key === "k" || key === "ArrowUp") move(-1);
    else if (KEY_ROLE[key]) setRole(KEY_ROLE[key]);
    else if (key === "Delete" || key === "Backspace") setRole(null);
    else if (key === "c") confirmAll();
    else if (key === "m") noteBox.focus();
    else if (key === "Enter") save(false);
    else if (key === "s" && data.mode === "annotation") save(true);
    else if (key === "n") next();
    else if (key === "+" || key === "=") { state.height = Math.min(4000, state.height + 120); renderFrame(); }
    else if (key === "-") { state.height = Math.max(200, state.height - 120); renderFrame(); }
    else if (key === "b") { state.badges = !state.badges; renderFrame(); }
    else handled = false;
    if (handled) ev.preventDefault();
  });

  document.getElementById("save").addEventListener("click", function () { save(false); });
  var skipButton = document.getElementById("skip");
  if (skipButton) skipButton.addEventListener("click", function () { save(true); });
  document.getElementById("confirm").addEventListener("click", confirmAll);
  document.getElementById("next").addEventListener("click", next);
  document.getElementById("help-button").addEventListener("click", function () { toggleHelp(); });
  help.addEventListener("click", function (ev) { if (ev.target === help) toggleHelp(false); });

  render();
  if (data.suggestion && !data.prefill) say("Pre-filled from the model: dashed = suggestion, not yet your label.");
  else if (data.prefill_source === "majority") say("Pre-filled with the annotators' majority (dashed): confirm or change, then save.");
  else if (data.prefill_source === "yours") say("You labelled this screen before; saving replaces your label (the old one stays in the history).");
})();
