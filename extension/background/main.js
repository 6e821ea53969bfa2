/*
 * The background's entry point. Chromium runs it as the MV3 service worker
 * and loads the modules with importScripts; Firefox runs it as an event page
 * whose manifest `background.scripts` lists the same modules before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* global importScripts */
"use strict";

if (typeof importScripts === "function" && !globalThis.ConsentLensMessages) {
  importScripts("../platform.js", "settings.js", "service.js", "tabs.js", "capture.js", "messages.js");
}

globalThis.ConsentLensPlatform.onMessage(function (msg, sender) {
  return globalThis.ConsentLensMessages.dispatch(msg, sender);
});
