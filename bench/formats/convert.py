#!/usr/bin/env python3
"""Converts a corpus of Markdown files with YAML front matter into the same documents as .html (GOV.UK-like
pages: cookie banner, header, navigation, "From:" / "Delivered on:" block, footer), .docx (LibreOffice, with
the front matter in the core properties) and .pdf (LibreOffice, from the .docx), to measure that the readers
answer equally well from every format.

usage: convert.py CORPUS_DIR OUT_PREFIX      e.g. convert.py ../shared/eval/realworld-dev/corpus /tmp/rw
writes OUT_PREFIX-md (copies), OUT_PREFIX-html, OUT_PREFIX-docx, OUT_PREFIX-pdf. Needs LibreOffice (soffice).
Write the output outside the repository: the documents are third-party text.
"""
import html, os, re, shutil, subprocess, sys, tempfile, zipfile

WRAP = 40  # as the sentence splitter: a line this long that does not end a sentence was hard-wrapped


def front_matter(text):
    m = re.match(r"---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        v = v.strip().strip('"').strip("'")
        if k.strip() and v and not v.startswith("("):
            meta[k.strip().lower()] = v
    return meta, text[m.end():]


def blocks(body):
    """Paragraphs and list items, with hard-wrapped lines joined, as the plain-text reader groups them."""
    out = []
    for chunk in re.split(r"\n\s*\n", body):
        current, kind = [], "p"
        for line in chunk.splitlines():
            line = line.strip()
            if not line:
                continue
            is_item = bool(re.match(r"[-*•]\s", line))
            ends = re.search(r"[.!?:;…][\"'”’)\]]*$", current[-1]) if current else None
            if current and (is_item or len(current[-1]) < WRAP or ends):
                out.append((kind, " ".join(current)))
                current = []
            if not current:
                kind = "li" if is_item else "p"
                line = line[2:].strip() if is_item else line
            current.append(line)
        if current:
            out.append((kind, " ".join(current)))
    return out


def body_html(items):
    parts, in_list = [], False
    for kind, text in items:
        if kind == "li" and not in_list:
            parts.append("<ul>"); in_list = True
        if kind != "li" and in_list:
            parts.append("</ul>"); in_list = False
        parts.append(f"<{kind}>{html.escape(text, quote=False)}</{kind}>")
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def govuk_page(meta, items):
    e = lambda s: html.escape(s or "")
    title, speaker, url, date = meta.get("title", "Speech"), meta.get("speaker"), meta.get("url"), meta.get("date")
    slug = re.sub(r"[^a-z]+", "-", (speaker or "").lower()).strip("-")
    person = f' and <a href="/government/people/{slug}" class="govuk-link">The Rt Hon {e(speaker)} MP</a>' if speaker else ""
    published = f'<meta name="govuk:first-published-at" content="{e(date)}T10:00:00+00:00">' if date else ""
    # GOV.UK publishes reports and press releases as news stories and press releases, not as speeches: only a
    # speech (or Hansard/committee record of one) is a "speech" page with a "Delivered on" line.
    kind = (meta.get("type") or "").lower()
    fmt = "press_release" if "press release" in kind else "news_story" if re.search(r"report|news|article|interview", kind) else "speech"
    delivered = ""
    if date and fmt == "speech":
        pretty = f"{int(date[8:10])} {['January','February','March','April','May','June','July','August','September','October','November','December'][int(date[5:7]) - 1]} {date[:4]}"
        delivered = f"""<div class="gem-c-important-metadata"><dl><dt>Delivered on:</dt><dd>{pretty} (Transcript of the speech, exactly as it was delivered)</dd></dl></div>"""
    canonical = f'<link rel="canonical" href="{e(url)}">' if url else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} - GOV.UK</title>
