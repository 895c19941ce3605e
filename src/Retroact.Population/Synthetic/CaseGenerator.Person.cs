using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Retroact.Law.Cases;

namespace Retroact.Population.Synthetic;

/// <summary>Who the survivor is: demographics, citizenship and detainers.</summary>
internal sealed partial class CaseGenerator
{
    private const string NonDrugGroup = "non-drug";

    private static readonly ImmutableArray<Detainer> IceOnly = [Detainer.Ice], StateOnly = [Detainer.State], IceAndState = [Detainer.Ice, Detainer.State];

    /// <summary>Who the person is and who waits for them: drawn by the sentence's group, independently of each other.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Identity Finish(ref Xoshiro random, int index, string group)
    {
        var (race, ethnicity) = _race[group].Draw(ref random) switch
        {
            "white" => ("white", "non-hispanic"),
            "black" => ("black", "non-hispanic"),
            "hispanic" => ((string?)null, "hispanic"),
            _ => ("other", "non-hispanic"),
        };
        var nonCitizen = random.Chance(_nonCitizen[group]);
        var ice = nonCitizen && random.Chance(_iceDetainerShare);
        var state = random.Chance(_stateDetainerShare);
        var female = random.Chance(group == NonDrugGroup ? _femaleNonDrug : _femaleDrug);
        var minimumAge = _ageMinimum;
        var theta = (_ageMean - minimumAge) / 3;
        var gamma = -theta * Math.Log((1 - random.NextDouble()) * (1 - random.NextDouble()) * (1 - random.NextDouble()));
        var age = (int)Math.Min(85, minimumAge + Math.Floor(gamma));

        return new Identity(
            "syn-" + (index + 1).ToString("D8", CultureInfo.InvariantCulture),
            nonCitizen ? Citizenship.NonUs : Citizenship.Us,
            (ice, state) switch { (true, true) => IceAndState, (true, false) => IceOnly, (false, true) => StateOnly, _ => [] },
            new Demographics
            {
                Race = race,
                Ethnicity = ethnicity,
                Sex = female ? "female" : "male",
                District = _district.Draw(ref random),
                Age = age,
            });
    }
}
