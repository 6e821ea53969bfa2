/*
 * Fills the extension's own pages from _locales: an element with
 * data-i18n="key" gets that message as its text; data-i18n-title,
 * data-i18n-placeholder and data-i18n-aria-label fill those attributes.
 * The page's lang attribute follows the browser's UI language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  "use strict";

  var platform = globalThis.ConsentLensPlatform;

  function localize(root) {
    root.querySelectorAll("[data-i18n]").forEach(function (el) {
      el.textContent = platform.message(el.getAttribute("data-i18n"));
    });
    ["title", "placeholder", "aria-label"].forEach(function (attr) {
      root.querySelectorAll("[data-i18n-" + attr + "]").forEach(function (el) {
        el.setAttribute(attr, platform.message(el.getAttribute("data-i18n-" + attr)));
      });
    });
  }

  document.documentElement.lang = platform.uiLanguage();
  localize(document);
  globalThis.ConsentLensLocalize = localize;
})();