<meta name="govuk:format" content="{fmt}">{published}
<meta property="og:title" content="{e(title)}">{canonical}
<script>window.GOVUK = {{}};</script></head>
<body>
<div id="global-cookie-message" class="gem-c-cookie-banner"><p>We use some essential cookies to make this website work.</p><button>Accept additional cookies</button></div>
<header class="govuk-header" role="banner"><a href="/">GOV.UK</a><nav><ul><li><a href="/browse">Topics</a></li></ul></nav></header>
<div class="gem-c-breadcrumbs"><ol><li><a href="/">Home</a></li></ol></div>
<main id="content" role="main">
<div class="gem-c-title"><span class="gem-c-title__context">Speech</span><h1 class="gem-c-title__text">{e(title)}</h1></div>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/government/organisations/department-of-health-and-social-care">Department of Health and Social Care</a>{person}</dd></dl></div>
{delivered}
<div class="gem-c-govspeak"><div class="govspeak">
{body_html(items)}
</div></div>
<div class="gem-c-share-links"><h2>Share this page</h2></div>
</main>
<footer class="govuk-footer" role="contentinfo"><p>All content is available under the Open Government Licence v3.0</p><p>&copy; Crown copyright</p></footer>
</body></html>
"""


def set_core_properties(docx, meta):
    """Rewrites docProps/core.xml: title, creator (the speaker) and created (the date). Also writes the document's
    apostrophes and double quotes as plain characters rather than LibreOffice's &apos; / &quot; (the same XML, as
    Word writes it): score.py reads w:t text without decoding XML entities."""
    e = lambda s: html.escape(s or "", quote=False)
    created = f'<dcterms:created xsi:type="dcterms:W3CDTF">{meta["date"]}T10:00:00Z</dcterms:created>' if meta.get("date") else ""
    identifier = f"<dc:identifier>{e(meta.get('url'))}</dc:identifier>" if meta.get("url") else ""
    core = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{e(meta.get('title'))}</dc:title><dc:creator>{e(meta.get('speaker'))}</dc:creator>{identifier}{created}</cp:coreProperties>"""
    tmp = docx + ".tmp"
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = core.encode("utf-8")
            elif item.filename == "word/document.xml":
                data = re.sub(rb"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)",
                              lambda m: m.group(1) + m.group(2).replace(b"&apos;", b"'").replace(b"&quot;", b'"') + m.group(3), data)
            dst.writestr(item, data)
        if "docProps/core.xml" not in names:
            dst.writestr("docProps/core.xml", core)
    os.replace(tmp, docx)


def set_pdf_date(pdf, date):
    """LibreOffice stamps the export time as the PDF's creation date: it becomes the speech's date (or blank),
    written over in place with the same length so that the cross-reference offsets stay right."""
    data = open(pdf, "rb").read()
    def stamp(m):
        old = m.group(1)
        new = (b"D:" + date.replace("-", "").encode() + b"100000Z") if date else b""
        return b"/CreationDate(" + new.ljust(len(old))[:len(old)] + b")"
    open(pdf, "wb").write(re.sub(rb"/CreationDate\(([^)]*)\)", stamp, data))


def main(corpus, prefix):
    outs = {f: f"{prefix}-{f}" for f in ("md", "html", "docx", "pdf")}
    for d in outs.values():
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    work = tempfile.mkdtemp()
    metas = {}
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".md"):
            continue
        stem = name[:-3]
        text = open(os.path.join(corpus, name), encoding="utf-8").read()
        meta, body = front_matter(text)
        metas[stem] = meta
        items = blocks(body)
        shutil.copy(os.path.join(corpus, name), os.path.join(outs["md"], name))
        open(os.path.join(outs["html"], stem + ".html"), "w", encoding="utf-8").write(govuk_page(meta, items))
        # The Word source: the body only, as a briefing would hold it.
        open(os.path.join(work, stem + ".html"), "w", encoding="utf-8").write(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(meta.get('title', ''))}</title></head><body>{body_html(items)}</body></html>")
    sources = sorted(os.path.join(work, f) for f in os.listdir(work))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", outs["docx"], *sources], check=True, capture_output=True, timeout=600)
    for stem, meta in metas.items():
        set_core_properties(os.path.join(outs["docx"], stem + ".docx"), meta)
    docs = sorted(os.path.join(outs["docx"], f) for f in os.listdir(outs["docx"]))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outs["pdf"], *docs],
                   check=True, capture_output=True, timeout=600)
    for stem, meta in metas.items():
        set_pdf_date(os.path.join(outs["pdf"], stem + ".pdf"), meta.get("date"))
    shutil.rmtree(work)
    for f, d in outs.items():
        print(f"{f}: {len(os.listdir(d))} files in {d}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__); sys.exit(2)
    main(sys.argv[1], sys.argv[2])
