"""The PySide6 interface: main window shell, one page per area, dialogs, table models, widgets."""
