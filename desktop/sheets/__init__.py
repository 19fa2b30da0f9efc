"""Spreadsheets in and out: lists and whole-database workbooks (XLSX, CSV), and guided import.

A layer like `documents`: it uses domain, store and i18n (QtCore's translator only), never
`ui` or Qt widgets. openpyxl is imported only by the modules that read or write XLSX, so
importing this package costs nothing at start-up.
"""
