"""Plain data, catalogues and rules of Vidare's domain; no Qt, no SQL."""
