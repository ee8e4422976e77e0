"""Reusable widgets and modal dialogs."""
