"""Painting the demo school's photos with Pillow: landscapes, towns and classrooms, with people.

No binary files in the repository: each picture is drawn from a scene name and a seed, so the
same demo always gets the same images.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 800
Colour = tuple[int, int, int]


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return (int(a[0] + (b[0] - a[0]) * t), int(a[1] + (b[1] - a[1]) * t),
            int(a[2] + (b[2] - a[2]) * t))


def _vary(rng: random.Random, colour: Colour, spread: int = 25) -> Colour:
    return tuple(max(0, min(255, c + rng.randint(-spread, spread))) for c in colour)  # type: ignore[return-value]


def _gradient(image: Image.Image, box: tuple[int, int, int, int], top: Colour,
              bottom: Colour) -> None:
    """A vertical gradient over `box`, drawn as a scaled ramp (fast, no per-line drawing)."""
    x0, y0, x1, y1 = box
    mask = Image.linear_gradient("L").resize((x1 - x0, y1 - y0))
    band = Image.composite(Image.new("RGB", mask.size, bottom), Image.new("RGB", mask.size, top),
                           mask)
    image.paste(band, (x0, y0))


def _sky(image: Image.Image, rng: random.Random, horizon: int, evening: bool = False) -> None:
    if evening:
        _gradient(image, (0, 0, WIDTH, horizon), _vary(rng, (25, 30, 80)),
                  _vary(rng, (240, 150, 90)))
    else:
        _gradient(image, (0, 0, WIDTH, horizon), _vary(rng, (70, 130, 200)),
                  _vary(rng, (200, 225, 240)))


def _clouds(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    for _ in range(rng.randint(2, 5)):
        x, y = rng.randint(-100, WIDTH), rng.randint(40, max(60, horizon - 150))
        for _ in range(5):
            w, h = rng.randint(80, 160), rng.randint(30, 60)
            dx, dy = rng.randint(-60, 60), rng.randint(-15, 15)
            draw.ellipse((x + dx, y + dy, x + dx + w, y + dy + h), fill=(245, 246, 250))


def _mountains(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random) -> int:
    horizon = 520
    _gradient(image, (0, 0, WIDTH, horizon), _vary(rng, (15, 25, 60)), _vary(rng, (80, 110, 150)))
    for _ in range(rng.randint(2, 3)):  # northern lights
        y = rng.randint(60, 220)
        phase, amplitude = rng.uniform(0, 6.3), rng.randint(30, 70)
        points = [(x, y + int(amplitude * math.sin(x / 190 + phase)))
                  for x in range(-50, WIDTH + 100, 25)]
        for k, thickness in enumerate((50, 30, 14)):
            colour = _mix((40, 90, 70), (120, 255, 170), k / 2)
            draw.line(points, fill=colour, width=thickness, joint="curve")
    for layer, base in enumerate(((90, 100, 120), (60, 70, 90))):
        peaks = [(0, horizon)]
        x = -50
        while x < WIDTH + 100:
            peaks.append((x, horizon - rng.randint(120, 300) + layer * 60))
            x += rng.randint(120, 220)
            peaks.append((x, horizon - rng.randint(20, 80)))
            x += rng.randint(60, 140)
        peaks.append((WIDTH, horizon))
        draw.polygon(peaks, fill=_vary(rng, base, 10))
        for i in range(1, len(peaks) - 1, 2):  # snow caps following the slopes
            (lx, ly), (px, py), (rx, ry) = peaks[i - 1], peaks[i], peaks[i + 1]
            t = 0.3
            draw.polygon([(px, py), (px + (lx - px) * t, py + (ly - py) * t),
                          (px + (rx - px) * t, py + (ry - py) * t)], fill=(235, 240, 248))
    _gradient(image, (0, horizon, WIDTH, 690), _vary(rng, (40, 60, 90)), (10, 20, 40))
    for _ in range(30):  # lights along the far shore, mirrored in the fjord
        x = rng.randint(0, WIDTH)
        draw.rectangle((x, horizon - 6, x + 4, horizon - 2), fill=(255, 220, 140))
        draw.line((x + 2, horizon + 4, x + 2, horizon + rng.randint(30, 80)), fill=(120, 110, 80))
    _gradient(image, (0, 690, WIDTH, HEIGHT), (200, 210, 225), (160, 170, 190))  # snow
    return HEIGHT - 30


def _buildings(draw: ImageDraw.ImageDraw, rng: random.Random, ground: int, old: bool) -> None:
    x = -20
    palette = ((200, 150, 90), (190, 90, 60), (230, 200, 150), (160, 170, 140), (220, 180, 170),
               (180, 190, 200)) if old else ((150, 160, 170), (200, 200, 195), (90, 110, 130),
                                             (170, 120, 90))
    while x < WIDTH:
        w, h = rng.randint(110, 200), rng.randint(200, 400)
        colour = _vary(rng, rng.choice(palette), 15)
        draw.rectangle((x, ground - h, x + w, ground), fill=colour,
                       outline=_mix(colour, (0, 0, 0), .3))
        if old:
            roof = _vary(rng, (140, 60, 40), 20)
            draw.polygon([(x - 5, ground - h), (x + w // 2, ground - h - rng.randint(40, 90)),
                          (x + w + 5, ground - h)], fill=roof)
            if rng.random() < 0.25:  # a church tower
                tx = x + w // 2 - 25
                top = ground - h - rng.randint(150, 230)
                draw.rectangle((tx, top, tx + 50, ground - h), fill=_mix(colour, (60, 40, 30), .3))
                draw.polygon([(tx - 8, top), (tx + 25, top - 110), (tx + 58, top)],
                             fill=(60, 100, 80))
        window = (60, 70, 90) if rng.random() < 0.6 else (250, 220, 150)
        for wy in range(ground - h + 30, ground - 50, 60):
            for wx in range(x + 15, x + w - 25, 40):
                draw.rectangle((wx, wy, wx + 18, wy + 30), fill=window)
        x += w + rng.randint(-10, 15)


def _oldtown(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random) -> int:
    ground = 560
    _sky(image, rng, ground, evening=rng.random() < 0.3)
    _clouds(draw, rng, ground)
    _buildings(draw, rng, ground, old=True)
    _gradient(image, (0, ground, WIDTH, HEIGHT), (170, 160, 150), (120, 110, 100))
    for y in range(ground + 10, HEIGHT, 24):  # cobbles
        for x in range((y // 24 % 2) * 20, WIDTH, 40):
            draw.ellipse((x, y, x + 34, y + 16), outline=(105, 95, 85))
    return HEIGHT - 30


def _street(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random) -> int:
    ground = 540
    _sky(image, rng, ground)
    _clouds(draw, rng, ground)
    _buildings(draw, rng, ground, old=False)
    draw.rectangle((0, ground, WIDTH, HEIGHT), fill=(95, 95, 100))
    draw.polygon([(0, ground + 40), (WIDTH, ground + 40), (WIDTH, ground + 90), (0, ground + 90)],
                 fill=(170, 60, 50))  # a cycle lane
    for x in range(40, WIDTH, 170):  # bicycles parked along the lane
        draw.ellipse((x, ground + 20, x + 44, ground + 64), outline=(30, 30, 30), width=4)
        draw.ellipse((x + 60, ground + 20, x + 104, ground + 64), outline=(30, 30, 30), width=4)
        draw.line((x + 22, ground + 42, x + 50, ground + 10, x + 82, ground + 42),
                  fill=_vary(rng, (40, 90, 160), 60), width=5)
    for x in range(0, WIDTH, 260):
        tx = x + rng.randint(40, 120)
        draw.rectangle((tx, ground - 120, tx + 14, ground), fill=(90, 60, 40))
        draw.ellipse((tx - 60, ground - 230, tx + 74, ground - 90), fill=_vary(rng, (70, 130, 60)))
    return HEIGHT - 20


def _classroom(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random) -> int:
    floor = 560
    _gradient(image, (0, 0, WIDTH, floor), _vary(rng, (235, 230, 215), 10),
              _vary(rng, (210, 205, 190), 10))
    _gradient(image, (0, floor, WIDTH, HEIGHT), (170, 130, 90), (120, 85, 55))
    board_x = rng.randint(80, 400)
    draw.rectangle((board_x, 120, board_x + 520, 400), fill=(250, 250, 252),
                   outline=(120, 120, 130), width=8)
    for line in range(6):  # notes on the whiteboard
        y = 160 + line * 38
        draw.line((board_x + 40, y, board_x + 40 + rng.randint(150, 420), y),
                  fill=rng.choice(((30, 60, 160), (180, 40, 40), (30, 120, 60))), width=6)
    wx = board_x + 620 if board_x < 300 else 60
    for i in range(2):  # windows with daylight
        x = wx + i * 200
        _gradient(image, (x, 110, x + 160, 420), (160, 200, 240), (230, 240, 250))
        draw.rectangle((x, 110, x + 160, 420), outline=(245, 245, 245), width=10)
        draw.line((x + 80, 110, x + 80, 420), fill=(245, 245, 245), width=8)
    for row in range(2):  # desks
        y = floor + 30 + row * 110
        for x in range(60 + row * 40, WIDTH, 300):
            draw.rectangle((x, y, x + 220, y + 30), fill=(200, 170, 120), outline=(140, 110, 70))
            draw.line((x + 20, y + 30, x + 20, y + 90), fill=(90, 90, 90), width=6)
            draw.line((x + 200, y + 30, x + 200, y + 90), fill=(90, 90, 90), width=6)
    return HEIGHT - 60


def _coast(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random) -> int:
    horizon = 420
    _sky(image, rng, horizon, evening=rng.random() < 0.4)
    sun_x = rng.randint(150, WIDTH - 150)
    draw.ellipse((sun_x - 60, 120, sun_x + 60, 240), fill=(255, 225, 120))
    _gradient(image, (0, horizon, WIDTH, 600), _vary(rng, (40, 110, 170)), (90, 170, 200))
    for y in range(horizon + 20, 600, 30):  # waves
        x = rng.randint(0, WIDTH)
        draw.arc((x, y, x + 120, y + 20), 200, 340, fill=(200, 230, 245), width=3)
    _gradient(image, (0, 600, WIDTH, HEIGHT), (235, 215, 170), (210, 185, 140))
    for _ in range(rng.randint(1, 3)):  # palms
        x = rng.choice((rng.randint(30, 300), rng.randint(WIDTH - 300, WIDTH - 30)))
        draw.line((x, 700, x + 30, 380), fill=(110, 80, 50), width=16)
        for dx, dy in ((-120, 20), (120, 20), (-80, 60), (80, 60), (0, -20)):
            draw.ellipse((x + 30 + min(0, dx), 350 + min(0, dy), x + 30 + max(0, dx) + 10,
                          400 + max(0, dy)), fill=_vary(rng, (40, 120, 50)))
    return HEIGHT - 20


def _forest(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random) -> int:
    horizon = 420
    _sky(image, rng, horizon)
    _clouds(draw, rng, horizon)
    draw.rectangle((0, horizon, WIDTH, 600), fill=(30, 65, 45))
    for layer, colour in enumerate(((100, 140, 120), (50, 100, 70), (25, 70, 45))):
        base = horizon + layer * 70
        for x in range(-40, WIDTH + 40, 45 - layer * 8):
            h = rng.randint(120, 220) + layer * 40
            draw.polygon([(x, base + 30), (x + 30, base - h), (x + 60, base + 30)],
                         fill=_vary(rng, colour, 12))
    _gradient(image, (0, 600, WIDTH, 700), (90, 130, 160), (50, 80, 110))  # the river
    for _ in range(10):
        x, y = rng.randint(0, WIDTH), rng.randint(610, 690)
        draw.line((x, y, x + rng.randint(40, 120), y), fill=(170, 200, 220), width=2)
    _gradient(image, (0, 700, WIDTH, HEIGHT), (110, 130, 60), (80, 95, 45))  # the bank
    return HEIGHT - 15


def _harbour(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random) -> int:
    horizon = 430
    _sky(image, rng, horizon, evening=rng.random() < 0.3)
    _clouds(draw, rng, horizon)
    for x in range(0, WIDTH, 70):  # houses on the far shore
        h = rng.randint(30, 70)
        wall = rng.choice(((200, 60, 50), (230, 200, 120), (240, 240, 235)))
        draw.rectangle((x, horizon - h, x + 55, horizon), fill=_vary(rng, wall, 15))
        draw.polygon([(x - 4, horizon - h), (x + 27, horizon - h - 25), (x + 59, horizon - h)],
                     fill=(80, 70, 70))
    _gradient(image, (0, horizon, WIDTH, 650), _vary(rng, (50, 90, 130)), (30, 60, 90))
    for _ in range(rng.randint(2, 4)):  # boats
        x, y = rng.randint(50, WIDTH - 250), rng.randint(horizon + 40, 560)
        hull = _vary(rng, rng.choice(((240, 240, 240), (180, 40, 40), (40, 60, 120))), 10)
        draw.polygon([(x, y), (x + 200, y), (x + 170, y + 40), (x + 30, y + 40)], fill=hull)
        draw.line((x + 100, y, x + 100, y - 160), fill=(60, 50, 40), width=5)
        draw.polygon([(x + 104, y - 150), (x + 104, y - 10), (x + 180, y - 10)],
                     fill=(250, 250, 245))
    draw.rectangle((0, 650, WIDTH, HEIGHT), fill=(120, 110, 100))  # the quay
    draw.line((0, 652, WIDTH, 652), fill=(80, 70, 60), width=6)
    return HEIGHT - 10


SCENES: dict[str, Callable[[Image.Image, ImageDraw.ImageDraw, random.Random], int]] = {
    "mountains": _mountains, "oldtown": _oldtown, "street": _street, "classroom": _classroom,
    "coast": _coast, "forest": _forest, "harbour": _harbour,
}


def _people(draw: ImageDraw.ImageDraw, rng: random.Random, count: int, ground: int) -> None:
    """One standing figure per person shown, spread across the foreground."""
    if not count:
        return
    step = WIDTH // (count + 1)
    skins = ((245, 215, 190), (225, 185, 150), (190, 140, 100), (140, 95, 65), (250, 225, 205))
    hairs = ((40, 30, 20), (120, 80, 40), (220, 190, 120), (20, 20, 20), (160, 60, 30))
    for i in range(count):
        scale = rng.uniform(0.85, 1.1)
        cx = step * (i + 1) + rng.randint(-step // 5, step // 5)
        height = int(330 * scale)
        top = ground - height
        head = int(38 * scale)
        jacket = _vary(rng, rng.choice(((200, 50, 50), (40, 90, 170), (240, 190, 40),
                                        (60, 140, 90), (120, 60, 140), (230, 120, 40))), 20)
        trousers = _vary(rng, (45, 50, 70), 20)
        draw.rectangle((cx - 30 * scale, top + head * 2 + 120 * scale, cx + 30 * scale, ground),
                       fill=trousers)
        draw.line((cx, top + head * 2 + 150 * scale, cx, ground),
                  fill=_mix(trousers, (0, 0, 0), .4), width=3)
        draw.rounded_rectangle((cx - 48 * scale, top + head * 2 - 5, cx + 48 * scale,
                                top + head * 2 + 135 * scale), radius=int(26 * scale), fill=jacket)
        skin = rng.choice(skins)
        draw.ellipse((cx - head, top, cx + head, top + head * 2), fill=skin)
        draw.chord((cx - head - 3, top - 6, cx + head + 3, top + head * 1.2), 180, 360,
                   fill=rng.choice(hairs))


def paint(scene: str, people: int, seed: int, path: Path) -> Path:
    """Draw one 1200×800 JPEG of `scene` showing `people` figures; the same seed, the same image."""
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    ground = SCENES[scene](image, draw, rng)
    _people(draw, rng, people, ground)
    image.save(path, "JPEG", quality=84, optimize=False)
    return path


def paint_logo(path: Path, colour: Colour) -> Path:
    """A simple school emblem: a shield with a rising sun over waves."""
    size = 400
    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 30, 360, 370), radius=60, fill=colour)
    draw.pieslice((110, 120, 290, 300), 180, 360, fill=(255, 205, 60))
    for k in range(3):
        y = 230 + k * 36
        draw.arc((60, y, 200, y + 40), 0, 180, fill=(255, 255, 255), width=10)
        draw.arc((200, y, 340, y + 40), 0, 180, fill=(255, 255, 255), width=10)
    image.save(path, "PNG")
    return path
