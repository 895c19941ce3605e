using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Retroact.Law.Cases;

namespace Retroact.Population.Synthetic;

/// <summary>Who the survivor is: demographics, citizenship and detainers.</summary>
internal sealed partial class CaseGenerator
{
    private const string NonDrugGroup = "non-drug";

    /// <summary>Who the person is and who waits for them: drawn by the sentence's group, independently of each other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Case Finish(ref Xoshiro random, int index, Drawn drawn)
    {
        var group = drawn.Group;
        var (race, ethnicity) = _in.Distribution("race:" + group).Draw(ref random) switch
        {
            "white" => ("white", "non-hispanic"),
            "black" => ("black", "non-hispanic"),
            "hispanic" => ((string?)null, "hispanic"),
            _ => ("other", "non-hispanic"),
        };
        var nonCitizen = random.Chance(_nonCitizen[group]);
        var detainers = ImmutableArray.CreateBuilder<Detainer>();
        if (nonCitizen && random.Chance(_iceDetainerShare)) detainers.Add(Detainer.Ice);
        if (random.Chance(_stateDetainerShare)) detainers.Add(Detainer.State);
        var female = random.Chance(Probability(group == NonDrugGroup ? "female:non-drug" : "female:drug"));
        var minimumAge = _ageMinimum;
        var theta = (_ageMean - minimumAge) / 3;
        var gamma = -theta * Math.Log((1 - random.NextDouble()) * (1 - random.NextDouble()) * (1 - random.NextDouble()));
        var age = (int)Math.Min(85, minimumAge + Math.Floor(gamma));

        return drawn.Case with
        {
            Id = "syn-" + (index + 1).ToString("D8", CultureInfo.InvariantCulture),
            Citizenship = nonCitizen ? Citizenship.NonUs : Citizenship.Us,
            Detainers = detainers.DrainToImmutable(),
            Demographics = new Demographics
            {
                Race = race,
                Ethnicity = ethnicity,
                Sex = female ? "female" : "male",
                District = _district.Draw(ref random),
                Age = age,
            },
        };
    }
}
