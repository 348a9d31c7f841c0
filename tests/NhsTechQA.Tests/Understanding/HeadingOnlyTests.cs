using NhsTechQA.Core.Answering;

namespace NhsTechQA.Tests.Understanding;

/// <summary>A heading names a topic and says nothing of it: it is never the whole answer (invented Hansard).</summary>
public sealed class HeadingOnlyTests : InventedCorpusTests
{
    protected override IReadOnlyDictionary<string, string> Documents { get; } = new Dictionary<string, string>
    {
        ["hansard.md"] = """
            ---
            title: "Health and Social Care: Oral Answers to Questions"
            date: 2025-04-29
            type: Hansard
            ---
            ## NHS App: Hospital Appointments

            1. **Dr Samuel Oyelaran (Carrowfield) (Lab):** What progress his Department has made on hospital appointments in the NHS App.

            **The Minister for Secondary Care (Lucy Penhallow):** Good progress. Patients at 129 hospital trusts can now see their appointments in the NHS App. By March every acute trust will let patients rebook online. Paper letters will remain for anyone who needs them. Savings will be reinvested in patient care.

            ## Remote Monitoring: Heart Failure

            2. **Mr Gareth Tolley (Dunmere) (Con):** What steps he is taking to expand help for patients with heart failure at home.

            **The Secretary of State for Health and Social Care (Martin Halloran):** We are investing £86 million over two years to expand it.
            """,
        ["report.md"] = """
            ---
            title: "Pharmacy forum hears of repeat prescriptions in the app"
            date: 2025-09-10
            type: trade-press report
            ---
            Lucy Penhallow told the Community Pharmacy Digital Forum that 4.1 million repeat prescriptions were ordered through the NHS App in August.
            Pharmacists welcomed the figures but asked for better stock information.
            """,
    };

    [Fact]
    public async Task A_question_whose_only_match_is_a_heading_is_refused()
    {
        var answer = await AskAsync("what did penhallow say about remote monitoring for heart failure?");
        Assert.True(answer.Refused, answer.Text);
        Assert.DoesNotContain("Remote Monitoring: Heart Failure", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_she_did_say_is_answered()
    {
        var answer = await AskAsync("what did penhallow say about rebooking hospital appointments?");
        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("rebook", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
