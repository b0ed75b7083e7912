"""`make bench`: benchmarks (not tests). Each module prints its figures; README records them with the machine."""
