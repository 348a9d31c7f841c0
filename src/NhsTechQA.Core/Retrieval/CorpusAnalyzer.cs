using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NhsTechQA.Core.Retrieval;

/// <summary>
/// Lucene's English analysis (stop words, possessives, Porter stemming), after writing sums of money one way: press
/// reports write "£48m" or "£1.2bn" where speeches say "£48 million", and a question may use either; and numbers
/// with or without thousands separators.
/// </summary>
public sealed class CorpusAnalyzer(LuceneVersion version) : Analyzer
{
    // A currency sign, a number and an abbreviated magnitude ("£48m", "$3.5 bn", "€200k"), with what it stands for.
    private static readonly (Regex Pattern, string Replacement)[] Magnitudes =
    [
        (new Regex(@"([£$€]\d[\d,\.]*)\s?(?:m|mn)\b", RegexOptions.Compiled), "$1 million"),
        (new Regex(@"([£$€]\d[\d,\.]*)\s?(?:bn|b)\b", RegexOptions.Compiled), "$1 billion"),
        (new Regex(@"([£$€]\d[\d,\.]*)\s?k\b", RegexOptions.Compiled), "$1 thousand"),
        // Without a currency sign only "bn" is surely a magnitude ("1.6bn over three years"): "5m" may be minutes or metres.
        (new Regex(@"(?<![£$€\d.,])(\d[\d,\.]*)\s?bn\b", RegexOptions.Compiled), "$1 billion"),
    ];

    // "3,400" and "3400" are one number: thousands separators go (not the comma of a list, "2, 300"). A match takes
    // the character after the group, so one pass leaves every other separator of "1,234,567": it runs twice.
    private static readonly (Regex Pattern, string Replacement) ThousandsSeparator = (new Regex(@"(\d),(\d\d\d)(\D|$)", RegexOptions.Compiled), "$1$2$3");

    // "hospital IT systems": a stop word written in capitals among words that are not is an acronym, and a topic,
    // so it is kept as a word of its own ("WHAT IT MEANS", a heading in capitals, keeps its stop words).
    private static readonly (Regex Pattern, string Replacement) CapitalStopWord =
        // After the two-letter word: not preceded by a word in capitals, or not followed by one.
        (new Regex(@"\b(AS|AT|BE|BY|IF|IN|IS|IT|NO|OF|ON|OR|TO)\b(?!['’]\w)(?:(?<![A-Z]{2,}[ \t]+[A-Z]{2})|(?![ \t]+[A-Z]{2,}\b))", RegexOptions.Compiled),
         "$1acronym");

    // Applied in order, the innermost first: separators go before "£1,200m" is written out.
    private static readonly (Regex Pattern, string Replacement)[] Filters = [ThousandsSeparator, ThousandsSeparator, .. Magnitudes, CapitalStopWord];

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        Filters.Aggregate(reader, (inner, f) => new PatternReplaceCharFilter(f.Pattern, f.Replacement, inner));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // The chain of Lucene's EnglishAnalyzer.
        var source = new StandardTokenizer(version, reader);
        TokenStream result = new StandardFilter(version, source);
        result = new EnglishPossessiveFilter(version, result);
        result = new LowerCaseFilter(version, result);
        // "Temur" finds "Temür" and "Gomez" finds "Gómez": staff type names without their accents.
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(version, result, EnglishAnalyzer.DefaultStopSet);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
