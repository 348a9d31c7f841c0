using System.Text.RegularExpressions;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// Turns a person as GOV.UK and official documents style them ("The Rt Hon Sajid Javid MP") into the name the
/// speeches use ("Sajid Javid"). Peerage titles stay: Lord Markham is "Lord Markham" in every report of his words.
/// </summary>
public static partial class PersonNames
{
    /// <summary>Letters written after a name that are not part of it ("MP", "KC", "FRCP"), as a regex alternation.</summary>
    public const string PostNominalLetters = "MP|MSP|MS|AM|MLA|CBE|OBE|MBE|KBE|DBE|CB|KC|QC|PC|FRS|FRCP|FRCS|FRCGP|FRCN|FMedSci|FREng|PhD";

    /// <summary>"Meleri Rhys MS", "Helen Draycott MP KC": the name without the letters after it.</summary>
    public static string WithoutPostNominals(string name)
    {
        string previous;
        do
        {
            previous = name;
            name = TrailingPostNominal().Replace(name, "").TrimEnd();
        }
        while (name != previous);
        return name;
    }

    public static string Clean(string styled)
    {
        var name = Whitespace().Replace(styled, " ").Trim().Trim(',', ';');
        string previous;
        do
        {
            previous = name;
            name = WithoutPostNominals(LeadingHonorific().Replace(name, ""));
        }
        while (name != previous);
        return name.Trim();
    }

    /// <summary>
    /// The people a speaker field names (front matter's <c>speaker</c>, a Word document's Speaker property, a PDF's
    /// author), as written: "Ann Lee; Bob Kay", "Ann Lee and Bob Kay", "Ann Lee, Bob Kay". A part after a comma that is
    /// a role ("Rt Hon Helen Marchbank MP, Secretary of State for Health and Social Care") belongs to the name before it
    /// and is not a person ("Social Care" is not a speaker), nor is what follows it ("Chief Executive, Wexcombe Hospitals").
    /// </summary>
    public static IEnumerable<string> InSpeakerField(string value)
    {
        foreach (var piece in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var name in NamesAndRole(piece).Names)
                yield return name;
    }

    /// <summary>
    /// An author field that names a body, not a person ("Tamsford and Ryeland Hospitals NHS Foundation Trust", "NHS
    /// England Digital Policy Team"): a PDF's or Word file's author is often the organisation that published it.
    /// </summary>
    public static bool IsOrganisation(string value) => OrganisationWord().IsMatch(value);

    /// <summary>
    /// An author field that names nobody: a body, or a post alone ("Head of Corporate Governance", the minutes'
    /// author), which is no one's name to quote.
    /// </summary>
    public static bool NamesNobody(string value) => IsOrganisation(value) || NamesAndRole(value).Names.Count == 0;

    [GeneratedRegex(@"\b(?:NHS|Trust|Trusts|Hospitals?|Foundation|Department|Council|Board|Agency|Ltd|Limited|Plc|LLP|University|College|Committee|Office|Services|Authority|Group|Team|Directorate|Commission|Institute|Centre|Center|Network|Partnership|Association|Society|Federation|Confederation|Government|Ministry|Parliament|Assembly|Executive|Unit|Programme|Policy|Division|Branch|Secretariat|ICB|ICS|DHSC)\b")]
    private static partial Regex OrganisationWord();

    /// <summary>A name and the role in brackets after it, if any: ("Tom Ashdown", "Editor, Digital Care Review").</summary>
    public static (string Name, string? Role) BracketedRole(string value) =>
        NameThenBracketedRole().Match(value) is { Success: true } bracketed
            ? (bracketed.Groups["name"].Value.Trim(), bracketed.Groups["role"].Value.Trim())
            : (value.Trim(), null);

    /// <summary>
    /// The role a speaker field gives its one speaker ("Rt Hon Daniel Ferrow MP, Secretary of State for Health and Social
    /// Care" gives "Secretary of State for Health and Social Care"); null when it names several people or no role.
    /// </summary>
    public static string? RoleInSpeakerField(string value)
    {
        if (value.Contains(';')) return null;
        var (names, role) = NamesAndRole(value);
        return names.Count == 1 && role.Length > 0 ? role : null;
    }

    /// <summary>
    /// One piece of a speaker field: the names in its comma parts before the first that is a role, and that role with
    /// what follows it ("Chief Executive, Wexcombe Hospitals").
    /// </summary>
    private static (List<string> Names, string Role) NamesAndRole(string piece)
    {
        // "Tom Ashdown (Editor, Digital Care Review)": the bracket is the one person's role.
        if (BracketedRole(piece) is (var name, { } bracketed)) return ([name], bracketed);
        var parts = piece.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var nameParts = parts.TakeWhile(p => !RolePhrase().IsMatch(p)).ToList();
        var names = nameParts.SelectMany(part => SpeakerSeparator().Split(part).Select(n => n.Trim()).Where(n => n.Length > 0)).ToList();
        return (names, string.Join(", ", parts.Skip(nameParts.Count)));
    }

    // A role, not a name: joined by lower-case "of", "for", "at" ("Secretary of State for Health"), or opened by a title
    // of office ("Minister", "Chief Executive", "Director").
    [GeneratedRegex(@"\b(?:of|for|at|to)\b|^(?:the\s+)?(?:Minister|Secretary|Parliamentary|Under-Secretary|Chief|Director|Deputy|Head|Chair|Chairman|Chairwoman|President|Shadow|Member)\b")]
    private static partial Regex RolePhrase();

    [GeneratedRegex(@"^(?<name>[^(),;]+?)\s*\((?<role>[^()]+)\)\s*$")]
    private static partial Regex NameThenBracketedRole();

    [GeneratedRegex(@"\s*(?:;|,|\band\b|&)\s*")]
    private static partial Regex SpeakerSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:The\s+|Rt\.?\s+Hon\.?\s+|Right\s+Hon(?:ourable|\.)?\s+|Hon\.?\s+|Sir\s+|Dame\s+|Dr\.?\s+|Professor\s+|Prof\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Miss\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingHonorific();

    [GeneratedRegex(@",?\s+(?:MP|MSP|MS|MLA|KC|QC|CBE|OBE|MBE|KBE|DBE|FRS|FRCP|FRCS|PC|JP|MEP)\.?$")]
    private static partial Regex TrailingPostNominal();
}
