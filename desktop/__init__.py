"""Vidare: an offline record of a school's Erasmus+ mobilities, stories and dissemination."""

__version__ = "0.1.0"
APP_NAME = "Vidare"
