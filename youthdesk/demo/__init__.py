"""Synthetic demo data: no real person anywhere."""
