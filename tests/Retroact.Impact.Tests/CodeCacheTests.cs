using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Tests;

/// <summary>A worker's memo of breakdown codes gives exactly the codes of the shared code book.</summary>
public sealed class CodeCacheTests
{
    [Fact]
    public void Gives_the_code_book_s_codes_for_every_value_met_again_and_again()
    {
        var book = new CodeBook();
        var cache = new CodeCache(book);

        // 3,000 distinct values (far more than the memo's 1,024 slots, so many share a slot), each met five times.
        var values = Enumerable.Range(0, 3000).Select(i => $"D{i % 97}-{i}").ToArray();
        for (var round = 0; round < 5; round++)
        {
            foreach (var value in values)
            {
                Assert.Equal(book.Intern(value), cache.Intern(value));
            }
        }

        Assert.Equal(3001, book.Count);
    }

    [Fact]
    public void Equal_text_in_another_instance_gets_the_same_code()
    {
        var book = new CodeBook();
        var cache = new CodeCache(book);
        var first = cache.Intern(new string("TX-S".AsSpan()));
        Assert.Equal((ushort)1, first);
        Assert.Equal(first, cache.Intern(new string("TX-S".AsSpan())));
        Assert.Equal((ushort)2, cache.Intern("NY-E"));
        Assert.Equal((ushort)3, cache.Intern("NC-E"));
        Assert.Equal((ushort)1, cache.Intern("TX-S"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(CodeBook.Unknown)]
    public void Missing_values_are_code_0(string? value) => Assert.Equal((ushort)0, new CodeCache(new CodeBook()).Intern(value));

    [Fact]
    public void One_character_values_are_cached()
    {
        var cache = new CodeCache(new CodeBook());
        Assert.Equal(((ushort)1, (ushort)2, (ushort)1), (cache.Intern("I"), cache.Intern("V"), cache.Intern("I")));
    }
}
