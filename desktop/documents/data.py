"""What the documents print, as plain data gathered from the store beforehand."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Header:
    school: str = ""
    school_city: str = ""
    project_title: str = ""
    reference: str = ""
    action: str = ""
    start_date: str = ""
    end_date: str = ""
    funding_source: str = "erasmus"
    logo: bytes | None = None  # the school's logo as PNG, small


@dataclass
class Group:
    code: str
    priority: str
    representatives: str = ""


@dataclass
class Lane:
    """One project result across the planning poster's eight rubrics."""

    title: str
    kind: str = "tangible"
    description: str = ""
    groups: list[Group] = field(default_factory=list)
    message: str = ""
    purposes: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    # (date, action title, channel code) of the actions during and after the project
    during: list[tuple[str, str, str]] = field(default_factory=list)
    after: list[tuple[str, str, str]] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    sustainability: str = ""
    indicator: str = ""
    indicator_target: str = ""
    evaluation: str = ""


@dataclass
class PlanData:
    header: Header
    lanes: list[Lane] = field(default_factory=list)


@dataclass
class Card:
    """One story on the stories poster: only what consent lets print."""

    title: str
    quote: str
    excerpt: str = ""
    name: str = ""
    city: str = ""
    country: str = ""
    photo: bytes | None = None  # JPEG, already scaled to print resolution
    photo_size: tuple[int, int] = (0, 0)


@dataclass
class StoriesData:
    header: Header
    mobilities: int = 0
    participants: int = 0  # people who went as participants (accompanying persons apart)
    accompanying: int = 0
    days_abroad: int = 0
    people_reached: int = 0
    countries: list[str] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    shown_participants: list[str] = field(default_factory=list)
    shown_stories: list[str] = field(default_factory=list)
