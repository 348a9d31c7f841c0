using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NhsTechQA.Core.Documents;

namespace NhsTechQA.Bot.Documents;

/// <summary>What the document page shows: the document's text from <see cref="From"/>, the cited span [Start, End) highlighted.</summary>
public sealed record DocumentPageModel(
    string Title, IReadOnlyList<string> Speakers, DateOnly? Date, string? Event, string? OriginalUrl,
    string Text, int From, int Start, int End)
{
    /// <summary><see cref="Date"/> gives only a month.</summary>
    public bool MonthOnly { get; init; }
}

/// <summary>
/// Renders a document as a plain, accessible HTML page in NHS style: one reading column, system fonts (Frutiger, else
/// Arial), NHS blue links, blank-line separated paragraphs, Markdown headings and lists kept, the cited span in
/// <c>&lt;mark id="cited"&gt;</c> and scrolled into view by one inline script carrying the CSP nonce. Every piece of
/// document text is HTML-escaped: the page has no markup from the document.
/// </summary>
public static partial class DocumentPage
{
    private const string Style = """
        *,*::before,*::after{box-sizing:border-box}
        html{font-size:100%;-webkit-text-size-adjust:100%}
        body{margin:0;font-family:"Frutiger W01","Frutiger",Arial,sans-serif;font-size:1.1875rem;line-height:1.55;color:#212b32;background:#f0f4f5}
        .skip{position:absolute;left:-9999px;top:0}
        .skip:focus{left:16px;top:8px;background:#ffeb3b;color:#212b32;padding:8px 12px;z-index:1}
        .banner{background:#005eb8;color:#fff}
        .banner p{max-width:42rem;margin:0 auto;padding:12px 16px;font-weight:700}
        main{display:block;max-width:42rem;margin:0 auto;padding:24px 16px 64px;background:#fff}
        h1{font-size:2rem;line-height:1.2;margin:0 0 16px}
        h2{font-size:1.5rem;line-height:1.25;margin:32px 0 12px}
        h3,h4,h5,h6{font-size:1.25rem;line-height:1.3;margin:24px 0 8px}
        p,ul,ol{margin:0 0 16px}
        ul,ol{padding-left:1.5rem}
        .meta{color:#4c6272;font-size:1rem}
        a{color:#005eb8;text-decoration:underline}
        a:visited{color:#330072}
        a:hover{color:#7c2855}
        a:focus,mark:focus{outline:4px solid transparent;background:#ffeb3b;color:#212b32;box-shadow:0 -2px #ffeb3b,0 4px #212b32;text-decoration:none}
        mark{background:#ffeb3b;color:#212b32;padding:0 2px;box-shadow:0 0 0 2px #ffeb3b}
        @media print{.banner,.skip{display:none}body{background:#fff}}
        """;

    // scrollIntoView, then focus without a second scroll so screen readers start at the passage.
    private const string Script =
        "var c=document.getElementById('cited');if(c){c.scrollIntoView({block:'center'});c.focus({preventScroll:true});}";

