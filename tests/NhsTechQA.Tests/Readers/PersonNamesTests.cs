using NhsTechQA.Core.Ingestion.Readers;

namespace NhsTechQA.Tests.Readers;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Tamsford and Ryeland Hospitals NHS Foundation Trust", true)]
    [InlineData("NHS England Digital Policy Team", true)]
    [InlineData("Department of Health and Social Care", true)]
    [InlineData("Priya Shah", false)]
    [InlineData("Rt Hon Colin Maybury MP", false)]
    [InlineData("Ann Lee and Bob Kay", false)]
    public void An_author_field_naming_a_body_is_not_a_person(string author, bool organisation) =>
        Assert.Equal(organisation, PersonNames.IsOrganisation(author));

    [Theory]
    [InlineData("Head of Corporate Governance", true)]
    [InlineData("Chief Digital Officer", true)]
    [InlineData("NHS England Digital Policy Team", true)]
    [InlineData("Marcus Eldergrove, Director of Frontline Digitisation", false)]
    [InlineData("Priya Shah", false)]
    public void An_author_field_that_is_a_post_alone_names_nobody(string author, bool nobody) =>
        Assert.Equal(nobody, PersonNames.NamesNobody(author));
}
