using System.Text;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// Builds a document's extracted text from blocks (paragraphs, headings, table cells), one blank line between two
/// blocks so that the sentence splitter never runs a sentence from one block into the next.
/// </summary>
internal sealed class BlockTextBuilder
{
    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    public bool EndsWithBlock => _text.Length > 0;

    /// <summary>Adds a block (trimmed; nothing when blank) and returns where it starts, or -1.</summary>
    public int AddBlock(string block)
    {
        block = block.Trim();
        if (block.Length == 0) return -1;
        if (_text.Length > 0) _text.Append("\n\n");
        var start = _text.Length;
        _text.Append(block);
        return start;
    }

    /// <summary>Continues the last block with a space (a paragraph that runs on over a page break).</summary>
    public int ContinueBlock(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return -1;
        if (_text.Length == 0) return AddBlock(text);
        _text.Append(' ');
        var start = _text.Length;
        _text.Append(text);
        return start;
    }

    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    public override string ToString() => _text.ToString();
}

/// <summary>
/// Collects the inline text of one block: runs of HTML white space become one space, explicit line breaks stay.
/// Nothing inside a block is dropped or reordered, so every sentence is a contiguous run of the block's text.
/// </summary>
internal sealed class InlineText
{
    private readonly StringBuilder _text = new();
    private bool _pendingSpace;

    public void Append(string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = _text.Length > 0 && _text[^1] != '\n';
                continue;
            }
            if (_pendingSpace) _text.Append(' ');
            _pendingSpace = false;
            _text.Append(c);
        }
    }

    public void LineBreak()
    {
        _pendingSpace = false;
        if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
    }

    public bool IsEmpty => _text.Length == 0;

    /// <summary>The block's text, emptied for the next block.</summary>
    public string Take()
    {
        var text = _text.ToString().Trim();
        _text.Clear();
        _pendingSpace = false;
        return text;
    }
}
