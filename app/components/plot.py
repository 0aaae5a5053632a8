"""Draw a function plot (数形结合) with a range the teacher can change."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display on the server
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import streamlit as st  # noqa: E402

from app import plotting  # noqa: E402
from app.i18n import t  # noqa: E402
from app.services import NotAvailable  # noqa: E402


def plot_figure(curve: plotting.Curve):
    """A clean Cartesian plot of the curve with both axes through the origin when visible."""
    fig, ax = plt.subplots(figsize=(6, 3.6), dpi=110)
    label = curve.label.replace("**", "^").replace("*", "·")
    ax.plot(curve.xs, curve.ys, color="#2563eb", linewidth=2, label=f"y = {label}")
    # Where the curve meets the x-axis: the roots an equation's graph method reads off.
    ys = curve.ys
    crossing = np.where((np.sign(ys[:-1]) * np.sign(ys[1:]) <= 0) & np.isfinite(ys[:-1]) & np.isfinite(ys[1:]))[0]
    if 0 < len(crossing) <= 12:
        xs = [curve.xs[i] if ys[i] == 0 else curve.xs[i] - ys[i] * (curve.xs[i + 1] - curve.xs[i]) / (ys[i + 1] - ys[i])
              for i in crossing]
        xs = sorted({round(float(x), 9) for x in xs})  # a sample exactly at a root is met twice
        ax.plot(xs, np.zeros(len(xs)), "o", color="#dc2626", markersize=5)
    ax.axhline(0, color="#555", linewidth=0.8)
    ax.axvline(0, color="#555", linewidth=0.8)
    finite = curve.ys[np.isfinite(curve.ys)]
    if finite.size:
        lo, hi = np.percentile(finite, [2, 98])
        pad = max(hi - lo, 1.0) * 0.15
        ax.set_ylim(lo - pad, hi + pad)
    ax.grid(alpha=0.3)
    ax.set_xlabel(curve.variable)
    ax.legend(loc="best", fontsize=9)
    fig.tight_layout()
    return fig


def render_plot(default_text: str, key: str, expanded: bool) -> None:
    """An expander with the function (editable), its range, and the plot."""
    with st.expander(t("result.plot"), expanded=expanded):
        cols = st.columns([3, 1, 1])
        text = cols[0].text_input(t("plot.function"), value=default_text, key=f"{key}_fn")
        lo = cols[1].number_input(t("plot.from"), value=-5.0, step=1.0, key=f"{key}_lo")
        hi = cols[2].number_input(t("plot.to"), value=5.0, step=1.0, key=f"{key}_hi")
        if not text:
            st.caption(t("plot.none"))
            return
        try:
            curve = plotting.sample_function(text, lo, hi)
        except NotAvailable as exc:
            st.warning(t("unavailable", what=exc.what, why=exc.why))
            return
        except plotting.PlotError as exc:
            st.warning(t("plot.error", why=str(exc)))
            return
        fig = plot_figure(curve)
        st.pyplot(fig, clear_figure=True, width="content")
        plt.close(fig)
