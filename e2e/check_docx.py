#!/usr/bin/env python3
"""Check a .docx with two independent readers: python-docx, and LibreOffice (converted to PDF, whose
text pdftotext extracts).

    python3 e2e/check_docx.py plan.docx "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Số: 12/KH-KTĐ" ...

Every EXPECTED_TEXT must be found in the text of both readers. Both sides are compared in NFC with
every run of whitespace collapsed to one space, so a string may span a line break, a wrapped line
or a paragraph boundary (python-docx gives one line per paragraph, the PDF one per printed line).

The section must also have the page of Decree 30/2020/NĐ-CP (DESIGN §5): A4 portrait, margins top
and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (--no-layout skips this).

From Python (e.g. a pytest):

    from check_docx import check
    assert check("plan.docx", ["Số: 12/KH-KTĐ"]) == []

Exit status: 0 when both readers find every string and the page is right, 1 on anything missing or
when a reader cannot open the file (each problem is printed), 2 when the arguments or the
environment are unusable (no such file, a reader not installed). Needs `python-docx` (pip) and
`libreoffice` + `pdftotext` (apt: libreoffice-writer-nogui, poppler-utils); --skip-libreoffice runs
the python-docx half only.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

# Decree 30/2020/NĐ-CP, Appendix I: the page, in millimetres.
A4_MM = (210.0, 297.0)
MARGINS_MM = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
TOLERANCE_MM = 0.5  # twips and EMU round: 20 mm is 1134 twips, 20.003 mm

WHITESPACE = re.compile(r"\s+")


class Usage(Exception):
    """The input or the environment is unusable (exit 2)."""


def normalized(text):
    """NFC, every run of whitespace (incl. NBSP, tabs, line and page breaks) as one space."""
    return WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def missing(text, expected, reader):
    haystack = normalized(text)
    return [f"{reader}: text not found: {want!r}" for want in expected if normalized(want) not in haystack]


# ------------------------------------------------------------------------------- python-docx


def python_docx_text(path):
    """Every paragraph of the body, tables (and nested tables) included, in document order; returns
    (text, document) or raises Usage / returns the problem."""
    try:
        import docx
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise Usage("python-docx is not installed: python3 -m pip install python-docx")
    try:
        document = docx.Document(path)
    except Exception as e:  # python-docx raises many kinds for a broken file
        return None, None, f"python-docx cannot open {path}: {type(e).__name__}: {e}"
    body = document.element.body
    lines = [Paragraph(p, document).text for p in body.iter(docx.oxml.ns.qn("w:p"))]
    return "\n".join(lines), document, None


def check_layout(document):
    problems = []
    if not document.sections:
        return ["python-docx: the document has no section"]
    section = document.sections[0]

    def mm(length):
        return None if length is None else length / 36000  # EMU

    width, height = mm(section.page_width), mm(section.page_height)
    if width is None or height is None:
        problems.append("layout: the page size is not set (w:pgSz)")
    elif abs(width - A4_MM[0]) > TOLERANCE_MM or abs(height - A4_MM[1]) > TOLERANCE_MM:
        problems.append(f"layout: the page is {width:.1f} × {height:.1f} mm, not A4 portrait (210 × 297 mm)")
    for side, (low, high) in MARGINS_MM.items():
        value = mm(getattr(section, f"{side}_margin"))
        if value is None:
            problems.append(f"layout: the {side} margin is not set")
        elif not (low - TOLERANCE_MM <= value <= high + TOLERANCE_MM):
            problems.append(f"layout: the {side} margin is {value:.1f} mm, Decree 30 wants {low}–{high} mm")
    return problems


# ------------------------------------------------------------------------------ LibreOffice


def libreoffice_pdf_text(path):
    """The text of the PDF LibreOffice prints from the file; (text, problem)."""
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if not binary:
        raise Usage(
            "libreoffice is not installed: DEBIAN_FRONTEND=noninteractive "
            "apt-get install -y -q libreoffice-writer-nogui (or pass --skip-libreoffice)"
        )
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        raise Usage("pdftotext is not installed: apt-get install -y -q poppler-utils (or pass --skip-libreoffice)")
    with tempfile.TemporaryDirectory(prefix="check_docx_") as tmp:
        # A private profile, so that a running LibreOffice (or a parallel CI job) cannot interfere.
        profile = "file://" + os.path.join(tmp, "profile")
        out = os.path.join(tmp, "out")
        command = [binary, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", out, os.path.abspath(path)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=180)
        except subprocess.TimeoutExpired:
            raise Usage("libreoffice did not finish the conversion within 180 s")
        pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        if done.returncode != 0 or not os.path.exists(pdf) or os.path.getsize(pdf) == 0:
            return None, (f"LibreOffice could not convert {path} to PDF (exit {done.returncode}): "
                          f"{(done.stdout + done.stderr).strip()[-500:]}")
        try:
            text = subprocess.run([pdftotext, "-enc", "UTF-8", pdf, "-"], capture_output=True,
                                  check=True, timeout=60).stdout.decode("utf-8", errors="replace")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
            return None, f"pdftotext could not read the PDF LibreOffice made: {e}"
        if not text.strip():
            return None, "LibreOffice printed a PDF without any text"
        return text, None


# ------------------------------------------------------------------------------------ check


def check(path, expected, libreoffice=True, layout=True):
    """The problems found in the .docx at `path`, [] when none: each string of `expected` missing
    from a reader's text, a reader that cannot open it, or (with `layout`) a page that is not the
    decree's. Raises Usage when the file is absent or a reader is not installed."""
    if not os.path.isfile(path):
        raise Usage(f"no such file: {path}")
    expected = [str(e) for e in expected]
    if not zipfile.is_zipfile(path):
        # LibreOffice would happily print a plain text file: say what is wrong instead.
        return [f"{path} is not a ZIP package, so not a .docx"]
    problems = []
    text, document, problem = python_docx_text(path)
    if problem:
        problems.append(problem)
    else:
        problems += missing(text, expected, "python-docx")
        if layout:
            problems += check_layout(document)
    if libreoffice:
        pdf_text, problem = libreoffice_pdf_text(path)
        if problem:
            problems.append(problem)
        else:
            problems += missing(pdf_text, expected, "LibreOffice PDF")
    return problems


def main():
    parser = argparse.ArgumentParser(
        description="Check that a .docx reads in python-docx and LibreOffice, with every expected text in both."
    )
    parser.add_argument("docx", help="the .docx file to check")
    parser.add_argument("expected", nargs="*", help="text that both readers must find")
    parser.add_argument("--skip-libreoffice", action="store_true", help="check with python-docx only")
    parser.add_argument("--no-layout", action="store_true", help="do not check the page size and margins")
    args = parser.parse_args()

    try:
        problems = check(args.docx, args.expected, libreoffice=not args.skip_libreoffice, layout=not args.no_layout)
    except Usage as e:
        print(f"check_docx: {e}", file=sys.stderr)
        return 2

    readers = "python-docx" if args.skip_libreoffice else "python-docx and LibreOffice (PDF)"
    if problems:
        print(f"check_docx: {args.docx} fails with {readers}:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    layout = "" if args.no_layout else "; A4 with the Decree 30 margins"
    print(f"check_docx: {args.docx} OK with {readers}: {len(args.expected)} expected texts found{layout}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
