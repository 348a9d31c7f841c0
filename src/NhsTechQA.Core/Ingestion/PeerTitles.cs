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

    [GeneratedRegex(@"^(?:Lord|Lady|Baroness|Baron|Viscountess|Viscount|Countess|Earl)\b")]
    private static partial Regex Title();
}
