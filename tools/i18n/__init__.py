"""Catalogue tooling: extract strings, merge and compile the .ts/.qm files, lint them."""
