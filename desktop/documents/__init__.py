"""Posters and reports as pure functions: gathered data and a language in, PDF bytes out.

Nothing here imports Qt widgets or the user interface; the store is read only by the
`gather_*` functions, and the `build_*` functions never touch it.
"""
