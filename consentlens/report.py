"""`consentlens report`: a results folder as report.md and report.html (tables and charts).

Reads OUT/results.jsonl (from `scan --list` or `batch`), counts with
consentlens.results.summarise, draws consentlens.charts, and writes both
documents beside the results. The HTML carries its charts inline, so it can be
mailed or archived as one file; the Markdown links to charts/*.png.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

from consentlens.results import RESULTS_FILE, read_rows, summarise, write_summary
from consentlens.taxonomy import PATTERNS

TOP_SITES = 50
CHART_TITLES = {"patterns": "Patterns on consent screens", "patterns_by_language": "Patterns by language",
                "outcomes": "Outcome per page"}


class ReportError(RuntimeError):
    """No results to report on; the message says where they were looked for."""


def write_report(folder: Path | str) -> tuple[Path, Path]:
    from consentlens.charts import draw_charts

    folder = Path(folder)
    results = folder / RESULTS_FILE
    if not results.is_file():
        raise ReportError(f"no {RESULTS_FILE} in {folder} (run `consentlens scan --list` or `consentlens batch` "
                          "with --out there first)")
    summary = summarise(read_rows(results))
    write_summary(summary, folder)
    charts = draw_charts(summary, folder)
    tables = report_tables(summary)
    markdown, page = folder / "report.md", folder / "report.html"
    markdown.write_text(render_markdown(summary, tables, charts, folder), encoding="utf-8")
    page.write_text(render_html(summary, tables, charts), encoding="utf-8")
    return markdown, page


def report_tables(summary: dict) -> list[tuple[str, list[str], list[list]]]:
    """(title, header, rows) of every table, shared by both renderings."""
    screens = summary["consent_screens"]
    overview = [["pages", summary["pages"]], ["judged", summary["ok"]], ["errors", summary["errors"]],
                ["consent screens", screens], ["consent screens with at least one pattern",
                                               summary["screens_with_patterns"]],
                ["model version", ", ".join(summary["model_versions"]) or "-"]]
    patterns = [[p, summary["patterns"].get(p, 0), _percent(summary["patterns"].get(p, 0), screens)] for p in PATTERNS]
    languages = [[lang, data["screens"], *[data["patterns"].get(p, 0) for p in PATTERNS]]
                 for lang, data in summary["languages"].items()]
    sites = [[site, data["pages"], data["consent_screens"],
              ", ".join(f"{p} ({n})" for p, n in data["patterns"].items() if n) or "-", data["errors"]]
             for site, data in list(summary["sites"].items())[:TOP_SITES]]
    errors = [[status, count] for status, count in summary["errors_by_status"].items()]
    examples = [[e["page"], e["status"], e["error"] or ""] for e in summary["error_examples"]]
    shown = f" (the {TOP_SITES} with most consent screens)" if len(summary["sites"]) > TOP_SITES else ""
    return [
        ("Overview", ["", "count"], overview),
        ("Patterns", ["pattern", "consent screens", "% of consent screens"], patterns),
        ("Languages", ["language", "consent screens", *PATTERNS], languages),
        (f"Sites{shown}", ["site", "pages", "consent screens", "patterns", "errors"], sites),
        ("Errors", ["status", "pages"], errors),
        ("Error examples", ["page", "status", "error"], examples),
    ]


def render_markdown(summary: dict, tables, charts: list[Path], folder: Path) -> str:
    lines = ["# ConsentLens report", "", f"{summary['pages']} pages, {summary['consent_screens']} consent screens, "
             f"{summary['errors']} errors.", ""]
    for title, header, rows in tables:
        lines += [f"## {title}", ""]
        if not rows:
            lines += ["none", ""]
            continue
        lines.append("| " + " | ".join(_md(h) for h in header) + " |")
        lines.append("|" + "|".join("---" for _ in header) + "|")
        lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in rows]
        lines.append("")
    if charts:
        lines += ["## Charts", ""]
        for chart in charts:
            lines += [f"![{CHART_TITLES.get(chart.stem, chart.stem)}]({chart.relative_to(folder).as_posix()})", ""]
    return "\n".join(lines)


def render_html(summary: dict, tables, charts: list[Path]) -> str:
    parts = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><title>ConsentLens report</title>",
             f"<style>{_CSS}</style></head><body>", "<h1>ConsentLens report</h1>",
             f"<p>{summary['pages']} pages, {summary['consent_screens']} consent screens, "
             f"{summary['errors']} errors.</p>"]
    for title, header, rows in tables:
        parts.append(f"<h2>{html.escape(title)}</h2>")
        if not rows:
            parts.append("<p>none</p>")
            continue
        parts.append("<table><thead><tr>" + "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
                     + "</tr></thead><tbody>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>")
        parts.append("</tbody></table>")
    if charts:
        parts.append("<h2>Charts</h2>")
        for chart in charts:
            data = base64.b64encode(chart.read_bytes()).decode("ascii")
            title = html.escape(CHART_TITLES.get(chart.stem, chart.stem))
            parts.append(f"<figure><img alt='{title}' src='data:image/png;base64,{data}'>"
                         f"<figcaption>{title} (also charts/{html.escape(chart.stem)}.pdf)</figcaption></figure>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def _md(cell) -> str:
    return str(cell).replace("|", "\\|").replace("\n", " ")


_CSS = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse;margin:0 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;"
        "text-align:left;font-size:.9rem}th{background:#f2f2f2}img{max-width:100%}figure{margin:0 0 2rem}")
