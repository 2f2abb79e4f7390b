"""Small helpers shared by the notebooks: where the tables are, how to read them, how to draw and save charts.

Kept deliberately thin: every query in the notebooks is plain DuckDB SQL that a reader can copy.

Environment variables
- OGI_TABLES        root of the Parquet tables (default: ../out/tables relative to the notebooks folder)
- OGI_NB_FIGURES    where charts are saved as PNG (default: ../out/notebooks/figures)
- OGI_NB_LABELS     `zh` (Chinese names), `pinyin`, or unset: Chinese if a CJK font is installed, else pinyin
"""
from __future__ import annotations

import os
import re
import warnings
from pathlib import Path

import duckdb
import matplotlib

matplotlib.use("Agg")  # headless: charts are rendered to images, never to a window
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

HERE = Path(__file__).resolve().parent

TABLES = [
    "documents",
    "applications",
    "review_litigation",
    "proactive_disclosure",
    "legacy_statistics",
    "trends_province_year",
    "trends_national_year",
]


def tables_root() -> Path:
    """The table root: $OGI_TABLES, else ../out/tables next to this folder."""
    root = Path(os.environ.get("OGI_TABLES") or (HERE.parent / "out" / "tables"))
    if not root.is_absolute():
        root = (Path.cwd() / root).resolve()
    if not (root / "documents").is_dir():
        raise FileNotFoundError(
            f"no tables under {root}: run `bin/ogi run --input samples/corpus --output out/tables` "
            "or point OGI_TABLES at the output root"
        )
    return root


def connect(root: Path | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table, named like the table.

    Each view reads `ROOT/<table>/year=*/*.parquet` with hive partitioning, so `year` is an integer column.
    """
    root = root or tables_root()
    con = duckdb.connect()
    for name in TABLES:
        glob = (root / name / "*" / "*.parquet").as_posix().replace("'", "''")
        con.execute(
            f"create or replace view {name} as "
            f"select * from read_parquet('{glob}', hive_partitioning = true, union_by_name = true)"
        )
    return con


# --- Labels: Chinese when a CJK font exists, pinyin otherwise -------------------------------------------

_CJK_FAMILIES = [
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "Source Han Sans SC", "Source Han Sans CN",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN",
    "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "Songti SC", "Arial Unicode MS",
]

PROVINCE_PINYIN = {
    "北京市": "Beijing", "天津市": "Tianjin", "河北省": "Hebei", "山西省": "Shanxi", "内蒙古自治区": "Inner Mongolia",
    "辽宁省": "Liaoning", "吉林省": "Jilin", "黑龙江省": "Heilongjiang", "上海市": "Shanghai", "江苏省": "Jiangsu",
    "浙江省": "Zhejiang", "安徽省": "Anhui", "福建省": "Fujian", "江西省": "Jiangxi", "山东省": "Shandong",
    "河南省": "Henan", "湖北省": "Hubei", "湖南省": "Hunan", "广东省": "Guangdong", "广西壮族自治区": "Guangxi",
    "海南省": "Hainan", "重庆市": "Chongqing", "四川省": "Sichuan", "贵州省": "Guizhou", "云南省": "Yunnan",
    "西藏自治区": "Tibet", "陕西省": "Shaanxi", "甘肃省": "Gansu", "青海省": "Qinghai", "宁夏回族自治区": "Ningxia",
    "新疆维吾尔自治区": "Xinjiang", "台湾省": "Taiwan", "香港特别行政区": "Hong Kong", "澳门特别行政区": "Macao",
}


def cjk_font() -> str | None:
    """The family name of an installed font that draws Chinese, or None."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    if not installed.intersection(_CJK_FAMILIES):
        # matplotlib caches its font list; a font installed after the cache was built is not in it. Add any
        # CJK font files found on the system (by file name) without rebuilding the whole cache.
        for path in font_manager.findSystemFonts():
            if re.search(r"wqy|cjk|droidsansfallback|uming|ukai|simhei|msyh|sourcehan", Path(path).name.lower()):
                try:
                    font_manager.fontManager.addfont(path)
                except Exception:  # an unreadable font file is no reason to fail
                    pass
        installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in _CJK_FAMILIES:
        if family in installed:
            return family
    return None


def setup_plotting() -> str:
    """Configure matplotlib for the notebooks; returns the label mode, `zh` or `pinyin`.

    Without a CJK font, Chinese text would render as empty boxes (and warn), so labels fall back to pinyin.
    """
    plt.rcParams.update({"figure.dpi": 100, "savefig.dpi": 110, "figure.figsize": (8, 4.5),
                         "axes.grid": True, "grid.alpha": 0.3})
    family = cjk_font()
    mode = os.environ.get("OGI_NB_LABELS") or ("zh" if family else "pinyin")
    if mode == "zh" and family:
        plt.rcParams["font.sans-serif"] = [family] + list(plt.rcParams["font.sans-serif"])
        plt.rcParams["axes.unicode_minus"] = False
    else:
        mode = "pinyin"
    warnings.filterwarnings("ignore", message="Glyph .* missing from")
    global _MODE
    _MODE = mode
    return mode


_MODE = "pinyin"


def province_label(name: str | None) -> str:
    """A province name for a chart: as written when a CJK font is in use, else its pinyin."""
    if name is None or name != name:  # None or NaN
        return "(unresolved)"
    if _MODE == "zh":
        return name
    return PROVINCE_PINYIN.get(name, name.encode("unicode_escape").decode("ascii"))


def figures_dir() -> Path:
    d = Path(os.environ.get("OGI_NB_FIGURES") or (HERE.parent / "out" / "notebooks" / "figures"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def save(fig, name: str) -> Path:
    """Save a figure as PNG under the figures folder (so a person can look at it) and return the path."""
    path = figures_dir() / f"{name}.png"
    fig.savefig(path, bbox_inches="tight")
    return path


# The template break: 2008-2018 reports use legacy statistics tables, 2019 onward the national template.
TEMPLATE_BREAK = 2018.5
YEARS = list(range(2008, 2026))


def mark_template_break(ax, label: bool = True) -> None:
    """Draw the 2018/2019 break between the legacy statistics tables and the 2019 national template."""
    ax.axvline(TEMPLATE_BREAK, color="grey", linestyle="--", linewidth=1)
    if label:
        ax.annotate("legacy | 2019 template", xy=(TEMPLATE_BREAK, 0.0), xycoords=("data", "axes fraction"),
                    xytext=(0, 4), textcoords="offset points", ha="center", fontsize=8, color="grey")
