using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Retroact.Custody.Computation;

namespace Retroact.Custody.Law;

/// <summary>
/// The good conduct time law of 18 U.S.C. §3624(b) as dated parameters: the methods in order of the date each began to
/// govern, and the term a prisoner must exceed to earn any credit. Immutable.
/// </summary>
public sealed class GoodConductTimeLaw
{
    private const string ResourceName = "Retroact.Custody.law.good-conduct-time.json";
    private const string FileName = "law/custody/good-conduct-time.json";

    private static readonly Lazy<GoodConductTimeLaw> Embedded = new(LoadEmbedded);

    private readonly int[] _governsFromDays;

    private GoodConductTimeLaw(int noCreditUnlessTermExceedsMonths, string noCreditCitation, ImmutableArray<GoodConductTimeMethod> methods)
    {
        NoCreditUnlessTermExceedsMonths = noCreditUnlessTermExceedsMonths;
        NoCreditCitation = noCreditCitation;
        Methods = methods;
        _governsFromDays = [.. methods.Select(m => DayNumbers.Of(m.GovernsFrom))];
    }

    /// <summary>The law shipped in this assembly (<c>law/custody/good-conduct-time.json</c>), loaded once.</summary>
    public static GoodConductTimeLaw Current => Embedded.Value;

    /// <summary>No credit unless the term exceeds this many months ("more than 1 year": 12).</summary>
    public int NoCreditUnlessTermExceedsMonths { get; }

    /// <summary>The source of <see cref="NoCreditUnlessTermExceedsMonths"/>.</summary>
    public string NoCreditCitation { get; }

    /// <summary>The methods, earliest first; each governs from its date until the next one's.</summary>
    public ImmutableArray<GoodConductTimeMethod> Methods { get; }

    /// <summary>The method governing a computation made on <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No method governs that early (before the first method's date).</exception>
    public GoodConductTimeMethod MethodOn(LocalDate asOf) => Methods[IndexOn(asOf)];

    /// <summary>The index in <see cref="Methods"/> of the method governing a computation made on <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No method governs that early (before the first method's date).</exception>
    public int IndexOn(LocalDate asOf) => IndexOn(DayNumbers.Of(asOf));

    /// <summary><see cref="IndexOn(LocalDate)"/> for a day number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No method governs that early (before the first method's date).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOn(int asOf)
    {
        for (var i = _governsFromDays.Length - 1; i >= 0; i--)
        {
            if (_governsFromDays[i] <= asOf)
            {
                return i;
            }
        }

        return NoMethodGoverns(asOf);
    }

    [DoesNotReturn]
    private int NoMethodGoverns(int asOf) =>
        throw new ArgumentOutOfRangeException(
            nameof(asOf), DayNumbers.ToDate(asOf), $"No good conduct time method governs before {Methods[0].GovernsFrom:uuuu-MM-dd} ({FileName}).");

    /// <summary>The day number of <see cref="GoodConductTimeMethod.GovernsFrom"/> of <see cref="Methods"/>[<paramref name="index"/>].</summary>
    internal int GovernsFromDay(int index) => _governsFromDays[index];

    /// <summary>Parses and validates a custody law file; <paramref name="name"/> is used in error messages.</summary>
    /// <exception cref="CustodyLawException">Unknown or missing keys, a blank citation, or a value out of range.</exception>
    public static GoodConductTimeLaw Parse(Stream json, string name)
    {
        GoodConductTimeFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, CustodyLawJsonContext.Default.GoodConductTimeFile);
        }
        catch (JsonException e)
        {
            throw new CustodyLawException($"{name}: {e.Message}", e);
        }

        if (file is null)
        {
            throw new CustodyLawException($"{name}: the file is empty (null).");
        }

        RequireCitation(name, "noCreditUnlessTermExceedsMonths", file.NoCreditUnlessTermExceedsMonths.Citation);
        if (file.NoCreditUnlessTermExceedsMonths.Value < 0)
        {
            throw new CustodyLawException($"{name}: noCreditUnlessTermExceedsMonths is {file.NoCreditUnlessTermExceedsMonths.Value}; it must be 0 or more.");
        }

        if (file.Methods.Count == 0)
        {
            throw new CustodyLawException($"{name}: methods is empty; at least one method must govern.");
        }

        var methods = ImmutableArray.CreateBuilder<GoodConductTimeMethod>(file.Methods.Count);
        foreach (var entry in file.Methods)
        {
            var method = ToMethod(name, entry);
            if (methods.Count > 0 && method.GovernsFrom <= methods[^1].GovernsFrom)
            {
                throw new CustodyLawException(
                    $"{name}: method '{method.Id}' governsFrom {method.GovernsFrom:uuuu-MM-dd} is not after the previous method's; list methods in date order.");
            }

            methods.Add(method);
        }

        return new GoodConductTimeLaw(
            file.NoCreditUnlessTermExceedsMonths.Value, file.NoCreditUnlessTermExceedsMonths.Citation, methods.MoveToImmutable());
    }

    private static GoodConductTimeMethod ToMethod(string name, MethodEntry entry)
    {
        var where = $"methods['{entry.Id}']";
        RequireCitation(name, $"{where}.governsFrom", entry.GovernsFrom.Citation);
        RequireCitation(name, $"{where}.daysPerYear", entry.DaysPerYear.Citation);
        RequireCitation(name, $"{where}.partialYearRatePerDay", entry.PartialYearRatePerDay.Citation);

        var basis = entry.Basis switch
        {
            "years-served" => GoodConductTimeBasis.YearsServed,
            "years-imposed" => GoodConductTimeBasis.YearsImposed,
            _ => throw new CustodyLawException($"{name}: {where}.basis is '{entry.Basis}'; allowed: years-served, years-imposed."),
        };

        var date = LocalDatePattern.Iso.Parse(entry.GovernsFrom.Value);
        if (!date.Success)
        {
            throw new CustodyLawException($"{name}: {where}.governsFrom is '{entry.GovernsFrom.Value}'; expected an ISO date (yyyy-MM-dd).");
        }

        if (entry.DaysPerYear.Value is < 0 or > 366)
        {
            throw new CustodyLawException($"{name}: {where}.daysPerYear is {entry.DaysPerYear.Value}; it must be between 0 and 366.");
        }

        var perMille = entry.PartialYearRatePerDay.Value * 1000m;
        if (perMille != decimal.Truncate(perMille) || perMille is < 0m or >= 1000m)
        {
            throw new CustodyLawException(
                $"{name}: {where}.partialYearRatePerDay is {entry.PartialYearRatePerDay.Value.ToString(CultureInfo.InvariantCulture)}; " +
                "it must be in [0, 1) with at most three decimals.");
        }

        return new GoodConductTimeMethod(
            entry.Id, basis, date.Value, entry.GovernsFrom.Citation,
            entry.DaysPerYear.Value, entry.DaysPerYear.Citation,
            (int)perMille, entry.PartialYearRatePerDay.Citation);
    }

    private static void RequireCitation(string name, string key, string citation)
    {
        if (string.IsNullOrWhiteSpace(citation))
        {
            throw new CustodyLawException($"{name}: {key}.citation is blank; every law value needs its source.");
        }
    }

    private static GoodConductTimeLaw LoadEmbedded()
    {
        using var stream = typeof(GoodConductTimeLaw).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CustodyLawException($"{FileName} is not embedded in {typeof(GoodConductTimeLaw).Assembly.GetName().Name}.");
        return Parse(stream, FileName);
    }
}
