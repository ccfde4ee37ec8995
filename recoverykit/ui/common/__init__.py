"""What every room shares: palette-derived colours, layouts and fonts, kind icons."""
