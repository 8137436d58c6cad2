import pytest

from core.params import parse_year, shorten


@pytest.mark.parametrize(
    ("raw", "year"),
    [("2021", 2021), (" 2021 ", 2021), ("20211", None), ("abc", None), ("", None), (None, None), ("1899", None), ("-202", None)],
)
def test_parse_year_takes_only_a_plausible_four_digit_year(raw, year):
    assert parse_year(raw) == year


def test_parse_year_respects_the_bounds_a_listing_sets():
    assert parse_year("1950", 1945, 2100) == 1950
    assert parse_year("1940", 1945, 2100) is None


def test_shorten_quotes_long_values_with_an_ellipsis():
    assert shorten("ngắn") == "ngắn"
    assert shorten("x" * 50) == "x" * 39 + "…"
