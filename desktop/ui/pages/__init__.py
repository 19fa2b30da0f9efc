"""One module per sidebar page; the main window creates them on first visit."""
