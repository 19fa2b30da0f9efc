"""Build hook: the top-level `resources/` and `translations/` folders, where they are edited,
reach the package as `desktop/resources/` and `desktop/translations/` in the wheel.

Everything else about the package is in pyproject.toml. `desktop/paths.py` finds the
folders through importlib.resources once installed, and beside the package in a checkout.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent

# What the program loads at run time (build-time sources such as the icon's drawing
# script, the .ico/.icns the executable carries, and the .ts catalogues stay out).
SHIPPED = {
    "resources": ("fonts/*", "icons/*", "app-icon/*.png", "app-icon/*.svg",
                  "app-icon/LICENSE"),
    "translations": ("*.qm",),
}


class BuildWithPackageData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the folders where they are
        for folder, patterns in SHIPPED.items():
            for pattern in patterns:
                for source in sorted((ROOT / folder).glob(pattern)):
                    if source.is_file():
                        target = Path(self.build_lib, "desktop", folder,
                                      source.relative_to(ROOT / folder))
                        self.mkpath(str(target.parent))
                        self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildWithPackageData})
