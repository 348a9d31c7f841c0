using System.Text.RegularExpressions;

namespace NhsTechQA.Core.Ingestion.Readers;

/// <summary>
/// Turns a person as GOV.UK and official documents style them ("The Rt Hon Sajid Javid MP") into the name the
/// speeches use ("Sajid Javid"). Peerage titles stay: Lord Markham is "Lord Markham" in every report of his words.
/// </summary>
public static partial class PersonNames
{
    public static string Clean(string styled)
    {
        var name = Whitespace().Replace(styled, " ").Trim().Trim(',', ';');
        string previous;
        do
        {
            previous = name;
            name = LeadingHonorific().Replace(name, "");
            name = TrailingPostNominal().Replace(name, "");
        }
        while (name != previous);
        return name.Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:The\s+|Rt\.?\s+Hon\.?\s+|Right\s+Hon(?:ourable|\.)?\s+|Hon\.?\s+|Sir\s+|Dame\s+|Dr\.?\s+|Professor\s+|Prof\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Miss\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingHonorific();

    [GeneratedRegex(@",?\s+(?:MP|MSP|MS|MLA|KC|QC|CBE|OBE|MBE|KBE|DBE|FRS|FRCP|FRCS|PC|JP|MEP)\.?$")]
    private static partial Regex TrailingPostNominal();
}
