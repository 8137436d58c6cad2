"""The demo news items, 2021 – mid-2025, in the order they were published.

The facts come from Directive 13/CT-UBND (25/8/2021) of the Hải Dương People's Committee and the
movements it names; the wording is ours. Dates stop before July 2025, when Hải Dương province
was merged into Hải Phòng city, so that no item describes a province that no longer exists.
People in the "Gương người tốt, việc tốt" items are fictional, and the figures (numbers of awards,
members, savings) are illustrative.
"""

from __future__ import annotations

from . import news_2021_2022, news_2023_2025
from .fragments import Article

ARTICLES: list[Article] = [*news_2021_2022.ARTICLES, *news_2023_2025.ARTICLES]
