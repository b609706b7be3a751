"""The Charts tab (pyqtgraph, imported only when first shown)."""
