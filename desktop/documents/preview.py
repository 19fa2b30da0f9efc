"""Pages of a built PDF as PNG images, for previews, printing and screenshots (PDFium)."""

from __future__ import annotations

import io


def page_count(pdf_bytes: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(document)
    finally:
        document.close()


def render_page_png(pdf_bytes: bytes, page_index: int, dpi: float) -> bytes:
    """One page (0-based) rendered at `dpi` as PNG bytes."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        page = document[page_index]
        bitmap = page.render(scale=dpi / 72)
        image = bitmap.to_pil()
        out = io.BytesIO()
        image.save(out, "PNG")
        page.close()
        return out.getvalue()
    finally:
        document.close()


def page_width_points(pdf_bytes: bytes, page_index: int) -> float:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return float(document[page_index].get_width())
    finally:
        document.close()
