"""The demo school: a whole Erasmus+ history to try Vidare with and to test it on.

Kept apart from the store: it writes through the store's repositories like any user would.
"""

from desktop.demo.generator import COUNTRIES, DemoRefused, create_demo

__all__ = ["COUNTRIES", "DemoRefused", "create_demo"]
