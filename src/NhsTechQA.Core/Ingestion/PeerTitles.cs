using System.Text.RegularExpressions;

namespace NhsTechQA.Core.Ingestion;

/// <summary>
/// The titles a member of the House of Lords is named by ("Baroness Tillotson of Arnfield", "Lord Kestrel"): one list
/// for reading Lords labels and for telling a peer from an MP.
/// </summary>
public static partial class PeerTitles
{
    /// <summary>Whether a name opens with a peer's title.</summary>
    public static bool Opens(string name) => Title().IsMatch(name);

    /// <summary>
    /// Whether two names carry titles that cannot be one person's: "Lord Merrow" is not "Baroness Merrow of Castlegate",
    /// though "Lady Merrow" is how she is addressed. Names without such a title never differ by it.
    /// </summary>
    public static bool Differ(string a, string b) =>
        (Masculine().IsMatch(a) && Feminine().IsMatch(b)) || (Feminine().IsMatch(a) && Masculine().IsMatch(b));

    [GeneratedRegex(@"^(?:Lord|Lady|Baroness|Baron|Viscountess|Viscount|Countess|Earl)\b")]
    private static partial Regex Title();

    [GeneratedRegex(@"^(?:Lord|Baron|Viscount|Earl|Sir|Mr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Masculine();

    [GeneratedRegex(@"^(?:Lady|Baroness|Viscountess|Countess|Dame|Mrs|Ms|Miss)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Feminine();
}
