"""The small CSS cascade behind the static converter."""

import lxml.html

from consentlens.snapshot.css import StyleResolver


def resolve(html):
    root = lxml.html.document_fromstring(html)
    return root, StyleResolver(root)


def el(root, ident):
    return root.get_element_by_id(ident)


def test_specificity_order_and_important():
    root, css = resolve("""<html><head><style>
      #b { color: red }  .x { color: blue }  button { color: green }
      .y { font-size: 20px !important } #b { font-size: 10px }
    </style></head><body><button id=b class="x y">OK</button></body></html>""")
    style = css.computed(el(root, "b"))
    assert style["color"][:3] == (1.0, 0.0, 0.0)
    assert style["font-size"] == 20.0


def test_inline_style_beats_sheet_and_inheritance_flows_down():
    root, css = resolve("""<html><head><style>.box { color: #00ff00; font-size: 2em }</style></head>
      <body style="font-size: 10px"><div class=box id=d><span id=s style="font-weight: bold">x</span></div></body></html>""")
    span = css.computed(el(root, "s"))
    assert span["color"][:3] == (0.0, 1.0, 0.0)
    assert span["font-size"] == 20.0
    assert span["font-weight"] == 700


def test_custom_properties_with_fallback_and_rem():
    root, css = resolve("""<html><head><style>
      :root { --brand: #336699; --pad: 1rem }
      .btn { background: var(--brand); padding: var(--pad) var(--missing, 24px); color: var(--nope, white) }
    </style></head><body><a id=a class=btn href=#>Go</a></body></html>""")
    style = css.computed(el(root, "a"))
    assert style["background-color"] == "#336699"
    assert css.length(style["padding-top"], 16) == 16.0
    assert css.length(style["padding-right"], 16) == 24.0
    assert style["color"][:3] == (1.0, 1.0, 1.0)


def test_media_queries_are_read_at_desktop_width():
    root, css = resolve("""<html><head><style>
      .r { display: none }
      @media (min-width: 768px) { .r { display: inline-block } }
      @media (max-width: 480px) { .r { font-size: 30px } }
      @media print { .r { color: red } }
    </style></head><body><button id=r class=r>Reject</button></body></html>""")
    style = css.computed(el(root, "r"))
    assert style["display"] == "inline-block"
    assert style["font-size"] != 30.0
    assert style["color"][:3] != (1.0, 0.0, 0.0)


def test_hover_rules_do_not_apply_and_hostile_css_is_bounded():
    junk = "}" * 500 + "a{{{{" + ".z{color:red}" * 20000
    root, css = resolve(f"""<html><head><style>a:hover {{ color: red }} {junk}</style></head>
      <body><a id=a href=#>x</a></body></html>""")
    assert css.computed(el(root, "a"))["color"][:3] == (0.0, 0.0, 238 / 255)


def test_shadow_root_styles_stay_inside():
    root, css = resolve("""<html><head><style>.b { color: red }</style></head><body>
      <div id=host><template shadowrootmode=open><style>.b { color: blue }</style>
      <button class=b id=inner>OK</button></template></div><button class=b id=outer>OK</button></body></html>""")
    assert css.computed(el(root, "inner"))["color"][:3] == (0.0, 0.0, 1.0)
    assert css.computed(el(root, "outer"))["color"][:3] == (1.0, 0.0, 0.0)
