/*
 * ConsentLens snapshot: finds the consent dialog on a page and measures it
 * into the snapshot of docs/SNAPSHOT.md (schema consentlens/snapshot/schema.json).
 *
 * One plain script, no modules and no build: the extension loads it as a
 * content script and `consentlens scan` injects the same file with Playwright,
 * so both measure identically. It defines globalThis.ConsentLensSnapshot.
 *
 * Privacy: only the dialog subtree is read; input values are never read
 * (except the label of <input type=submit|button>); e-mail addresses and runs
 * of 6+ digits are masked in every text that leaves this script. The one
 * address that leaves unmasked is a role mailbox (privacy@, dpo@, ...) the
 * dialog links, in dialog.privacy_links (see "privacy links" below).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  if (globalThis.ConsentLensSnapshot) return;

  var SCHEMA_VERSION = 1;
  var MAX_DIALOG_TEXT = 20000;
  var MAX_ELEMENT_TEXT = 300;
  var MAX_ELEMENTS = 2000;
  var MAX_HTML = 200000;
  var MAX_ROOTS = 200;
  var MAX_VOCAB_NODES = 400;
  var ROLES = ["accept", "reject", "settings", "pay", "object", "close", "other"];

  // Containers of known consent-management platforms: [cmp id, selector].
  // Each selector names a dialog (the first layer or the settings layer), not
  // a whole root; cmpAround also names a dialog inside one of these.
  var CMPS = [
    ["onetrust", "#onetrust-banner-sdk, .optanon-alert-box-wrapper, #onetrust-pc-sdk"],
    ["cookiebot", "#CybotCookiebotDialog"],
    ["didomi", ".didomi-popup-container, #didomi-notice"],
    ["usercentrics", "#usercentrics-root, #usercentrics-cmp-ui, #uc-banner-modal"],
    ["quantcast", "#qc-cmp2-ui, .qc-cmp-ui-container"],
    ["sourcepoint", "[id^='sp_message_container_']"],
    ["trustarc", "#truste-consent-track, .truste_box_overlay_inner, #consent_blackbar"],
    ["klaro", ".klaro .cookie-notice, .klaro .cookie-modal .cm-modal"],
    ["vanilla_cookieconsent", "#cc-main .cm, #cc--main #cm"],
    ["cookieconsent", ".cc-window, .cc_banner-wrapper"],
    ["tarteaucitron", "#tarteaucitronAlertBig"],
    ["orejime", ".orejime-Banner, .orejime-Modal"],
    ["borlabs", "#BorlabsCookieBox, .brlbs-cmpnt-dialog"],
    ["complianz", ".cmplz-cookiebanner"],
    ["iubenda", "#iubenda-cs-banner, #iubenda-iframe-popup"],
    ["cookieyes", ".cky-consent-container, #cookie-law-info-bar, .cky-preference-center"],
    ["termly", "#termly-code-snippet-support, [class*='termly-styles-root']"],
    ["osano", ".osano-cm-window .osano-cm-dialog, .osano-cm-dialog"],
    ["consentmanager", "#cmpbox, #cmpwrapper"],
    ["sirdata", "#sd-cmp"],
    ["axeptio", ".axeptio_widget, #axeptio_overlay"],
    ["cookiefirst", ".cookiefirst-root"],
    ["cookiescript", "#cookiescript_injected"],
    ["cookieinformation", "#coiConsentBanner, #coiOverlay"],
    ["cookiehub", ".ch2-dialog, .ch2-container"],
    ["civic", "#ccc-notify, #ccc-overlay"],
    ["hubspot", "#hs-eu-cookie-confirmation"],
    ["shopify", "#shopify-pc__banner"],
    ["piwikpro", "#ppms_cm_popup_overlay, #ppms_cm_consent_popup"],
    ["tealium", "#__tealiumGDPRecModal"],
    ["evidon", "#_evidon_banner, #_evh-ric"],
    ["ensighten", "#ensNotifyBanner"],
    ["commandersact", "#footer_tc_privacy, #popin_tc_privacy, #tc-privacy-wrapper"],
    ["google_fc", ".fc-consent-root"],
    ["ezoic", "#ez-cookie-dialog-wrapper"],
    ["termsfeed", ".termsfeed-com---nb"],
    ["moove_gdpr", "#moove_gdpr_cookie_info_bar"],
    ["cookie_notice", "#cookie-notice"],
    ["truendo", "#truendo_container"],
    ["ketch", "#lanyard_root"],
    ["oil", ".as-oil"],
    ["microsoft_wcp", "#wcpConsentBannerCtrl"],
    ["contentpass", "[id*='contentpass' i], [class*='contentpass' i]"],
    ["fides", "#fides-banner, #fides-modal"],
    ["transcend", "#transcend-consent-manager"],
    ["pubtech", "#pubtech-cmp"],
    ["clickio", "#cl-consent"],
    ["sibbo", "sibbo-cmp-layout, .sibbo-layout"],
    ["pandectes", "#pandectes-banner"],
    ["cassie", ".cassie-pre-banner"],
    ["appconsent", "#appconsent"],
    ["datagrail", ".dg-consent-banner"]
  ];
  var CMP_SELECTOR = CMPS.map(function (c) { return c[1]; }).join(", ");
  var DIALOG_SELECTOR = "[role='dialog'], [role='alertdialog'], [aria-modal='true'], dialog[open]";

  // Words that make a screen a consent screen, in the product's languages and
  // a few neighbours. Stems, so that inflections match. The last ones are the
  // right to object: a notice that announces a new use of people's data (AI
  // training, say) and offers only an objection may name no cookie, consent or
  // legal basis at all ("you can object here", "hier widersprechen").
  var STRONG_WORDS = /cookie|consent|einwillig|zustimm|toestemming|consentement|consentimiento|consenso|datenschutz|privacy|privé|privée|confidentialit|privacidad|gdpr|dsgvo|rgpd|\bavg\b|partner|partenaire|tracking|tracker|traceur|personali[sz]|personnalis|gepersonaliseerd|berechtigte[sn]? interesse|legitimate interest|intérêt légitime|interet legitime|gerechtvaardigd belang|werbung|advertis|publicité|advertenties|right to object|\bobject(?:ion)? (?:to|here)\b|opt[- ]?out|widerspr|bezwaar|\b(?:vous |m'|s')?(?:y )?oppos(?:er|ition)\b/gi;
  var WEAK_WORDS = /accept|akzeptier|zustimmen|einverstanden|accepteer|akkoord|accepter|j'accepte|reject|decline|ablehnen|weigeren|refuser|nur notwendige|necessary|notwendig|noodzakelijk|nécessaires|settings|einstellungen|instellingen|paramètres|préférences|options/i;

  var INTERACTIVE_SELECTOR = [
    "button", "a[href]", "input[type='checkbox' i]", "input[type='radio' i]",
    "input[type='submit' i]", "input[type='button' i]", "select", "summary",
    "[role='button']", "[role='link']", "[role='checkbox']", "[role='switch']",
    "[role='menuitem']", "[role='tab']", "[onclick]"
  ].join(", ");
  // CONSENTLENS-WARNING: the extension's own marker, which it places inside a
  // modal <dialog> (the only place not inert there); never part of a snapshot.
  var SKIP_TAGS = { SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, TEMPLATE: 1, HEAD: 1, LINK: 1, META: 1, TITLE: 1, OPTION: 1, OPTGROUP: 1, DATALIST: 1, TEXTAREA: 1, "CONSENTLENS-WARNING": 1 };
  var VOID_TAGS = { area: 1, base: 1, br: 1, col: 1, embed: 1, hr: 1, img: 1, input: 1, link: 1, meta: 1, source: 1, track: 1, wbr: 1 };
  var BLOCK_FREE_DISPLAYS = { inline: 1, contents: 1 };

  // ---- small helpers -------------------------------------------------------

  function isElement(n) { return !!n && n.nodeType === 1; }

  function styleOf(el) {
    var view = el.ownerDocument.defaultView || window;
    return view.getComputedStyle(el);
  }

  // Parent in the flattened tree: crosses shadow roots, not frames.
  function parentOf(el) {
    if (el.assignedSlot) return el.assignedSlot;
    if (el.parentElement) return el.parentElement;
    var p = el.parentNode;
    return p && p.nodeType === 11 && p.host ? p.host : null;
  }

  // Like parentOf, but steps out of a same-origin frame into its <iframe>.
  function outerParentOf(el) {
    var p = parentOf(el);
    if (p) return p;
    var view = el.ownerDocument.defaultView;
    try { return view && view.frameElement ? view.frameElement : null; } catch (e) { return null; }
  }

  function contains(outer, inner) {
    for (var n = inner; n; n = outerParentOf(n)) if (n === outer) return true;
    return false;
  }

  function collapse(s) { return (s || "").replace(/\s+/g, " ").trim(); }

  var EMAIL = /[A-Z0-9._%+\-]+@[A-Z0-9.\-]+\.[A-Z]{2,}/gi;
  var DIGITS = /\+?\d(?:[ .\-\/]?\d){5,}/g;
  function mask(s) { return s.replace(EMAIL, "[email]").replace(DIGITS, "[digits]"); }

  function cap(s, n) { return s.length > n ? s.slice(0, n) : s; }
  function round(v, d) { var f = Math.pow(10, d || 0); return Math.round(v * f) / f; }
  function words(s) { var m = s.match(/[\p{L}\p{N}]+/gu); return m ? m.length : 0; }

  // ---- colours -------------------------------------------------------------

  var canvasCtx = null;
  function parseColour(str) {
    if (!str) return null;
    var m = str.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,\/]\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      var a = m[4] === undefined ? 1 : (m[4].slice(-1) === "%" ? parseFloat(m[4]) / 100 : parseFloat(m[4]));
      return [+m[1], +m[2], +m[3], a];
    }
    if (str === "transparent") return [0, 0, 0, 0];
    // Colours in other spaces (oklch(), color(...)): let a canvas resolve them.
    try {
      if (!canvasCtx) {
        var c = document.createElement("canvas");
        c.width = c.height = 1;
        canvasCtx = c.getContext("2d", { willReadFrequently: true });
      }
      canvasCtx.clearRect(0, 0, 1, 1);
      canvasCtx.fillStyle = str;
      canvasCtx.fillRect(0, 0, 1, 1);
      var d = canvasCtx.getImageData(0, 0, 1, 1).data;
      return [d[0], d[1], d[2], d[3] / 255];
    } catch (e) { return null; }
  }

  function over(top, bottom) {
    var a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  }

  function hex(c) {
    if (!c) return null;
    function h(v) { var s = Math.max(0, Math.min(255, Math.round(v))).toString(16); return s.length < 2 ? "0" + s : s; }
    return "#" + h(c[0]) + h(c[1]) + h(c[2]);
  }

  // Colour an element paints itself: background-color, else the first colour
  // of a gradient background-image.
  function ownPaint(cs) {
    var c = parseColour(cs.backgroundColor);
    if (c && c[3] > 0.05) return c;
    // A gradient counts as paint unless it is a thin strip (a drawn underline).
    var thin = (cs.backgroundSize || "").match(/[\d.]+px/g);
    thin = thin && thin.some(function (v) { return parseFloat(v) < 4; });
    if (!thin && cs.backgroundImage && cs.backgroundImage !== "none") {
      var m = cs.backgroundImage.match(/rgba?\([^)]*\)/);
      if (m) { c = parseColour(m[0]); if (c && c[3] > 0.05) return c; }
    }
    return null;
  }

  var bgCache = new Map();
  // Effective background: the paints on the element and its ancestors,
  // composited down to the first opaque one (white below the document).
  function effectiveBackground(el) {
    if (bgCache.has(el)) return bgCache.get(el);
    var p = ownPaint(styleOf(el));
    var below;
    if (p && p[3] >= 0.999) {
      below = null;
    } else {
      var parent = parentOf(el);
      below = parent ? effectiveBackground(parent) : [255, 255, 255, 1];
    }
    var result = p ? (below ? over(p, below) : [p[0], p[1], p[2], 1]) : below;
    bgCache.set(el, result);
    return result;
  }

  // ---- geometry ------------------------------------------------------------

  // Offset of an element's frame relative to the top viewport.
  function frameOffset(doc) {
    var x = 0, y = 0;
    try {
      for (var view = doc.defaultView; view && view.frameElement; view = view.parent) {
        var fe = view.frameElement, r = fe.getBoundingClientRect(), cs = styleOf(fe);
        x += r.left + fe.clientLeft + parseFloat(cs.paddingLeft || 0);
        y += r.top + fe.clientTop + parseFloat(cs.paddingTop || 0);
      }
    } catch (e) { /* cross-origin ancestor: keep what we have */ }
    return { x: x, y: y };
  }

  function rectOf(el) {
    var r = el.getBoundingClientRect(), o = frameOffset(el.ownerDocument);
    return { x: r.left + o.x, y: r.top + o.y, w: r.width, h: r.height };
  }

  // A wrapper with no box of its own (display:contents, or a zero-size root
  // whose children are fixed) takes the union of its children's boxes.
  function boxOf(el, depth) {
    var r = rectOf(el);
    if (r.w * r.h >= 1 || (depth || 0) > 3) return r;
    var kids = el.shadowRoot ? el.shadowRoot.children : el.children, u = null;
    for (var i = 0; i < kids.length && i < 50; i++) {
      var k = boxOf(kids[i], (depth || 0) + 1);
      if (k.w * k.h < 1) continue;
      if (!u) { u = { x: k.x, y: k.y, r: k.x + k.w, b: k.y + k.h }; continue; }
      u.x = Math.min(u.x, k.x); u.y = Math.min(u.y, k.y);
      u.r = Math.max(u.r, k.x + k.w); u.b = Math.max(u.b, k.y + k.h);
    }
    return u ? { x: u.x, y: u.y, w: u.r - u.x, h: u.b - u.y } : r;
  }

  function viewport() {
    var top = window;
    try { while (top.parent !== top && top.parent.document) top = top.parent; } catch (e) { /* stop at the origin boundary */ }
    return { width: top.innerWidth, height: top.innerHeight };
  }

  function clippedArea(r, vp) {
    var w = Math.max(0, Math.min(r.x + r.w, vp.width) - Math.max(r.x, 0));
    var h = Math.max(0, Math.min(r.y + r.h, vp.height) - Math.max(r.y, 0));
    return w * h;
  }

  function intersectArea(a, b) {
    var w = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
    var h = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
    return w * h;
  }

  // ---- roots: document, open shadow roots, same-origin frames -------------

  // Children of these are not looked at for shadow roots (the element's own
  // shadow root still is): a consent platform mounts its host where a dialog
  // can go, never inside running text, a link, a control or a drawing. They
  // hold most elements of a long page, so the search visits a quarter of them.
  var NO_HOSTS_INSIDE = {
    P: 1, H1: 1, H2: 1, H3: 1, H4: 1, H5: 1, H6: 1, A: 1, LI: 1, DT: 1, DD: 1, TD: 1, TH: 1,
    PRE: 1, CODE: 1, BUTTON: 1, LABEL: 1, SELECT: 1, TEXTAREA: 1, PICTURE: 1, VIDEO: 1, AUDIO: 1,
    CANVAS: 1, SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, TEMPLATE: 1, HEAD: 1, svg: 1, math: 1
  };

  // Open shadow roots below root (not inside other shadow roots). An explicit
  // stack over element children: no NodeList of every element, and pruned.
  function shadowRootsBelow(root, out) {
    var stack = [];
    for (var c = root.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
    while (stack.length) {
      var el = stack.pop();
      if (SKIP_TAGS[el.nodeName]) continue;
      if (el.shadowRoot) out.push(el.shadowRoot);
      if (NO_HOSTS_INSIDE[el.nodeName]) continue;
      for (var k = el.lastElementChild; k; k = k.previousElementSibling) stack.push(k);
    }
    return out;
  }

  // The roots to search: start (a document, shadow root or element), the open
  // shadow roots below it (nested ones too) and the documents of same-origin
  // frames, breadth first.
  function collectRoots(start) {
    var roots = [], queue = [start];
    if (start.nodeType === 1 && start.shadowRoot) queue.push(start.shadowRoot);
    while (queue.length && roots.length < MAX_ROOTS) {
      var root = queue.shift();
      roots.push(root);
      shadowRootsBelow(root.nodeType === 9 ? root.documentElement || root : root, queue);
      var frames = root.querySelectorAll("iframe, frame");
      for (var i = 0; i < frames.length; i++) {
        var d = null;
        try { d = frames[i].contentDocument; } catch (e) { d = null; }
        if (d && d.documentElement) queue.push(d);
      }
    }
    return roots;
  }

  function cmpOf(el) {
    for (var i = 0; i < CMPS.length; i++) {
      try { if (el.matches(CMPS[i][1])) return CMPS[i][0]; } catch (e) { /* selector unsupported */ }
    }
    return null;
  }

  // The platform of a dialog: its own container or one around it (a second
  // layer sits inside the platform's root), as in from_html.py (CMP_DEPTH).
  var CMP_DEPTH = 6;
  function cmpAround(dialog) {
    var a = dialog;
    for (var i = 0; a && i < CMP_DEPTH; i++, a = parentOf(a)) {
      var cmp = cmpOf(a);
      if (cmp) return cmp;
    }
    return null;
  }

  // STRONG_WORDS without word boundaries: it matches the whole text of any
  // subtree that holds a text node matching STRONG_WORDS.
  var STRONG_ANYWHERE = new RegExp(STRONG_WORDS.source.replace(/\\b/g, ""), "i");

  // STRONG_WORDS.test(text), through STRONG_ANYWHERE where that is the same
  // answer: a page without a dialog then compiles one large expression, not two.
  function hasStrongWord(text) {
    var m = STRONG_ANYWHERE.exec(text);
    if (!m) return false;
    if (m[0].toLowerCase() !== "avg") return true;
    STRONG_WORDS.lastIndex = 0;
    return STRONG_WORDS.test(text);
  }

  // Text nodes with consent vocabulary, outside scripts and styles, in
  // document order. No layout. A subtree whose text (one native textContent)
  // has no consent word is skipped unvisited, and scripts and styles are never
  // read: most of a page never gets a JS wrapper, and its text is scanned
  // about once, which keeps detection cheap on pages without a dialog.
  function vocabularyNodes(root, out) {
    var node = root.firstChild;
    while (node && out.length < MAX_VOCAB_NODES) {
      var descend = false;
      if (node.nodeType === 3) {
        var p = node.parentNode, v = node.nodeValue;
        if (p && !SKIP_TAGS[p.nodeName] && v && v.length >= 4) {
          if (hasStrongWord(v)) out.push(node);
        }
      } else if (node.nodeType === 1 && !SKIP_TAGS[node.nodeName]) {
        // <html> and <body> hold almost all text: test their children instead.
        if (node.localName === "html" || node.localName === "body") {
          descend = true;
        } else {
          var t = node.textContent;
          descend = !!t && t.length >= 4 && STRONG_ANYWHERE.test(t);
        }
      }
      if (descend && node.firstChild) { node = node.firstChild; continue; }
      while (node !== root && !node.nextSibling) node = node.parentNode;
      node = node === root ? null : node.nextSibling;
    }
  }

  // Text of a subtree including open shadow roots (textContent skips them).
  function deepText(el, budget) {
    var parts = [], n = 0;
    (function walk(node) {
      if (n > budget) return;
      if (node.nodeType === 3) { parts.push(node.nodeValue); n += node.nodeValue.length; return; }
      if (node.nodeType !== 1 && node.nodeType !== 11) return;
      if (node.nodeType === 1 && SKIP_TAGS[node.tagName]) return;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (var c = node.firstChild; c; c = c.nextSibling) walk(c);
    })(el);
    return parts.join(" ");
  }

  // Elements matching selector below el, open shadow roots included.
  function deepQueryAll(el, selector) {
    var found = [];
    function scan(root) {
      var all = root.querySelectorAll("*");
      for (var i = 0; i < all.length; i++) {
        if (all[i].matches(selector)) found.push(all[i]);
        if (all[i].shadowRoot && !SKIP_TAGS[all[i].tagName]) scan(all[i].shadowRoot);
      }
    }
    if (el.shadowRoot) scan(el.shadowRoot);
    scan(el);
    return found;
  }

  function rendered(el) {
    if (typeof el.checkVisibility === "function") {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    } else {
      var cs = styleOf(el);
      if (cs.display === "none" || cs.visibility !== "visible") return false;
    }
    var r = boxOf(el);
    return r.w >= 1 && r.h >= 1;
  }

  // ---- finding the dialog --------------------------------------------------

  // Platform containers and dialogs below root, in document order. Queried
  // one selector at a time: a lone id or class selector takes the browser's
  // fast path, while one long selector list tests every element against
  // every entry (about 8x slower on a 2,600-element page).
  // A changed element's small subtree is matched against the whole list at
  // once instead (one pass over a few elements beats fifty queries).
  var SEED_SELECTORS = (CMP_SELECTOR + ", " + DIALOG_SELECTOR).split(", ");
  var SEED_LIST = CMP_SELECTOR + ", " + DIALOG_SELECTOR;
  var SMALL_SUBTREE = 200;
  function seedElements(root) {
    var found = new Set();
    if (root.nodeType === 1) {
      if (root.matches(SEED_LIST)) found.add(root);
      if (root.getElementsByTagName("*").length <= SMALL_SUBTREE) {
        root.querySelectorAll(SEED_LIST).forEach(function (el) { found.add(el); });
        return Array.from(found);
      }
    }
    SEED_SELECTORS.forEach(function (selector) {
      var list;
      try { list = root.querySelectorAll(selector); } catch (e) { return; }
      for (var i = 0; i < list.length; i++) found.add(list[i]);
    });
    return Array.from(found).sort(function (a, b) {
      return a === b ? 0 : (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1);
    });
  }

  // A consent platform often shows its message in a frame of its own origin
  // (Sourcepoint, TrustArc): the frame is the layer over the page, and the
  // message inside is in normal flow. The extension's content script runs in
  // that frame too; there the body's child holding consent words is a
  // candidate when it reads like a consent screen (two consent words or more,
  // two controls or more, one of them a button), which an ad frame
  // ("Advertisement", a link or two) does not.
  var BUTTON_SELECTOR = "button, input[type='button' i], input[type='submit' i], [role='button']";
  function readsLikeConsent(scored) {
    return scored.words >= 2 && scored.controls >= 2 && scored.buttons >= 1;
  }
  function isForeignFrame(doc) {
    var view = doc.defaultView;
    if (!view || view === view.top) return false;
    try { return !view.parent.document; } catch (e) { return true; }
  }

  // Candidates, best first, in the given roots: documents, shadow roots, or
  // elements (the parts of a page that changed; each searched with its subtree).
  function findCandidates(start) {
    return candidatesIn(collectRoots(start || document));
  }

  function candidatesIn(roots) {
    var seeds = new Map(); // element -> source
    var vocab = [];
    roots.forEach(function (root) {
      var list = seedElements(root);
      for (var i = 0; i < list.length; i++) seeds.set(list[i], "selector");
      vocabularyNodes(root, vocab);
    });
    // Cheap exit: no platform container, no dialog role, no consent words.
    if (!seeds.size && !vocab.length) return [];

    // Positioned ancestors of consent words (style only, no layout yet); in a
    // cross-origin frame also the body's child that holds them.
    var seen = new Set(), foreign = new Map();
    vocab.forEach(function (textNode) {
      for (var el = textNode.parentElement || (textNode.parentNode && textNode.parentNode.host); el; el = parentOf(el)) {
        if (seen.has(el)) break;
        seen.add(el);
        if (el.tagName === "BODY" || el.tagName === "HTML") break;
        var doc = el.ownerDocument;
        if (el.parentNode === doc.body) {
          if (!foreign.has(doc)) foreign.set(doc, isForeignFrame(doc));
          if (foreign.get(doc) && !seeds.has(el)) seeds.set(el, "frame");
        }
        var cs = styleOf(el);
        var z = parseInt(cs.zIndex, 10) || 0;
        if (cs.position === "fixed" || cs.position === "sticky" || (cs.position === "absolute" && z >= 1000)) {
          if (!seeds.has(el)) seeds.set(el, "positioned");
        }
      }
    });
    if (!seeds.size) return [];

    var vp = viewport(), vpArea = Math.max(1, vp.width * vp.height);
    var scored = [];
    seeds.forEach(function (source, el) {
      var s = scoreCandidate(el, vpArea);
      if (s && (source !== "frame" || readsLikeConsent(s))) scored.push(s);
    });
    // Nested candidates: a wrapper whose visible controls are all inside a
    // smaller candidate (an overlay around the dialog) gives way to it.
    scored.forEach(function (outer) {
      scored.forEach(function (inner) {
        if (inner !== outer && outer.el !== inner.el && contains(outer.el, inner.el) && inner.controls >= outer.controls) {
          outer.score -= 3;
        }
      });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return scored.map(function (s) { return s.el; });
  }

  var orderCounter = 0;
  function scoreCandidate(el, vpArea) {
    if (!rendered(el)) return null;
    var text = deepText(el, 60000);
    STRONG_WORDS.lastIndex = 0;
    var strong = new Set((text.match(STRONG_WORDS) || []).map(function (w) { return w.toLowerCase(); }));
    var cmp = cmpOf(el);
    if (!cmp && !strong.size) return null;
    var controls = deepQueryAll(el, INTERACTIVE_SELECTOR).filter(rendered);
    if (!controls.length) return null;

    var cs = styleOf(el), role = el.getAttribute("role") || "";
    var z = 0;
    for (var a = el; a; a = outerParentOf(a)) z = Math.max(z, parseInt(styleOf(a).zIndex, 10) || 0);
    var score = 0;
    if (cmp) score += 6;
    if (role === "dialog" || role === "alertdialog") score += 3;
    if (el.getAttribute("aria-modal") === "true") score += 2;
    if (el.tagName === "DIALOG") score += 2;
    if (cs.position === "fixed") score += 3;
    else if (cs.position === "sticky") score += 1;
    if (z >= 10) score += 1;
    if (z >= 1000) score += 1;
    score += 2 * Math.min(3, strong.size);
    if (WEAK_WORDS.test(controls.map(function (c) { return c.textContent; }).join(" "))) score += 1;
    if (text.length > 6000) score -= 2;
    if (text.length > 20000) score -= 4;
    if (controls.length > 60) score -= 2;
    var r = boxOf(el);
    if (r.w * r.h / vpArea < 0.005) score -= 2;
    var buttons = controls.filter(function (c) { return c.matches(BUTTON_SELECTOR); }).length;
    return { el: el, score: score, controls: controls.length, buttons: buttons, words: strong.size, order: orderCounter++ };
  }

  // ---- measuring -----------------------------------------------------------

  // Position of the dialog or of its nearest ancestor that places it (a
  // relative wrapper inside a fixed host does not): as in from_html.py.
  function ownPositionOf(el) {
    for (var a = el; a; a = outerParentOf(a)) {
      var p = styleOf(a).position;
      if (p !== "static" && p !== "relative") return p === "sticky" || p === "fixed" ? p : "absolute";
    }
    return "static";
  }

  // ... or, for a dialog that nothing places, that of the fixed or sticky
  // layer inside that draws it.
  function positionOf(el, layer) {
    var own = ownPositionOf(el);
    return own === "static" && layer && layer.frame ? styleOf(layer.frame).position : own;
  }

  // ---- the layer that draws the dialog -------------------------------------
  // A consent platform may put role=dialog on a container that is not the
  // layer the user sees: Borlabs' static #BorlabsCookieBox holds a fixed,
  // full-screen shade that holds the box. Followed down through the one child
  // that holds all of the content (text or controls), at most LAYER_DEPTH
  // levels: path, those children, outermost first; beside, the content-free
  // children met on the way (an empty shade next to the box); frame, the first
  // fixed or sticky element of the path; box, the box the user reads when the
  // dialog element is only a layer, from the frame down (a dialog that nothing
  // places) or from the dialog down (a full-viewport dialog): the first element
  // that paints a background and is not a full-viewport layer, else the last
  // one. The same rules as _layer in from_html.py.
  var LAYER_DEPTH = 6;

  function coversViewport(el, vp) {
    var cs = styleOf(el);
    if (cs.position !== "fixed" && cs.position !== "absolute") return false;
    return clippedArea(rectOf(el), vp) >= 0.9 * vp.width * vp.height;
  }

  function holdsContent(el) {
    return !!collapse(deepText(el, 200)) || el.matches(INTERACTIVE_SELECTOR) || !!el.querySelector(INTERACTIVE_SELECTOR);
  }

  function dialogLayer(dialog) {
    var vp = viewport(), path = [], beside = [], node = dialog;
    for (var depth = 0; depth < LAYER_DEPTH; depth++) {
      var root = node.shadowRoot || node, holders = [], ownText = false;
      for (var c = root.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && c.nodeValue.trim()) ownText = true;
      if (ownText) break; // text of its own beside the children
      for (var k = root.firstElementChild; k; k = k.nextElementSibling) {
        if (SKIP_TAGS[k.tagName] || !rendered(k) || hidesSubtree(k, styleOf(k), rectOf(k), vp)) continue;
        (holdsContent(k) ? holders : beside).push(k);
      }
      if (holders.length !== 1) break;
      node = holders[0];
      path.push(node);
    }
    var frame = null, box = null, below = [];
    for (var i = 0; i < path.length && !frame; i++) if (/^(fixed|sticky)$/.test(styleOf(path[i]).position)) frame = path[i];
    if (frame && ownPositionOf(dialog) === "static") below = path.slice(path.indexOf(frame));
    else if (coversViewport(dialog, vp)) below = [dialog].concat(path);
    for (var j = 0; j < below.length && !box; j++) {
      if (ownPaint(styleOf(below[j])) && !coversViewport(below[j], vp)) box = below[j];
    }
    return { path: path, beside: beside, frame: frame, box: box || below[below.length - 1] || null };
  }

  function zIndexOf(el) {
    var z = 0;
    for (var a = el; a; a = outerParentOf(a)) z = Math.max(z, parseInt(styleOf(a).zIndex, 10) || 0);
    return z;
  }

  function fontWeight(cs) {
    var w = parseInt(cs.fontWeight, 10);
    if (!isNaN(w)) return w;
    return cs.fontWeight === "bold" ? 700 : 400;
  }

  // The screen-reader-only pattern (.sr-only, .screen-reader-text,
  // .visually-hidden): a box of at most 1px that hides its overflow, an
  // absolutely positioned box clipped to at most 1px, or a clip-path that
  // leaves nothing. Its text is read aloud (names keep it, see nameText) but
  // not seen. The same rules as visually_hidden in from_html.py.
  var CLIP_RECT = /^rect\(\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px,?\s*(-?[\d.]+)px\s*\)$/;
  function visuallyHidden(cs, r) {
    if (/hidden|clip/.test(cs.overflowX + " " + cs.overflowY) && r.w <= 1 && r.h <= 1) return true;
    if (/inset\(\s*(?:[5-9]\d|100)(?:\.\d+)?%|circle\(\s*0(?:px|%)?(?![\d.])/.test(cs.clipPath || "")) return true;
    if (cs.position !== "absolute" && cs.position !== "fixed") return false; // clip needs it
    var m = CLIP_RECT.exec(cs.clip || "");
    return !!m && (m[2] - m[4] <= 1 || m[3] - m[1] <= 1);
  }

  // Does this element, by its own style, hide itself and its subtree?
  function hidesSubtree(el, cs, r, vp) {
    if (cs.display === "none") return true;
    if (/hidden|clip/.test(cs.overflowX + " " + cs.overflowY) && (r.w < 1 || r.h < 1)) return true;
    if (visuallyHidden(cs, r)) return true;
    if (r.w > 0 || r.h > 0) {
      if (r.x + r.w <= 0 || r.y + r.h <= 0 || r.x >= vp.width + 2000) return true;
    }
    return false;
  }

  function hrefKind(el) {
    var raw = el.getAttribute("href");
    if (raw === null) return "none";
    raw = raw.trim();
    if (/^javascript:/i.test(raw)) return "script";
    if (raw === "" || raw.charAt(0) === "#") return "same-page";
    var loc = el.ownerDocument.location, u;
    try { u = new URL(raw, el.ownerDocument.baseURI); } catch (e) { return "internal"; }
    if (!/^https?:$/.test(u.protocol)) return u.protocol === loc.protocol ? "internal" : "external";
    if (u.origin === loc.origin && u.pathname === loc.pathname && u.search === loc.search) return "same-page";
    return siteOf(u.hostname) === siteOf(loc.hostname) ? "internal" : "external";
  }

  // Registrable domain, approximated: last two labels, three under a
  // two-letter country code with a short second level (co.uk, com.au).
  function siteOf(host) {
    var parts = (host || "").toLowerCase().replace(/^www\./, "").split(".");
    if (parts.length <= 2) return parts.join(".");
    var n = parts[parts.length - 1].length === 2 && parts[parts.length - 2].length <= 3 ? 3 : 2;
    return parts.slice(-n).join(".");
  }

  function checkedOf(el) {
    var tag = el.tagName, type = (el.getAttribute("type") || "").toLowerCase();
    if (tag === "INPUT" && (type === "checkbox" || type === "radio")) return !!el.checked;
    var role = el.getAttribute("role");
    var aria = el.getAttribute("aria-checked");
    if (aria === null && (role === "button" || tag === "BUTTON")) aria = el.getAttribute("aria-pressed");
    if (aria === "true" || aria === "mixed") return true;
    if (aria === "false") return false;
    if (role === "checkbox" || role === "switch" || role === "radio") return false;
    return null;
  }

  function isToggle(el) {
    var type = (el.getAttribute("type") || "").toLowerCase(), role = el.getAttribute("role");
    return (el.tagName === "INPUT" && (type === "checkbox" || type === "radio")) || role === "checkbox" || role === "switch" || role === "radio";
  }

  // Text for a name: skips parts hidden from assistive technology.
  function nameText(node) {
    if (node.nodeType === 3) return node.nodeValue;
    if (node.nodeType !== 1 || SKIP_TAGS[node.tagName] || node.getAttribute("aria-hidden") === "true") return "";
    var parts = [];
    for (var c = node.firstChild; c; c = c.nextSibling) parts.push(nameText(c));
    return parts.join(" ");
  }

  // A label inside another of the same control (a for= label in the label
  // that wraps the checkbox) is read once, with the outer one.
  function labelOf(el) {
    var labels = Array.prototype.filter.call(el.labels || [], function (l) {
      return !Array.prototype.some.call(el.labels, function (o) { return o !== l && o.contains(l); });
    });
    if (labels.length) return labels.map(nameText).join(" ");
    var l = el.closest && el.closest("label");
    return l ? nameText(l) : "";
  }

  // For a toggle: the nearest text of the row it sits in (names the purpose).
  function rowText(el, dialog) {
    for (var a = parentOf(el); a && a !== dialog; a = parentOf(a)) {
      var t = collapse(deepText(a, 2000));
      if (t) return t;
    }
    return "";
  }

  function accessibleName(el, text, dialog) {
    var s = el.getAttribute("aria-label");
    if (s && collapse(s)) return collapse(s);
    var ids = el.getAttribute("aria-labelledby");
    if (ids) {
      var root = el.getRootNode(), parts = [];
      ids.split(/\s+/).forEach(function (id) {
        var t = id && root.getElementById ? root.getElementById(id) : null;
        if (t) parts.push(nameText(t));
      });
      s = collapse(parts.join(" "));
      if (s) return s;
    }
    s = collapse(labelOf(el));
    if (s) return s;
    if (isToggle(el)) {
      s = rowText(el, dialog);
      if (s) return s;
    }
    s = collapse(el.getAttribute("title") || "");
    return s || text;
  }

  function textOfInputButton(el) {
    var type = (el.getAttribute("type") || "").toLowerCase();
    // The label of a push button, never a user-entered value.
    return type === "submit" || type === "button" ? (el.value || el.getAttribute("value") || "") : "";
  }

  function measure(dialog) {
    var vp = viewport();
    var dialogBg = effectiveBackground(dialog);
    var dialogBgHex = hex(dialogBg);

    var textParts = [], textLen = 0;
    var fontChars = new Map();
    var blockWords = new Map();
    var elements = [], records = [];
    var blockCache = new Map();

    function blockOf(el) {
      if (blockCache.has(el)) return blockCache.get(el);
      var b = el;
      if (BLOCK_FREE_DISPLAYS[styleOf(el).display]) {
        var p = parentOf(el);
        b = p && p !== dialog && contains(dialog, p) ? blockOf(p) : dialog;
      }
      blockCache.set(el, b);
      return b;
    }

    // One pass over the flattened tree of the dialog, in document order.
    // state: {hidden: an ancestor hides the subtree, opacity: product so far,
    //         current: the interactive record we are inside, or null}
    function visit(node, state) {
      if (node.nodeType === 3) {
        var t = node.nodeValue;
        if (!t) return;
        var c = t.replace(/\s+/g, " ");
        // A hidden control keeps its text (it shows what a second layer offers).
        if (state.current) state.current.allParts.push(c);
        if (state.hidden || !state.textShown) return;
        if (!c.trim()) {
          textParts.push(" ");
          if (state.current) state.current.textParts.push(" ");
          return;
        }
        textParts.push(c);
        textLen += c.length;
        var parent = node.parentElement || (node.parentNode && node.parentNode.host);
        if (parent) {
          var fs = parseFloat(styleOf(parent).fontSize) || 0;
          fontChars.set(fs, (fontChars.get(fs) || 0) + c.trim().length);
          var b = blockOf(parent), w = words(c);
          blockWords.set(b, (blockWords.get(b) || 0) + w);
          if (state.current) state.current.ownWords.set(b, (state.current.ownWords.get(b) || 0) + w);
        }
        if (state.current) state.current.textParts.push(c);
        return;
      }
      if (node.nodeType === 11) { visitChildren(node, state); return; }
      if (node.nodeType !== 1) return;
      var el = node;
      if (SKIP_TAGS[el.tagName] || el.namespaceURI === "http://www.w3.org/2000/svg" && el.tagName.toLowerCase() !== "svg") return;
      if (el.tagName === "IFRAME" || el.tagName === "FRAME") return;

      var cs = styleOf(el);
      var r = rectOf(el);
      var opacity = state.opacity * (el === dialog ? 1 : parseFloat(cs.opacity));
      var selfHides = el !== dialog && (hidesSubtree(el, cs, r, vp) || opacity < 0.05);
      var ownHidden = cs.visibility !== "visible";
      var fontSize = parseFloat(cs.fontSize) || 0;

      var record = null;
      if (!state.current && el !== dialog && el.matches(INTERACTIVE_SELECTOR) && elements.length < MAX_ELEMENTS) {
        record = {
          el: el, cs: cs, rect: r, opacity: opacity,
          ancestorHidden: state.hidden,
          selfHidden: selfHides || ownHidden || r.w < 1 || r.h < 1 || (fontSize === 0 && el.tagName !== "INPUT"),
          textBefore: textLen, textParts: [], allParts: [], ownWords: new Map()
        };
        elements.push(record);
      }
      var child = {
        hidden: state.hidden || selfHides,
        textShown: !ownHidden && fontSize > 0,
        opacity: opacity,
        current: record || state.current
      };
      if (el.tagName === "SELECT") {
        var opt = el.options && el.selectedIndex >= 0 ? el.options[el.selectedIndex] : null;
        if (opt && child.current) {
          child.current.allParts.push(opt.textContent);
          if (!child.hidden) child.current.textParts.push(opt.textContent);
        }
        return;
      }
      // Block boundaries separate words, as innerText would.
      var inline = cs.display === "inline" || cs.display === "contents";
      if (!inline) textParts.push(" ");
      if (el.shadowRoot) visitChildren(el.shadowRoot, child);
      else visitChildren(el, child);
      if (!inline) {
        textParts.push(" ");
        if (state.current) state.current.textParts.push(" ");
      }
    }

    function visitChildren(parent, state) {
      for (var c = parent.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 1 && c.tagName === "SLOT") {
          var assigned = c.assignedNodes();
          if (assigned.length) { assigned.forEach(function (n) { visit(n, state); }); continue; }
        }
        visit(c, state);
      }
    }

    visit(dialog, { hidden: false, textShown: true, opacity: 1, current: null });

    var fullText = collapse(textParts.join(""));
    var total = Math.max(1, textLen);
    var bodyFont = 0, best = -1;
    fontChars.forEach(function (n, fs) { if (n > best) { best = n; bodyFont = fs; } });

    var out = records;
    elements.forEach(function (rec, i) {
      var el = rec.el, cs = rec.cs, tag = el.tagName.toLowerCase();
      var type = tag === "input" || tag === "button" ? (el.getAttribute("type") || "").toLowerCase() : "";
      var toggle = isToggle(el);
      var visible = !rec.ancestorHidden && !rec.selfHidden && rec.opacity >= 0.05;
      // A styled toggle hides its native checkbox and draws its label instead:
      // the user sees the control, so it counts as visible.
      if (!visible && !rec.ancestorHidden && toggle && cs.display !== "none" && cs.visibility === "visible") {
        var lab = el.labels && el.labels[0] ? el.labels[0] : el.closest("label");
        if (lab && rendered(lab)) visible = true;
      }
      var text = tag === "input" ? textOfInputButton(el) : collapse((visible ? rec.textParts : rec.allParts).join(""));
      if (toggle) text = "";
      text = cap(mask(text), MAX_ELEMENT_TEXT);
      var name = cap(mask(accessibleName(el, text, dialog)), MAX_ELEMENT_TEXT);
      // The text's own look: a label often sits in a nested span with its own style.
      var carrier = textCarrier(el);
      var ts = carrier === el ? cs : styleOf(carrier);
      var bg = effectiveBackground(carrier);
      var own = ownPaint(cs);
      var colour = parseColour(ts.color);
      if (colour && colour[3] < 1 && bg) colour = over(colour, bg);
      var borderVisible = ["Top", "Right", "Bottom", "Left"].some(function (side) {
        if (parseFloat(cs["border" + side + "Width"]) < 1) return false;
        if (/none|hidden/.test(cs["border" + side + "Style"])) return false;
        var bc = parseColour(cs["border" + side + "Color"]);
        return !!bc && bc[3] > 0.1 && hex(bc) !== hex(bg);
      });
      var underline = false;
      for (var a = el; a && a !== parentOf(dialog); a = parentOf(a)) {
        if (/underline/.test(styleOf(a).textDecorationLine || styleOf(a).textDecoration)) { underline = true; break; }
      }
      if (!underline) {
        var inner = el.querySelector("*");
        if (inner && /underline/.test(styleOf(inner).textDecorationLine || "")) underline = true;
      }
      var block = blockOf(parentOf(el) || dialog);
      var outside = (blockWords.get(block) || 0) - (rec.ownWords.get(block) || 0);
      var inlineSelf = /^inline/.test(cs.display);
      var r = visible ? rec.rect : (rec.ancestorHidden || cs.display === "none" ? { x: 0, y: 0, w: 0, h: 0 } : rec.rect);
      var item = {
        index: i,
        tag: cap(tag, 64),
        role_attr: cap(el.getAttribute("role") || "", 64),
        type: cap(type, 64),
        text: text,
        name: name,
        href: tag === "a" || tag === "area" || el.hasAttribute("href") ? hrefKind(el) : "none",
        bbox: { x: round(r.x, 1), y: round(r.y, 1), w: round(Math.max(0, r.w), 1), h: round(Math.max(0, r.h), 1) },
        font_size: round(Math.min(1000, parseFloat(ts.fontSize) || 0), 2),
        font_weight: Math.min(1000, fontWeight(ts)),
        color: hex(colour),
        background: hex(bg),
        own_background: !!own && hex(effectiveBackground(el)) !== dialogBgHex,
        border: borderVisible,
        underline: underline,
        opacity: round(Math.max(0, Math.min(1, rec.opacity)), 3),
        visible: visible,
        layer: visible && !rec.ancestorHidden ? 1 : 2,
        checked: checkedOf(el),
        disabled: !!el.disabled || el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true",
        in_text: inlineSelf && outside >= 12,
        text_before: round(Math.max(0, Math.min(1, rec.textBefore / total)), 3)
      };
      var role = el.getAttribute("data-cl-role");
      if (role && ROLES.indexOf(role) >= 0) item.label_role = role;
      out.push(item);
    });

    return {
      text: cap(mask(fullText), MAX_DIALOG_TEXT), fontSize: bodyFont, background: dialogBgHex, elements: out,
      nodes: elements.map(function (rec) { return rec.el; })
    };
  }

  // The first rendered element inside `el` (or `el`) that holds text itself.
  function textCarrier(el) {
    var walker = (el.ownerDocument || document).createTreeWalker(el, 1 /* SHOW_ELEMENT */);
    for (var node = el; node; node = walker.nextNode()) {
      for (var c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3 && c.nodeValue.trim()) {
          var st = styleOf(node);
          if (st.display !== "none" && st.visibility !== "hidden") return node;
        }
      }
    }
    return el;
  }

  // ---- page facts ----------------------------------------------------------

  function isBackdrop(el, vp) {
    var cs = styleOf(el);
    if (cs.position !== "fixed" && cs.position !== "absolute") return null;
    var r = rectOf(el);
    if (clippedArea(r, vp) < 0.5 * vp.width * vp.height) return null;
    var paint = ownPaint(cs);
    var blur = /blur/.test((cs.backdropFilter || "") + (cs.webkitBackdropFilter || ""));
    if (!blur && !(paint && paint[3] >= 0.1)) return null;
    return r;
  }

  function pageFacts(dialog, dialogBox, layer) {
    var vp = viewport(), vpArea = Math.max(1, vp.width * vp.height);
    var best = null;
    // A full-viewport shade can also be the dialog element itself around a
    // box, or sit inside it, around the box or beside it.
    [dialog].concat(layer.path, layer.beside).forEach(function (c) {
      var r = coversViewport(c, vp) ? isBackdrop(c, vp) : null;
      if (r && (!best || clippedArea(r, vp) > clippedArea(best, vp))) best = r;
    });
    // Backdrops sit beside the dialog or wrap it: look at its ancestors and
    // at their siblings.
    for (var a = dialog; a && a.tagName !== "BODY" && a.tagName !== "HTML"; a = outerParentOf(a)) {
      var cands = [a];
      var p = a.parentNode;
      if (p) for (var s = p.firstElementChild, k = 0; s && k < 60; s = s.nextElementSibling, k++) if (s !== a) cands.push(s);
      cands.forEach(function (c) {
        if (c !== dialog && !rendered(c)) return;
        var r = c === dialog ? null : isBackdrop(c, vp);
        if (r && (!best || clippedArea(r, vp) > clippedArea(best, vp))) best = r;
      });
    }
    var modal = false;
    try { modal = dialog.matches(":modal"); } catch (e) { modal = false; }
    var dArea = clippedArea(dialogBox, vp);
    var covered = dArea;
    if (best) covered = dArea + clippedArea(best, vp) - intersectArea(best, dialogBox);
    if (modal) covered = vpArea;
    var locked = false;
    [document.documentElement, document.body].forEach(function (e) {
      if (!e) return;
      var cs = styleOf(e);
      if (/hidden|clip/.test(cs.overflow + " " + cs.overflowY)) locked = true;
    });
    return {
      overlay_coverage: round(Math.max(0, Math.min(1, covered / vpArea)), 3),
      scroll_locked: locked,
      backdrop: !!best || modal,
      outside_text_chars: outsideTextChars(dialog)
    };
  }

  // How much visible text the page shows outside the dialog: non-blank
  // characters, counted up to OUTSIDE_TEXT_CAP and no further. A screen that
  // is the whole page (a login "blocking screen" with nothing else on it)
  // counts 0; a banner over an article counts the cap. Only the number leaves
  // the page, never the text. Mirrors _outside_text_chars in
  // consentlens/snapshot/from_html.py.
  var OUTSIDE_TEXT_CAP = 2000;

  function outsideTextChars(dialog) {
    var body = dialog.ownerDocument.body;
    if (!body) return 0;
    var count = 0;
    var walker = dialog.ownerDocument.createTreeWalker(body, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: function (node) {
        if (node.nodeType === 3) return 1; /* FILTER_ACCEPT */
        if (node === dialog || SKIP_TAGS[node.tagName]) return 2; /* FILTER_REJECT: not its subtree */
        var cs = styleOf(node);
        if (cs.display === "none" || cs.visibility === "hidden" || cs.visibility === "collapse"
            || parseFloat(cs.opacity) < 0.05) return 2;
        return 3; /* FILTER_SKIP: look inside */
      }
    });
    for (var n = walker.nextNode(); n && count < OUTSIDE_TEXT_CAP; n = walker.nextNode()) {
      count += n.nodeValue.replace(/\s+/g, "").length;
    }
    return Math.min(count, OUTSIDE_TEXT_CAP);
  }

  // ---- sanitised markup ----------------------------------------------------

  function escapeText(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function escapeAttr(s) { return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;"); }

  function sanitisedHtml(dialog) {
    var out = [], size = 0;
    function push(s) { out.push(s); size += s.length; }
    function ser(node) {
      if (size > MAX_HTML) return;
      if (node.nodeType === 3) { push(escapeText(mask(node.nodeValue))); return; }
      if (node.nodeType !== 1) return;
      var tag = node.tagName.toLowerCase();
      if (tag === "script" || tag === "style" || tag === "noscript" || tag === "template" || tag === "link" || tag === "meta" || tag === "consentlens-warning") return;
      push("<" + tag);
      for (var i = 0; i < node.attributes.length; i++) {
        var at = node.attributes[i], name = at.name.toLowerCase(), val = at.value;
        if (/^on/.test(name) || /^data-cl-/.test(name) || name === "value" || name === "srcdoc") continue;
        if (/^\s*javascript:/i.test(val) || (name === "style" && /javascript:|expression\(/i.test(val))) continue;
        push(" " + name.replace(/[^a-z0-9_:.\-]/g, "") + '="' + escapeAttr(mask(val)) + '"');
      }
      push(">");
      if (VOID_TAGS[tag]) return;
      if (tag === "textarea" || tag === "iframe") { push("</" + tag + ">"); return; }
      if (node.shadowRoot) {
        push('<template shadowrootmode="open">');
        for (var s = node.shadowRoot.firstChild; s; s = s.nextSibling) ser(s);
        push("</template>");
      }
      for (var c = node.firstChild; c; c = c.nextSibling) ser(c);
      push("</" + tag + ">");
    }
    ser(dialog);
    return out.join("");
  }

  // ---- privacy links --------------------------------------------------------
  // The site's own privacy policy, privacy contact and data protection officer
  // as linked in the dialog: https without query/fragment, or a role mailbox.
  // The same rules and words as consentlens/snapshot/privacy_links.py (the
  // tests compare both); see that file for why each rule is there.

  var PRIVACY_LINK_KINDS = ["policy", "contact", "dpo"];
  var PRIVACY_LINK_PATTERNS = {
    DPO: /(?<![a-z0-9])(?:dpo|dpd|dsb)(?![a-z0-9])|data[ -]protection[ -]officer|datenschutz-?beauftragte|functionaris (?:voor (?:de )?)?gegevensbescherming|d[ée]l[ée]gu[ée]e? (?:[àa] la )?protection des donn[ée]es/,
    PRIVACY: /privacy|privacidad|datenschutz|data[ -]protection|personal[ -]data|personenbezogen|gegevensbescherming|persoonsgegevens|confidentialit|vie[ -]priv[ée]e|donn[ée]es[ -]personnelles|protection[ -]des[ -]donn[ée]es/,
    CONTACT: /contact|kontakt|e-?mail|write to|schreiben sie|schrijf|[ée]crivez|neem contact/,
    SETTINGS: /setting|einstellung|instelling|param[èe]tre|pr[ée]f[ée]rence|voorkeur|präferenz|manage|verwalten|beheren|g[ée]rer|anpassen|aanpassen|personnaliser|customi[sz]e|choice|choix|keuze|auswahl|option|opties/,
    ACTION: /accept|akzept|akkoord|agree|zustimm|einverstanden|allow|erlauben|toestaan|autoriser|reject|ablehn|weiger|refus|decline|deny|continu(?:e|er)(?![a-z0-9])|doorgaan|(?<![a-z0-9])(?:ok|weiter)(?![a-z0-9])/
  };
  var ROLE_MAILBOXES = ["privacy", "privacyoffice", "privacyteam", "privacydesk", "dataprivacy", "dataprotection",
    "gdpr", "dsgvo", "rgpd", "avg", "dpo", "dpd", "dsb", "datenschutz", "datenschutzbeauftragter",
    "datenschutzbeauftragte", "gegevensbescherming", "fg", "privacyofficer", "donneespersonnelles",
    "protectiondesdonnees", "vieprivee", "confidentialite"];
  var DPO_MAILBOXES = ["dpo", "dpd", "dsb", "fg", "datenschutzbeauftragter", "datenschutzbeauftragte", "privacyofficer"];
  var MAILBOX = /^([a-z0-9._+-]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$/;

  function privacyKindOfText(text) {
    var P = PRIVACY_LINK_PATTERNS;
    text = (text || "").toLowerCase();
    if (P.DPO.test(text)) return "dpo";
    if (P.SETTINGS.test(text) || !P.PRIVACY.test(text)) return null;
    return P.CONTACT.test(text) ? "contact" : "policy";
  }

  function roleMailbox(raw) {
    var address;
    try { address = decodeURIComponent(raw.slice(7).split("?")[0]).trim().toLowerCase(); } catch (e) { return null; }
    var m = address.match(MAILBOX);
    if (!m || ROLE_MAILBOXES.indexOf(m[1].replace(/[._-]/g, "")) < 0) return null;
    return "mailto:" + address;
  }

  function privacyUrl(el) {
    var raw = el.getAttribute("href");
    if (raw === null) return null;
    raw = raw.trim();
    if (/^mailto:/i.test(raw)) return roleMailbox(raw);
    var u;
    try { u = new URL(raw, el.ownerDocument.baseURI); } catch (e) { return null; }
    if (u.protocol !== "https:" || !u.hostname) return null;
    var url = "https://" + u.host + u.pathname;
    return url.length <= 2048 ? url : null;
  }

  function privacyKindOfLink(text, url) {
    var kind = privacyKindOfText(text);
    if (kind) return kind;
    var lowered = (text || "").toLowerCase();
    if (PRIVACY_LINK_PATTERNS.SETTINGS.test(lowered) || PRIVACY_LINK_PATTERNS.ACTION.test(lowered)) return null;
    if (url.indexOf("mailto:") === 0) {
      var local = url.slice(7).split("@")[0].replace(/[._-]/g, "");
      return DPO_MAILBOXES.indexOf(local) >= 0 ? "dpo" : "contact";
    }
    var path = new URL(url).pathname;
    try { path = decodeURIComponent(path); } catch (e) { /* keep it encoded */ }
    return privacyKindOfText(path.toLowerCase().replace(/[-_\/.]+/g, " "));
  }

  // nodes and items: the dialog's elements (DOM node, snapshot element).
  function privacyLinks(nodes, items) {
    var pageSite = siteOf(window.location.hostname || "");
    var chosen = {}, out = [];
    nodes.forEach(function (el, i) {
      var tag = el.tagName.toLowerCase();
      if (tag !== "a" && tag !== "area") return;
      var url = privacyUrl(el), item = items[i];
      if (!url) return;
      var text = collapse((item.text || "") + " " + (item.name || ""));
      var kind = privacyKindOfLink(text, url);
      if (!kind || chosen[kind]) return;
      var host = url.indexOf("https:") === 0 ? new URL(url).hostname : url.split("@").pop();
      var sameSite = !!pageSite && siteOf(host) === pageSite;
      if (!sameSite && item.visible !== true) return;
      chosen[kind] = true;
      out.push({ kind: kind, text: cap(collapse(item.text || item.name || ""), 200), url: url });
    });
    return out;
  }

  // ---- snapshot ------------------------------------------------------------

  function pageUrl() {
    try {
      var l = window.location;
      if (!/^(https?|file):$/.test(l.protocol)) return "";
      return cap(l.origin + l.pathname, 4096);
    } catch (e) { return ""; }
  }

  function langOf(dialog) {
    for (var a = dialog; a; a = outerParentOf(a)) {
      var l = a.getAttribute && a.getAttribute("lang");
      if (l && l.trim()) return cap(l.trim(), 35);
    }
    var h = document.documentElement.getAttribute("lang");
    return h ? cap(h.trim(), 35) : "";
  }

  function takeSnapshot(options) {
    var producer = (options && options.producer) || "extension";
    bgCache = new Map();
    var dialog = (options && options.dialog) || findCandidates(document)[0];
    if (!dialog) return null;
    // The dialog's box: its own, or the box the user reads when the dialog
    // element is only a layer (see dialogLayer).
    var layer = dialogLayer(dialog);
    var box = layer.box ? rectOf(layer.box) : boxOf(dialog);
    var m = measure(dialog);
    // The caller may ask for the DOM node behind each element index (the
    // extension outlines the element a finding names); it never leaves the page.
    if (options && Array.isArray(options.nodes)) Array.prototype.push.apply(options.nodes, m.nodes);
    var role = dialog.getAttribute("role") || (dialog.tagName === "DIALOG" ? "dialog" : "");
    var snapshot = {
      schema_version: SCHEMA_VERSION,
      producer: producer,
      url: pageUrl(),
      lang: langOf(dialog),
      captured_at: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      viewport: viewport(),
      page: pageFacts(dialog, box, layer),
      dialog: {
        html: sanitisedHtml(dialog),
        text: m.text,
        bbox: { x: round(box.x, 1), y: round(box.y, 1), w: round(box.w, 1), h: round(box.h, 1) },
        position: positionOf(dialog, layer),
        z_index: zIndexOf(dialog),
        aria_modal: dialog.getAttribute("aria-modal") === "true",
        role: cap(role, 64),
        background: m.background,
        font_size: round(m.fontSize, 2),
        cmp: cmpAround(dialog)
      },
      elements: m.elements
    };
    var links = privacyLinks(m.nodes, m.elements);
    if (links.length) snapshot.dialog.privacy_links = links;
    return snapshot;
  }

  globalThis.ConsentLensSnapshot = {
    version: SCHEMA_VERSION,
    interactiveSelector: INTERACTIVE_SELECTOR,
    privacyLinkPatterns: PRIVACY_LINK_PATTERNS,
    roleMailboxes: { all: ROLE_MAILBOXES, dpo: DPO_MAILBOXES },
    findCandidates: function (root) { return findCandidates(root || document); },
    // For a watcher that looks again after changes: the roots below start (to
    // observe them too), and the candidates in a list of roots or changed elements.
    searchRoots: function (start) { return collectRoots(start || document); },
    candidatesIn: function (roots) { return candidatesIn(roots); },
    takeSnapshot: takeSnapshot
  };
})();
