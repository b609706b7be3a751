"""Printed program sheets: one painting function for the preview, the printer and PDF files."""
