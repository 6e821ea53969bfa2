"""Charts of a summary (consentlens.results.summarise) for a paper: PNG at 200 dpi, and PDF.

matplotlib with the Agg backend (no screen needed). Each chart says what it
counts and its n, so it can be lifted into a paper as it is.
"""

from __future__ import annotations

from pathlib import Path

from consentlens.taxonomy import PATTERNS

CHARTS_DIR = "charts"
DPI = 200


def draw_charts(summary: dict, out_dir: Path | str) -> list[Path]:
    """Write the charts into OUT/charts/; return the PNG paths (those that had data to draw)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder = Path(out_dir) / CHARTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    drawn = []
    for name, draw in (("patterns", _patterns), ("patterns_by_language", _by_language), ("outcomes", _outcomes)):
        figure = draw(plt, summary)
        if figure is None:
            continue
        png = folder / f"{name}.png"
        figure.savefig(png, dpi=DPI, bbox_inches="tight")
        figure.savefig(folder / f"{name}.pdf", bbox_inches="tight")
        plt.close(figure)
        drawn.append(png)
    return drawn


def _label(pattern: str) -> str:
    return pattern.replace("_", " ")


def _patterns(plt, summary: dict):
    screens = summary["consent_screens"]
    if not screens:
        return None
    shares = [100 * summary["patterns"].get(p, 0) / screens for p in PATTERNS]
    figure, axes = plt.subplots(figsize=(6.4, 3.6))
    bars = axes.barh([_label(p) for p in PATTERNS][::-1], shares[::-1], color="#3b6ea5")
    for bar, pattern in zip(bars, PATTERNS[::-1]):
        count = summary["patterns"].get(pattern, 0)
        axes.text(bar.get_width() + 0.5, bar.get_y() + bar.get_height() / 2, f"{count}", va="center", fontsize=8)
    axes.set_xlabel("share of consent screens with the pattern (%)")
    axes.set_xlim(0, min(110, max(shares) * 1.15 + 5))
    axes.set_title(f"Deceptive patterns on consent screens (n = {screens})", fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _by_language(plt, summary: dict):
    languages = [(lang, data) for lang, data in summary["languages"].items() if data["screens"]]
    if not languages:
        return None
    import numpy as np

    grid = np.array([[100 * data["patterns"].get(p, 0) / data["screens"] for p in PATTERNS] for _, data in languages])
    figure, axes = plt.subplots(figsize=(1.2 + 0.8 * len(PATTERNS), 0.9 + 0.45 * len(languages)))
    image = axes.imshow(grid, cmap="Blues", vmin=0, vmax=100, aspect="auto")
    axes.set_xticks(range(len(PATTERNS)), [_label(p) for p in PATTERNS], rotation=35, ha="right", fontsize=8)
    axes.set_yticks(range(len(languages)), [f"{lang} (n = {data['screens']})" for lang, data in languages], fontsize=8)
    for row in range(grid.shape[0]):
        for col in range(grid.shape[1]):
            axes.text(col, row, f"{grid[row, col]:.0f}", ha="center", va="center", fontsize=7,
                      color="white" if grid[row, col] > 60 else "black")
    figure.colorbar(image, ax=axes, label="% of the language's consent screens")
    axes.set_title("Patterns by language of the consent screen", fontsize=10)
    return figure


def _outcomes(plt, summary: dict):
    if not summary["pages"]:
        return None
    fair = summary["consent_screens"] - summary["screens_with_patterns"]
    no_screen = summary["ok"] - summary["consent_screens"]
    labels = ["no consent screen", "fair consent screen", "screen with a pattern"]
    values = [no_screen, fair, summary["screens_with_patterns"]]
    for status, count in summary["errors_by_status"].items():
        labels.append("error" if status == "error" else f"error: {status.replace('_', ' ')}")
        values.append(count)
    figure, axes = plt.subplots(figsize=(6.4, 0.9 + 0.35 * len(labels)))
    colours = ["#9aa5b1", "#4c9a5b", "#c0504d"] + ["#e0a030"] * (len(labels) - 3)
    bars = axes.barh(labels[::-1], values[::-1], color=colours[::-1])
    for bar, value in zip(bars, values[::-1]):
        axes.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {value}", va="center", fontsize=8)
    axes.set_xlabel("pages")
    axes.set_title(f"Outcome per page (n = {summary['pages']})", fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    return figure
