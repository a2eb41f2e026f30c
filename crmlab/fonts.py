"""A Simplified-Chinese font that ships with the kit, so that charts can speak Chinese.

Matplotlib's own font, DejaVu Sans, has no Chinese characters: a label such as "客户终身价值"
draws empty boxes and warns ``Glyph … missing from font(s) DejaVu Sans``. :func:`use_chinese_font`
registers Noto Sans SC with matplotlib and adds it to ``rcParams["font.family"]`` *after* the
families already there. Matplotlib (3.6 and later) falls back from one family of that list to the
next glyph by glyph, so Latin letters and digits keep DejaVu Sans and only the characters it lacks
come from Noto Sans SC: "客户终身价值 CLV" renders both scripts, with no warning. (A fallback
listed in ``font.sans-serif`` does not work: a generic family resolves to its first installed font
only.) :mod:`crmlab.plot` calls it when it is imported, before any chart is drawn, so it works the
same with the inline backend of a notebook, the widget backend or Agg.

The font comes from PyPI, like every other dependency, so a student needs no system font:

=====================  ============  ==========================  ====================================
package                wheel         font                        why not / why
=====================  ============  ==========================  ====================================
pylopdf-fonts-zh-cn    17 MB         Noto Sans SC Regular (OFL)  **chosen**: the Simplified-Chinese
                                                                 cut of Noto/Source Han Sans, OFL-1.1
                                                                 text shipped in the wheel, no
                                                                 dependencies, a one-line API
paperang-p2-fonts-cjk  2.3 MB        WenQuanYi Micro Hei         smallest, but a printer library's
                                                                 side package; the wheel says MIT
                                                                 while the font is Apache-2.0 /
                                                                 GPLv3 and its licence is not shipped
noto-cjk-sans-otc      15.5 MB       Noto Sans CJK (OFL)         a collection whose first face,
                                                                 the one matplotlib uses, is the
                                                                 Japanese cut: wrong glyph forms
manimgx-fonts-cjk      19.8 MB       Noto Sans CJK VF (OFL)      same collection, variable, 33 MB
                                                                 unpacked
justmytype-intl-cjk    30 MB         Noto Sans SC/TC/JP/KR (OFL) over 20 MB, plus a dependency
mplfonts               85 MB         six CJK fonts               far too big, and bundles SimHei,
                                                                 which is not under an open licence
=====================  ============  ==========================  ====================================

Examples
--------
>>> use_chinese_font()
'Noto Sans SC'
>>> import matplotlib
>>> matplotlib.rcParams["font.family"][-1]
'Noto Sans SC'
>>> font_path().name
'NotoSansSC-Regular.otf'
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: The PyPI package that ships the font, its import name, and the font file inside it.
FONT_PACKAGE = "pylopdf-fonts-zh-cn"
FONT_MODULE = "pylopdf_fonts_zh_cn"
FONT_FILE = "NotoSansSC-Regular.otf"
#: The family name matplotlib knows the font by.
FONT_FAMILY = "Noto Sans SC"

__all__ = ["FONT_FAMILY", "FONT_PACKAGE", "font_path", "use_chinese_font"]


def font_path() -> Path:
    """Where the installed Noto Sans SC file is.

    Raises
    ------
    ModuleNotFoundError
        If the font package is not installed (``pip install pylopdf-fonts-zh-cn``).

    Examples
    --------
    >>> font_path().is_file()
    True
    """
    try:
        folder = resources.files(FONT_MODULE)
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            f"crmlab.fonts: the Chinese font package is not installed; run "
            f"`pip install {FONT_PACKAGE}` (or `make setup`)") from error
    path = Path(str(folder / FONT_FILE))
    if not path.is_file():
        raise ModuleNotFoundError(f"crmlab.fonts: {FONT_FILE} is missing from {FONT_PACKAGE}; "
                                  f"reinstall it with `pip install --force-reinstall {FONT_PACKAGE}`")
    return path


def use_chinese_font() -> str:
    """Register Noto Sans SC with matplotlib as the fallback of the current font families.

    Idempotent: a second call changes nothing. Latin text keeps its font (DejaVu Sans by
    default); characters that font lacks are drawn in Noto Sans SC.

    Returns
    -------
    str
        The family name added, ``"Noto Sans SC"``.

    Examples
    --------
    >>> use_chinese_font() == use_chinese_font() == FONT_FAMILY
    True
    """
    import matplotlib
    from matplotlib import font_manager

    known = {entry.name for entry in font_manager.fontManager.ttflist}
    if FONT_FAMILY not in known:
        font_manager.fontManager.addfont(str(font_path()))
    families = matplotlib.rcParams["font.family"]
    families = [families] if isinstance(families, str) else list(families)
    if FONT_FAMILY not in families:
        matplotlib.rcParams["font.family"] = families + [FONT_FAMILY]
    return FONT_FAMILY
