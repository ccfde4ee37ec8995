"""The contrast room: setting up a cold/heat session and its phase banner and timeline."""
