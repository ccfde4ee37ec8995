"""Thin Qt adapters between the pure core and the widgets."""
