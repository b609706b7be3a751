"""The PySide6 user interface."""

from glueplan.ui.pyside_source_scan import stop_source_scan

stop_source_scan()  # before any other module is imported after PySide6
