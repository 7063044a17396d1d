"""Reading a researcher's own PDF: pypdf's text extraction, page by page, and the workspace statement.

    python bench/documents.py            # prints a table, writes bench/results/documents.json

PDFs of 1, 10 and 25 pages, each page 40 lines of about 85 characters (as a typeset report's
page: 25 such pages, 87,000 characters, are near the 100,000-character limit), made with matplotlib; medians of 3 runs of :func:`kg.workspace.documents.read_document` and of
:func:`kg.workspace.statements.document` on its text, with the peak Python allocation while reading.
"""

from __future__ import annotations

import io
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import matplotlib  # noqa: E402

matplotlib.use("Agg")

from bench.measure import median_seconds, write_results  # noqa: E402
from kg.workspace import documents  # noqa: E402
from kg.workspace.statements import document  # noqa: E402

RUNS = 3
LINE = "The delegation read its demands as theatre for the home audience, said the envoy. "


def make_pdf(pages: int, lines: int) -> bytes:
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    buf = io.BytesIO()
    with PdfPages(buf) as pdf:
        for page in range(pages):
            fig = plt.figure(figsize=(8.27, 11.69))
            fig.text(0.05, 0.95, "\n".join(f"{page + 1}.{i + 1} {LINE}" for i in range(lines)), fontsize=8,
                     va="top", linespacing=1.4)
            pdf.savefig(fig)
            plt.close(fig)
    return buf.getvalue()




def main() -> None:
    rows = []
    for pages in (1, 10, 25):
        data = make_pdf(pages, 40)
        read = median_seconds(lambda: documents.read_document(data, "report.pdf"), RUNS)  # noqa: B023
        tracemalloc.start()
        doc = documents.read_document(data, "report.pdf")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        made = median_seconds(lambda: document(doc.title, doc.text, author="Bench", pages=doc.pages), RUNS)  # noqa: B023
        rows.append({"pages": pages, "bytes": len(data), "characters": len(doc.text), "read_s": round(read, 3),
                     "statement_s": round(made, 4), "peak_mb": round(peak / 2**20, 1)})
        print(f"{pages:4} pages  {len(data) / 2**20:5.2f} MB  {len(doc.text):7,} chars  read {read:6.2f} s  "
              f"statement {made * 1000:6.1f} ms  peak {peak / 2**20:5.1f} MB", flush=True)
    write_results("documents", rows)


if __name__ == "__main__":
    main()
