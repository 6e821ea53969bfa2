/*
 * Shows a verdict in the page: exactly one <consentlens-warning
 * data-patterns="id id …"> element, appended to the page, with all visible
 * UI inside its (open) shadow root so that page styles and ours never mix:
 * an outline around each element a finding is about, and one small card
 * with the messages and the objection / complaint forms. A fair screen gets
 * a discreet "looks fair" note instead.
 *
 * Defines globalThis.ConsentLensWarning = {show, remove, visible}.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  if (globalThis.ConsentLensWarning) return;

  var platform = globalThis.ConsentLensPlatform;
  var TAG = "consentlens-warning";
  var TICK_MS = 500;

  var STYLE = [
    ":host{all:initial}",
    "*{box-sizing:border-box}",
    ".layer{position:fixed;inset:0;pointer-events:none;font:13px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#202124}",
    ".outline{position:fixed;border:3px solid #c5221f;border-radius:5px;box-shadow:0 0 0 2px #fff,0 0 14px 2px rgba(197,34,31,.55);pointer-events:none}",
    ".chip{position:absolute;top:-13px;left:-13px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#c5221f;color:#fff;font-weight:700;font-size:12px;line-height:22px;text-align:center;box-shadow:0 0 0 2px #fff}",
    ".card{position:fixed;width:320px;max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);overflow:auto;background:#fff;border-radius:10px;border-top:4px solid #c5221f;box-shadow:0 6px 28px rgba(0,0,0,.28),0 0 0 1px rgba(0,0,0,.08);pointer-events:auto;padding:10px 12px 12px}",
    ".head{display:flex;align-items:center;gap:8px;margin-bottom:6px}",
    ".logo{width:18px;height:18px;flex:none}",
    ".brand{font-weight:700;font-size:12px;letter-spacing:.02em;color:#5f6368;flex:1}",
    ".title{font-weight:700;font-size:15px;margin:0 0 8px}",
    "button{font:inherit;cursor:pointer}",
    ".icon{border:0;background:transparent;color:#5f6368;width:26px;height:26px;border-radius:13px;font-size:16px;line-height:26px;padding:0}",
    ".icon:hover,.icon:focus-visible{background:#f1f3f4;color:#202124}",
    "ol{list-style:none;margin:0;padding:0}",
    "li.finding{display:flex;gap:8px;padding:8px 0;border-top:1px solid #e8eaed}",
    "li.finding .num{flex:none;width:22px;height:22px;border-radius:11px;background:#c5221f;color:#fff;font-weight:700;font-size:12px;line-height:22px;text-align:center}",
    ".msg{margin:0 0 4px}",
    ".forms-label{margin:4px 0 2px;font-size:12px;color:#5f6368}",
    "ul.forms{margin:0;padding:0 0 0 16px}",
    "ul.forms li{margin:2px 0}",
    ".from-page{margin-left:4px;font-size:11px;color:#5f6368}",
    ".covers{margin:2px 0 4px;font-size:12px;line-height:1.4;color:#5f6368}",
    "a{color:#1a73e8;text-decoration:underline}",
    "a:focus-visible,button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}",
    ".pill{position:fixed;right:8px;bottom:8px;display:flex;align-items:center;gap:6px;max-width:calc(100vw - 24px);padding:6px 6px 6px 10px;border-radius:18px;background:#fff;box-shadow:0 2px 12px rgba(0,0,0,.25),0 0 0 1px rgba(0,0,0,.08);pointer-events:auto;font-size:12.5px}",
    ".pill.findings{box-shadow:0 2px 12px rgba(0,0,0,.25),0 0 0 2px #c5221f}",
    ".pill .text{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}",
    ".pill button.open{border:0;background:transparent;padding:0;color:inherit;text-align:left}",
    ".check{flex:none;width:18px;height:18px;border-radius:9px;background:#188038;color:#fff;font-size:12px;font-weight:700;line-height:18px;text-align:center}",
    "[hidden]{display:none!important}"
  ].join("\n");

  // The lens of icons/icon.svg, drawn with DOM calls (no markup parsing).
  function logo() {
    var NS = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("class", "logo");
    svg.setAttribute("viewBox", "0 0 32 32");
    svg.setAttribute("aria-hidden", "true");
    var ring = document.createElementNS(NS, "circle");
    [["cx", "13"], ["cy", "13"], ["r", "9"], ["fill", "none"], ["stroke", "#1a73e8"], ["stroke-width", "4"]]
      .forEach(function (a) { ring.setAttribute(a[0], a[1]); });
    var handle = document.createElementNS(NS, "path");
    [["d", "M19.5 19.5 28 28"], ["stroke", "#1a73e8"], ["stroke-width", "5"], ["stroke-linecap", "round"]]
      .forEach(function (a) { handle.setAttribute(a[0], a[1]); });
    svg.appendChild(ring);
    svg.appendChild(handle);
    return svg;
  }

  var state = null; // {host, root, outlines: [{box, node}], card, pill, timer, dialog, onGone}

  function t(key, subs) { return platform.message(key, subs); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Viewport box of a node, in the top frame of this script, across
  // same-origin frames.
  function boxOf(node) {
    var r = node.getBoundingClientRect();
    var x = r.left, y = r.top;
    try {
      for (var view = node.ownerDocument.defaultView; view && view !== window && view.frameElement; view = view.parent) {
        var fr = view.frameElement.getBoundingClientRect();
        x += fr.left + view.frameElement.clientLeft;
        y += fr.top + view.frameElement.clientTop;
      }
    } catch (e) { /* a cross-origin frame: keep what we have */ }
    return { x: x, y: y, w: r.width, h: r.height };
  }

  function shown(node) {
    if (!node || !node.isConnected) return false;
    if (typeof node.checkVisibility === "function" && !node.checkVisibility({ visibilityProperty: true })) return false;
    var r = node.getBoundingClientRect();
    return r.width >= 1 && r.height >= 1;
  }

  function place(box, node) {
    var r = boxOf(node), pad = 4;
    box.style.left = (r.x - pad) + "px";
    box.style.top = (r.y - pad) + "px";
    box.style.width = (r.w + 2 * pad) + "px";
    box.style.height = (r.h + 2 * pad) + "px";
  }

  function overlap(a, b) {
    var w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
    var h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0;
  }

  // Puts a card or note where it hides least: beside the dialog, else next
  // to the outlined element, else the corner that covers the dialog least.
  // Never over the outlined element when there is any other choice.
  function placeBox(box, anchor, dialog, cornersOnly) {
    var vw = document.documentElement.clientWidth || window.innerWidth;
    var vh = window.innerHeight;
    var w = box.offsetWidth, h = box.offsetHeight, gap = 14, m = 8;
    var d = dialog && shown(dialog) ? boxOf(dialog) : null;
    var a = anchor && shown(anchor) ? boxOf(anchor) : null;
    var spots = [];
    if (!cornersOnly && d) {
      var y = a ? Math.max(m, Math.min(a.y - 40, vh - h - m)) : Math.max(m, Math.min(d.y, vh - h - m));
      spots.push({ x: d.x + d.w + gap, y: y }, { x: d.x - gap - w, y: y });
    }
    if (!cornersOnly && a) {
      var left = Math.max(m, Math.min(a.x, vw - w - m));
      spots.push({ x: left, y: a.y + a.h + gap }, { x: left, y: a.y - gap - h });
    }
    spots.push({ x: vw - w - m, y: vh - h - m }, { x: vw - w - m, y: m }, { x: m, y: vh - h - m }, { x: m, y: m });
    var best = null;
    spots.forEach(function (spot, order) {
      if (spot.x < m || spot.y < m || spot.x + w > vw - m + 1 || spot.y + h > vh - m + 1) return;
      var r = { x: spot.x, y: spot.y, w: w, h: h };
      var cost = (d ? overlap(r, d) : 0) + (a && overlap(r, a) ? 1e9 : 0) + order;
      if (!best || cost < best.cost) best = { cost: cost, x: spot.x, y: spot.y };
    });
    if (!best) best = { x: Math.max(m, vw - w - m), y: m };
    box.style.left = best.x + "px";
    box.style.top = best.y + "px";
    box.style.right = "auto";
    box.style.bottom = "auto";
  }

  function formsList(forms) {
    var wrap = document.createDocumentFragment();
    if (!forms.length) return wrap;
    wrap.appendChild(el("p", { "class": "forms-label" }, t("warningFormsHeading")));
    var ul = el("ul", { "class": "forms" });
    forms.slice(0, 4).forEach(function (f) {
      var li = el("li", { "data-form": f.id, "data-source": f.source || "catalogue" });
      var a = el("a", { href: f.url, target: "_blank", rel: "noopener noreferrer" }, f.title);
      li.appendChild(a);
      // A link the page itself gives is marked as such; what an objection
      // covers (and does not) stays beside its link.
      if (f.source === "page") li.appendChild(el("span", { "class": "from-page", title: f.caveat || "" }, t("warningFormFromPage")));
      if (f.covers) li.appendChild(el("p", { "class": "covers" }, f.covers));
      ul.appendChild(li);
    });
    wrap.appendChild(ul);
    return wrap;
  }

  function findingsCard(findings) {
    var card = el("section", { "class": "card", role: "dialog", "aria-label": t("warningCardLabel") });
    var head = el("div", { "class": "head" });
    head.appendChild(logo());
    head.appendChild(el("span", { "class": "brand" }, t("extensionName")));
    var minimise = el("button", { "class": "icon", type: "button", title: t("warningMinimise"), "aria-label": t("warningMinimise") }, "\u2013");
    head.appendChild(minimise);
    card.appendChild(head);
    var count = findings.length;
    card.appendChild(el("p", { "class": "title" },
      count === 1 ? t("warningTitleOne") : t("warningTitleMany", [String(count)])));
    var list = el("ol");
    findings.forEach(function (f, i) {
      var li = el("li", { "class": "finding", "data-pattern": f.id });
      li.appendChild(el("span", { "class": "num", "aria-hidden": "true" }, String(i + 1)));
      var body = el("div");
      body.appendChild(el("p", { "class": "msg" }, f.message || f.id));
      body.appendChild(formsList(f.forms || []));
      li.appendChild(body);
      list.appendChild(li);
    });
    card.appendChild(list);
    return { card: card, minimise: minimise };
  }

  function pill(kind, text, openLabel) {
    var p = el("div", { "class": "pill " + kind, role: "status" });
    if (kind !== "fair") p.appendChild(logo());
    var open = null;
    if (openLabel) {
      open = el("button", { "class": "open text", type: "button", title: openLabel }, text);
      p.appendChild(open);
    } else {
      if (kind === "fair") p.appendChild(el("span", { "class": "check", "aria-hidden": "true" }, "\u2713"));
      p.appendChild(el("span", { "class": "text" }, text));
    }
    var close = el("button", { "class": "icon", type: "button", title: t("warningDismiss"), "aria-label": t("warningDismiss") }, "\u00d7");
    p.appendChild(close);
    return { pill: p, open: open, close: close };
  }

  // A modal <dialog> (showModal) sits in the top layer, above every z-index,
  // and makes the rest of the page inert. The marker then goes inside the
  // topmost modal dialog (not inert there) and into the top layer as a manual
  // popover, above the dialog; placed by the viewport, whatever the dialog's
  // transform or overflow. Otherwise it is the last child of <body>.
  function topModal() {
    var modal = null;
    try {
      var all = document.querySelectorAll("dialog:modal");
      modal = all.length ? all[all.length - 1] : null;
    } catch (e) { modal = null; }
    return modal;
  }

  function inTopLayer(host) {
    try { return host.matches(":popover-open"); } catch (e) { return false; }
  }

  // mount(host): in the topmost modal dialog and the top layer, or in <body>.
  // unmount: back to <body>, out of the top layer (the dialog has gone).
  function mount(host, unmount) {
    var modal = unmount ? null : topModal();
    var parent = modal || document.body || document.documentElement;
    if (host.parentNode !== parent) {
      if (inTopLayer(host)) host.hidePopover();
      parent.appendChild(host);
    }
    if (!modal || typeof host.showPopover !== "function") return;
    if (!host.hasAttribute("popover")) host.setAttribute("popover", "manual");
    // A dialog opened after the marker covers it: raise the marker again.
    var card = state && state.card && !state.card.hidden ? state.card : null;
    var r = card ? card.getBoundingClientRect() : null;
    var covered = r && r.width > 0 && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== host;
    if (covered && inTopLayer(host)) host.hidePopover();
    if (!inTopLayer(host)) host.showPopover();
  }

  function remove() {
    if (!state) return;
    clearInterval(state.timer);
    window.removeEventListener("scroll", state.reposition, true);
    window.removeEventListener("resize", state.reposition);
    if (state.host.isConnected) state.host.remove();
    state = null;
  }

  function reposition() {
    if (!state || state.pending) return;
    state.pending = true;
    requestAnimationFrame(function () {
      if (!state) return;
      state.pending = false;
      state.outlines.forEach(function (o) {
        var ok = shown(o.node);
        o.box.hidden = !ok || state.dismissed;
        if (ok) place(o.box, o.node);
      });
      if (state.card && !state.card.hidden) placeBox(state.card, state.anchor, state.dialog, false);
      if (state.pill && !state.pill.hidden) placeBox(state.pill, null, state.dialog, true);
    });
  }

  /*
   * show(verdict, nodes, dialog, onGone)
   *   verdict: {consent_screen, patterns: [{id, message, forms, element}]}
   *   nodes:   DOM node per snapshot element index
   *   dialog:  the judged dialog element; when it disappears the UI hides
   *            and onGone() is called once
   * Returns the marker element.
   */
  function show(verdict, nodes, dialog, onGone) {
    remove();
    var patterns = verdict.consent_screen ? verdict.patterns : [];
    var host = document.createElement(TAG);
    host.setAttribute("data-patterns", patterns.map(function (p) { return p.id; }).join(" "));
    host.setAttribute("data-consent-screen", verdict.consent_screen ? "true" : "false");
    // Inline, so that page CSS for unknown elements cannot hide or move it.
    host.setAttribute("style", "all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;display:block;pointer-events:none");
    var root = host.attachShadow({ mode: "open" });
    var style = document.createElement("style");
    style.textContent = STYLE;
    root.appendChild(style);
    var layer = el("div", { "class": "layer" });
    root.appendChild(layer);

    state = { host: host, root: root, outlines: [], card: null, pill: null, dialog: dialog, anchor: null, dismissed: false, pending: false, reposition: reposition };

    if (verdict.consent_screen && patterns.length) {
      var seen = new Map();
      patterns.forEach(function (p, i) {
        var node = typeof p.element === "number" ? nodes[p.element] : null;
        if (!node || !shown(node)) return;
        if (!state.anchor) state.anchor = node;
        if (seen.has(node)) { seen.get(node).chip.textContent += "," + (i + 1); return; }
        var box = el("div", { "class": "outline", "data-pattern": p.id, "data-element": String(p.element) });
        var chip = el("span", { "class": "chip" }, String(i + 1));
        box.appendChild(chip);
        layer.appendChild(box);
        var outline = { box: box, node: node, chip: chip };
        seen.set(node, outline);
        state.outlines.push(outline);
      });
      var built = findingsCard(patterns);
      var small = pill("findings", patterns.length === 1 ? t("warningTitleOne") : t("warningTitleMany", [String(patterns.length)]), t("warningExpand"));
      // In a consent platform's own frame the dialog fills the frame: the
      // card starts folded into its pill (one click away), not over the dialog.
      var inFrame = window !== window.top;
      built.card.hidden = inFrame;
      small.pill.hidden = !inFrame;
      layer.appendChild(built.card);
      layer.appendChild(small.pill);
      state.card = built.card;
      state.pill = small.pill;
      built.minimise.addEventListener("click", function () { built.card.hidden = true; small.pill.hidden = false; reposition(); });
      small.open.addEventListener("click", function () { built.card.hidden = false; small.pill.hidden = true; reposition(); });
      small.close.addEventListener("click", function () {
        state.dismissed = true;
        small.pill.hidden = true;
        reposition();
      });
    } else if (verdict.consent_screen) {
      var fair = pill("fair", t("warningLooksFair"));
      layer.appendChild(fair.pill);
      state.pill = fair.pill;
      fair.close.addEventListener("click", function () { fair.pill.hidden = true; });
    }

    mount(host);
    state.outlines.forEach(function (o) { place(o.box, o.node); });
    if (state.card) placeBox(state.card, state.anchor, dialog, false);
    if (state.pill) placeBox(state.pill, null, dialog, true);

    window.addEventListener("scroll", reposition, { passive: true, capture: true });
    window.addEventListener("resize", reposition, { passive: true });
    var current = state;
    // Follows a moving dialog, and notices when the user has closed it.
    current.timer = setInterval(function () {
      if (state !== current) return;
      if (dialog && !shown(dialog)) {
        clearInterval(current.timer);
        layer.hidden = true;
        mount(host, true);
        if (onGone) onGone();
        return;
      }
      mount(host);
      reposition();
    }, TICK_MS);
    return host;
  }

  globalThis.ConsentLensWarning = {
    show: show,
    remove: remove,
    current: function () { return state ? state.host : null; }
  };
})();
