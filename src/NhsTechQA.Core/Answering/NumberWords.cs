namespace NhsTechQA.Core.Answering;

/// <summary>
/// Small whole numbers written in figures or in words: speeches and transcripts spell them out ("eleven times"),
/// questions and reports print them ("11 times").
/// </summary>
public static partial class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Ordinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>The value of a whole number in figures or words ("90", "ninety", "a", "an"), or null when the word is no number.</summary>
    public static double? ValueOf(string word)
    {
        if (double.TryParse(word, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)) return value;
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)) return 1;
        return OtherWay(word) is { } digits && double.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out value) ? value : null;
    }

    /// <summary>
    /// The number in the other way of writing it ("11" → "eleven", "Eleven" → "11", "3rd" → "third", "third" → "3rd"),
    /// or null when it has none.
    /// </summary>
    public static string? OtherWay(string word)
    {
        if (OrdinalFigure().Match(word) is { Success: true } ordinal && int.TryParse(ordinal.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var nth))
            return nth is >= 1 and <= 20 ? Ordinals[nth] : null;
        var place = Array.IndexOf(Ordinals, word.ToLowerInvariant());
        if (place >= 1) return place.ToString(System.Globalization.CultureInfo.InvariantCulture) + (place switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return n <= 20 ? Units[n] : n is >= 30 and <= 90 && n % 10 == 0 ? Tens[n / 10 - 3] : null;
        var lower = word.ToLowerInvariant();
        var unit = Array.IndexOf(Units, lower);
        if (unit >= 0) return unit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ten = Array.IndexOf(Tens, lower);
        return ten >= 0 ? ((ten + 3) * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OrdinalFigure();
}
