using Retroact.Law.Cases;

namespace Retroact.Law.Tests;

public class CaseModelTests
{
    [Theory]
    [InlineData(CriminalHistoryCategory.I, 1)]
    [InlineData(CriminalHistoryCategory.VI, 6)]
    public void Criminal_history_category_value_is_the_sentencing_table_column(CriminalHistoryCategory category, int column)
        => Assert.Equal(column, (int)category);

    [Fact]
    public void A_case_without_drugs_or_detainers_has_empty_lists_not_null()
    {
        var c = new Case { Id = "x", SentencedOn = new NodaTime.LocalDate(2012, 3, 1) };
        Assert.Empty(c.Drugs);
        Assert.Empty(c.Detainers);
        Assert.Null(c.ZeroPointDisqualifiers);
    }
}
