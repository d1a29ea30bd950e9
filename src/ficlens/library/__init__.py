"""The library: a local archive of analysed works with AO3-style search."""
