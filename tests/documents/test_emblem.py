"""The EU emblem's geometry and colours against its specification, and the statements."""

from __future__ import annotations

import io
import math
import re

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.emblem import (
    STATEMENTS,
    draw_eu_emblem,
    draw_marking,
    star_layout,
    star_points,
    statement,
)

HEIGHT = 180.0


def test_twelve_stars_on_a_circle_of_a_third_of_the_height():
    stars = star_layout(10, 20, HEIGHT)
    assert len(stars) == 12
    centre = (10 + HEIGHT * 1.5 / 2, 20 + HEIGHT / 2)
    for cx, cy, radius in stars:
        assert math.dist((cx, cy), centre) == pytest.approx(HEIGHT / 3)
        assert radius == pytest.approx(HEIGHT / 18)


def test_stars_sit_like_the_hours_of_a_clock_from_twelve():
    stars = star_layout(0, 0, HEIGHT)
    cx, cy = HEIGHT * 0.75, HEIGHT / 2
    assert stars[0][:2] == pytest.approx((cx, cy + HEIGHT / 3))
    for hour, (x, y, _) in enumerate(stars):
        angle = math.degrees(math.atan2(y - cy, x - cx))
        assert (90 - angle) % 360 == pytest.approx((hour * 30) % 360, abs=1e-6)


def test_each_star_is_upright_five_pointed_and_within_its_circle():
    for cx, cy, radius in star_layout(0, 0, HEIGHT):
        points = star_points(cx, cy, radius)
        assert len(points) == 10
        assert points[0] == pytest.approx((cx, cy + radius))  # one point straight up
        for x, y in points:
            assert math.dist((x, y), (cx, cy)) <= radius + 1e-9
        outer = points[::2]
        assert all(math.dist(p, (cx, cy)) == pytest.approx(radius) for p in outer)


def _fill_colours(draw) -> set[tuple[float, ...]]:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(400, 300), pageCompression=0)
    draw(canvas)
    canvas.save()
    content = PdfReader(io.BytesIO(out.getvalue())).pages[0].get_contents().get_data().decode()
    found = re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", content)
    return {tuple(round(float(v), 3) for v in rgb) for rgb in found}


def test_the_emblem_uses_exactly_the_two_colours():
    colours = _fill_colours(lambda c: draw_eu_emblem(c, 10, 10, HEIGHT))
    assert colours == {(0.0, 0.2, 0.6), (1.0, 0.8, 0.0)}  # #003399 and #FFCC00


def test_statements_name_the_european_union_in_full():
    assert statement("sv") == "Medfinansieras av Europeiska unionen"
    assert statement("nb") == "Delfinansiert av Den europeiske union"
    assert statement("pl") == "Współfinansowane przez Unię Europejską"
    assert statement("en") == "Co-funded by the European Union"
    assert all(statement(lang, english=True) == STATEMENTS["en"] for lang in STATEMENTS)


def _marking_text(language: str, funding: str) -> str:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(900, 200))
    draw_marking(canvas, 10, 10, 60, language, funding)
    canvas.save()
    return " ".join(PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text().split())


def test_fers_projects_without_the_official_artwork_get_the_emblem_and_statement_alone():
    """No imitation of the programme's signs: the EU emblem and FERS's own statement."""
    text = _marking_text("pl", "fers")
    assert text == "Dofinansowane przez Unię Europejską"
    assert "Fundusze Europejskie" not in text and "Rzeczpospolita" not in text


def _artwork(path, size=(1800, 300)):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle((20, 20, 300, 280), fill=(11, 59, 122))
    image.save(path)
    return path


def test_fers_projects_with_the_official_artwork_print_it_as_it_is(tmp_path):
    from desktop.documents.emblem import load_artwork

    artwork = load_artwork(_artwork(tmp_path / "fers.png"))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(900, 200))
    width = draw_marking(canvas, 10, 10, 60, "pl", "fers", artwork=artwork)
    canvas.save()
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    assert not page.extract_text().strip()  # the statement is in the artwork, not repeated
    assert len(page.images) == 1
    assert width == pytest.approx(60 * 1.5 * 6)  # 1.5 emblem heights tall, at its own ratio


def test_erasmus_projects_get_the_statement_in_the_language():
    assert "Delfinansiert av Den europeiske union" in _marking_text("nb", "erasmus")


def test_a_fers_project_poster_carries_the_fers_statement():
    from desktop.documents.data import Header, Lane, PlanData
    from desktop.documents.plan_poster import build_plan_poster

    data = PlanData(Header(school="Szkoła Podstawowa nr 3", project_title="Projekt FERS",
                           funding_source="fers"), [Lane("Rezultat")])
    pdf = build_plan_poster(data, "pl", "A3")
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Dofinansowane przez Unię Europejską" in text
    assert "Współfinansowane przez Unię Europejską" not in text
    assert "Rzeczpospolita Polska" not in text
