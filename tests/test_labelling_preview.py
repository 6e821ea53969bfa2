"""The preview's markup cleaning (the third layer behind the frame's sandbox and CSP)."""

from labelling_helpers import hostile_snapshot

from consentlens.server.labelling.preview import clean_declarations, clean_stylesheet, preview

BEACON = "http://127.0.0.1:9"


def test_hostile_markup_keeps_no_script_handler_url_or_fetching_tag():
    html = preview(hostile_snapshot(BEACON))["html"]
    lowered = html.lower()
    assert "127.0.0.1" not in lowered
    for forbidden in ("<script", "onerror", "onfocus", "ontoggle", "onload", "onstart", "javascript:", "url(",
                      "@import", "@font-face", "<iframe", "<object", "<embed", "<link", "<meta", "<base", "<form",
                      "href=", "src=", "srcset", "ping=", "action=", "poster", "<video", "<audio", "<image",
                      "<use", "behavior", "binding"):
        assert forbidden not in lowered, forbidden
    assert "We use cookies." in html


def test_elements_are_numbered_where_found_in_the_markup():
    result = preview(hostile_snapshot(BEACON))
    assert result["located"] == [0, 1, 2, 3]
    assert 'data-cl-index="1"' in result["html"] and 'data-cl-badge="1"' in result["html"]


def test_css_keeps_plain_declarations_and_drops_fetching_ones():
    assert clean_declarations("color: red; background: url(x.png); width: calc(1px + 2px)") == \
        "color: red; width: calc(1px + 2px)"
    assert clean_declarations("background: image-set('a.png' 1x)") == ""
    assert clean_declarations("background: u\\72l(x)") == ""
    sheet = clean_stylesheet("@import 'x.css'; .a{color:blue;background:url(y)} @media print{.b{color:red}}"
                             " @font-face{src:url(z)}")
    assert "import" not in sheet and "url" not in sheet and "font-face" not in sheet
    assert ".a {color: blue}" in sheet and "@media print" in sheet


def test_style_text_cannot_close_its_element():
    sheet = clean_stylesheet('.a{content:"</style><script>alert(1)</script>"}')
    assert "</style" not in sheet and "<script" not in sheet


def test_data_images_stay_remote_images_go():
    snapshot = {"dialog": {"html": '<div><img src="data:image/png;base64,iVBORw0KGgo="><img src="https://x/y.png">'
                                   '</div>'}, "elements": []}
    html = preview(snapshot)["html"]
    assert "data:image/png;base64" in html and "https://" not in html


def test_declarative_shadow_roots_are_flattened_and_numbered():
    snapshot = {"dialog": {"html": '<div><cmp-banner><template shadowrootmode="open"><p>Cookies</p>'
                                   '<button>OK</button></template></cmp-banner></div>'},
                "elements": [{"index": 0, "tag": "button", "text": "OK"}]}
    result = preview(snapshot)
    assert result["located"] == [0] and "<template" not in result["html"]


def test_empty_or_missing_markup():
    assert preview({"dialog": {"text": "x"}, "elements": []}) == {"html": "", "located": []}
