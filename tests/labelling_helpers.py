"""Shared by the labelling tests: an app with its store, logged-in clients, sample screens."""

from __future__ import annotations

import copy
import json
import re
import threading

from fake_analyzer import FakeAnalyzer
from sample_snapshots import _element, cookie_banner

from consentlens.server import create_app
from consentlens.server.labelling.accounts import add_researcher
from consentlens.server.labelling.projects import create_project
from consentlens.server.labelling import importing


def labelling_app(data_dir, analyzer=None, **config):
    return create_app({"ANALYZER": analyzer or FakeAnalyzer(), "TESTING": True, "DATA_DIR": str(data_dir), **config})


def store_of(app):
    return app.extensions["consentlens_labelling"]


def banner(n: int, lang: str = "en", reject_size=(60, 16)) -> dict:
    """A cookie banner with markup; n makes each one a different screen."""
    snapshot = cookie_banner(lang)
    snapshot["url"] = f"https://site{n % 5}.example/page{n}"
    accept, reject = snapshot["elements"][0]["text"], snapshot["elements"][1]["text"]
    snapshot["dialog"]["html"] = (f'<div class="banner" style="padding:16px;font:14px sans-serif">'
                                  f'<p>We use cookies (screen {n}). <a href="/privacy">Privacy</a></p>'
                                  f'<button style="background:#1a73e8;color:#fff;padding:10px 20px">{accept}</button> '
                                  f'<a href="/reject" style="font-size:11px;color:#999">{reject}</a></div>')
    snapshot["dialog"]["text"] = f"We use cookies (screen {n}). Privacy {accept} {reject}"
    snapshot["elements"] = [
        _element(0, "Privacy", tag="a", bbox=(200, 600, 50, 16), own_background=False),
        _element(1, accept, bbox=(900, 700, 180, 44)),
        _element(2, reject, tag="a", bbox=(700, 712, *reject_size), own_background=False, font_size=11,
                 color="#999999", background="#ffffff"),
    ]
    return snapshot


def project_with_screens(app, n: int = 4, name: str = "Walls", **options) -> dict:
    store = store_of(app)
    project = create_project(store, name, **options)
    importing.apply(store, project, [{"snapshot": banner(i), "source": f"test:{i}"} for i in range(n)],
                    analyzer=app.config["ANALYZER"])
    return project


def researcher(app, name: str, admin: bool = False) -> str:
    return add_researcher(store_of(app), name, "admin" if admin else "researcher")[1]


def login(app, token: str):
    client = app.test_client()
    response = client.post("/label/login", data={"token": token})
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def page_data(client, url: str) -> tuple[dict, str]:
    html = client.get(url).get_data(as_text=True)
    data = json.loads(re.search(r'id="screen-data">(.*?)</script>', html, re.S).group(1))
    csrf = json.loads(re.search(r'id="csrf-data">(.*?)</script>', html, re.S).group(1))
    return data, csrf


def csrf_of(client, project_id: int) -> str:
    html = client.get(f"/label/projects/{project_id}").get_data(as_text=True)
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def save(client, csrf, project_id, screen_id, submission_id, kind="annotation", **label):
    body = {"submission_id": submission_id, "consent_screen": True, "patterns": [], "roles": {}, **label}
    return client.post(f"/label/api/projects/{project_id}/screens/{screen_id}/{kind}", json=body,
                       headers={"X-CSRF-Token": csrf})


class LiveServer:
    """The app on a loopback port in a thread (for Playwright); the real process is tested elsewhere."""

    def __init__(self, app):
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()


def hostile_snapshot(beacon: str) -> dict:
    """Every way we know for markup to run code or reach the network, aimed at a beacon server."""
    html = f"""<div id="cmp" style="background-image:url({beacon}/css-inline);padding:12px">
<script>fetch('{beacon}/script'); top.name = 'pwned'; parent.document.title = 'pwned'; alert('script')</script>
<img src="{beacon}/img" onerror="fetch('{beacon}/onerror'); alert('onerror')">
<img src="x" onerror="top.location = '{beacon}/navigate'">
<style>@import url({beacon}/import.css); .b {{ background: url({beacon}/css-rule) }}
@font-face {{ font-family: beacon; src: url({beacon}/font.woff) }}
.c {{ background-image: image-set("{beacon}/image-set.png" 1x); font-family: beacon }}
.d {{ background: u\\72l({beacon}/escaped-url) }}</style>
<p class="b c d">We use cookies. <a href="javascript:fetch('{beacon}/js-link')">Reject</a></p>
<form action="{beacon}/form" method="post"><input name="q" value="1">
<button type="submit" autofocus onfocus="fetch('{beacon}/onfocus')" formaction="{beacon}/formaction">Accept all</button></form>
<iframe src="{beacon}/iframe"></iframe><object data="{beacon}/object"></object><embed src="{beacon}/embed">
<link rel="stylesheet" href="{beacon}/link.css"><link rel="prefetch" href="{beacon}/prefetch">
<meta http-equiv="refresh" content="0;url={beacon}/refresh"><base href="{beacon}/base/">
<svg width="10" height="10"><image href="{beacon}/svg-image"/><script>fetch('{beacon}/svg-script')</script><use href="{beacon}/use#x"/></svg>
<video poster="{beacon}/poster" src="{beacon}/video" autoplay></video><audio src="{beacon}/audio" autoplay></audio>
<img srcset="{beacon}/srcset.png 1x"><input type="image" src="{beacon}/input-image">
<a href="{beacon}/link" ping="{beacon}/ping">Settings</a>
<div style="behavior: url({beacon}/htc); -moz-binding: url({beacon}/xbl)">x</div>
<details open ontoggle="fetch('{beacon}/ontoggle')"><summary>Details</summary>y</details>
<marquee onstart="fetch('{beacon}/marquee')">z</marquee>
<body onload="fetch('{beacon}/onload')"></body>
</div>"""
    snapshot = copy.deepcopy(cookie_banner("en"))
    snapshot["dialog"]["html"] = html
    snapshot["dialog"]["text"] = "We use cookies. Reject Accept all Settings Details"
    snapshot["elements"] = [
        _element(0, "Reject", tag="a", bbox=(100, 600, 60, 16), own_background=False, href="script"),
        _element(1, "Accept all", bbox=(900, 700, 180, 44)),
        _element(2, "Settings", tag="a", bbox=(300, 700, 80, 16), own_background=False, href="external"),
        _element(3, "Details", tag="summary", bbox=(300, 740, 80, 16), own_background=False),
    ]
    return snapshot
