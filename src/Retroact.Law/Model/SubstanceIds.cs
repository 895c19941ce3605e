using System.Collections.Concurrent;

namespace Retroact.Law.Model;

/// <summary>
/// Numbers substance ids ("heroin", "cocaine-base", ...) in the order they are first seen, process-wide, so that an edition
/// can keep its lines and equivalencies for a substance in an array (<see cref="SubstanceIndex"/>) and a case's
/// <see cref="Cases.DrugAmount"/> carries the number. Only <see cref="Capacity"/> names are numbered (input cannot grow the
/// table without bound); any other name gets <see cref="Unnumbered"/>, and is then looked up by name.
/// </summary>
internal static class SubstanceIds
{
    /// <summary>The number of a name that is not numbered (null, or the table is full).</summary>
    public const int Unnumbered = -1;

    /// <summary>The most names numbered.</summary>
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>The number of <paramref name="substance"/>, numbering it if it is new and there is room; <see cref="Unnumbered"/> otherwise.</summary>
    public static int Of(string? substance)
    {
        if (substance is null)
        {
            return Unnumbered;
        }

        if (Numbers.TryGetValue(substance, out var number))
        {
            return number;
        }

        lock (Gate)
        {
            if (Numbers.TryGetValue(substance, out number))
            {
                return number;
            }

            if (Numbers.Count >= Capacity)
            {
                return Unnumbered;
            }

            number = Numbers.Count;
            Numbers[substance] = number;
            return number;
        }
    }
}