    public static string Render(DocumentPageModel page, string nonce)
    {
        var html = new StringBuilder(page.Text.Length + 4096);
        html.Append("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>").Append(Escape(page.Title)).Append(" – cited passage</title>\n")
            .Append("<style nonce=\"").Append(nonce).Append("\">").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#cited\">Skip to the cited passage</a>\n")
            .Append("<header class=\"banner\"><p>NhsTechQA: cited document</p></header>\n")
            .Append("<main id=\"content\">\n<h1>").Append(Escape(page.Title)).Append("</h1>\n");
        AppendMeta(html, page);
        html.Append("<p class=\"meta\">The cited passage is highlighted. <a href=\"#cited\">Go to the cited passage</a>.</p>\n");
        new BodyWriter(html, page.Text, page.Start, page.End).Write(page.From);
        html.Append("</main>\n<script nonce=\"").Append(nonce).Append("\">").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A short page for errors: nothing about any document in it.</summary>
    public static string Message(string title, string message) =>
        $"<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>{Escape(title)}</title>\n</head>\n<body>\n<main>\n<h1>{Escape(title)}</h1>\n<p>{Escape(message)}</p>\n</main>\n</body>\n</html>\n";

    private static void AppendMeta(StringBuilder html, DocumentPageModel page)
    {
        var parts = new List<string>();
        if (page.Speakers.Count > 0) parts.Add(Escape(string.Join(", ", page.Speakers)));
        if (page.Event is not null) parts.Add(Escape(page.Event));
        if (page.Date is { } date) parts.Add(Escape(DocumentDates.Shown(date, page.MonthOnly)));
        if (page.OriginalUrl is not null)
            parts.Add($"<a href=\"{Escape(page.OriginalUrl)}\" rel=\"noopener noreferrer\">original document</a>");
        if (parts.Count > 0) html.Append("<p class=\"meta\">").Append(string.Join(" · ", parts)).Append("</p>\n");
    }

    /// <summary>Escapes the five characters that can change the meaning of HTML text or a quoted attribute.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        AppendEscaped(escaped, text.AsSpan());
        return escaped.ToString();
    }

    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\0': html.Append('\uFFFD'); break;
                default: html.Append(c); break;
            }
        }
    }

    [GeneratedRegex(@"\G(#{1,6})[ \t]+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"\G[ \t]*(?:([-*+])|(\d{1,3})[.)])[ \t]+")]
    private static partial Regex ListMarker();

    /// <summary>
    /// Writes the text as blocks: lines separated by blank lines; a "#" line is a heading (one level below the page's
    /// h1), lines starting with "-", "*", "+" or "1." are list items, the rest paragraphs. Text keeps its offsets, so
    /// the cited span is marked exactly, split at element boundaries when it crosses them.
    /// </summary>
    private sealed class BodyWriter(StringBuilder html, string text, int start, int end)
    {
        private string? _list;
        private (int Start, int End)? _paragraph;
        private (int Start, int End)? _item;
        private bool _citedIdWritten;

        public void Write(int from)
        {
            var position = from;
            while (position < text.Length)
            {
                var newline = text.IndexOf('\n', position);
                var lineEnd = newline < 0 ? text.Length : newline;
                Line(position, lineEnd);
                position = lineEnd + 1;
            }
            Flush();
        }

        private void Line(int lineStart, int lineEnd)
        {
            var contentEnd = lineEnd;
            while (contentEnd > lineStart && char.IsWhiteSpace(text[contentEnd - 1])) contentEnd--;
            if (contentEnd == lineStart)
            {
                Flush();
                return;
            }
            var heading = HeadingMarker().Match(text, lineStart, contentEnd - lineStart);
            if (heading.Success)
            {
                Flush();
                var level = Math.Min(6, heading.Groups[1].Length + 1);
                html.Append("<h").Append(level).Append('>');
                Piece(heading.Index + heading.Length, contentEnd);
                html.Append("</h").Append(level).Append(">\n");
                return;
            }
            var item = ListMarker().Match(text, lineStart, contentEnd - lineStart);
            if (item.Success)
            {
                FlushParagraph();
                var kind = item.Groups[1].Success ? "ul" : "ol";
                if (_list != kind)
                {
                    FlushList();
                    html.Append('<').Append(kind).Append(">\n");
                    _list = kind;
                }
                FlushItem();
                _item = (item.Index + item.Length, contentEnd);
                return;
            }
            if (_item is { } open)
            {
                // A line under a list item continues it.
                _item = (open.Start, contentEnd);
                return;
            }
            _paragraph = _paragraph is { } paragraph ? (paragraph.Start, contentEnd) : (lineStart, contentEnd);
        }

        private void Flush()
        {
            FlushParagraph();
            FlushList();
        }

        private void FlushParagraph()
        {
            if (_paragraph is not { } paragraph) return;
            html.Append("<p>");
            Piece(paragraph.Start, paragraph.End);
            html.Append("</p>\n");
            _paragraph = null;
        }

        private void FlushItem()
        {
            if (_item is not { } item) return;
            html.Append("<li>");
            Piece(item.Start, item.End);
            html.Append("</li>\n");
            _item = null;
        }

        private void FlushList()
        {
            FlushItem();
            if (_list is null) return;
            html.Append("</").Append(_list).Append(">\n");
            _list = null;
        }

        /// <summary>Text [a, b) escaped, with the part inside the cited span in a mark (the first one carrying the id).</summary>
        private void Piece(int a, int b)
        {
            int markStart = Math.Max(a, start), markEnd = Math.Min(b, end);
            if (markStart >= markEnd)
            {
                AppendEscaped(html, text.AsSpan(a, b - a));
                return;
            }
            AppendEscaped(html, text.AsSpan(a, markStart - a));
            html.Append(_citedIdWritten ? "<mark>" : "<mark id=\"cited\" tabindex=\"-1\">");
            _citedIdWritten = true;
            AppendEscaped(html, text.AsSpan(markStart, markEnd - markStart));
            html.Append("</mark>");
            AppendEscaped(html, text.AsSpan(markEnd, b - markEnd));
        }
    }
}
