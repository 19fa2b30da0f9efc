"""Developer tools kept beside the program and never shipped with it."""
