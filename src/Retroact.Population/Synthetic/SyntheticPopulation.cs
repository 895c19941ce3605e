using NodaTime;
using Retroact.Law;
using Retroact.Law.Cases;

namespace Retroact.Population.Synthetic;

/// <summary>
/// A synthetic federal prison population: the people in Bureau of Prisons custody on an as-of date, each with every
/// field the engine uses. Built as flow × survival: each person is a sentence drawn from the flow of sentences
/// (sentencing date weighted by the yearly number sentenced, case facts from the input distributions, the term from
/// the Guidelines Manual in force) and kept only if still in custody on the as-of date, so long terms are
/// over-represented exactly as in a real stock. Every input distribution and its source is in
/// <c>data/population/</c> and <c>docs/population.md</c>; none is tuned to any output.
/// </summary>
public static class SyntheticPopulation
{
    /// <summary>Oct 1, 2015: the eve of the Amendment 782 releases.</summary>
    public static LocalDate DefaultAsOf { get; } = new(2015, 10, 1);

    /// <summary>205,795 people: the BOP population at the beginning of October 2015 (Urban Institute Prison Population Forecaster).</summary>
    public const int DefaultCount = 205_795;

    /// <summary>The seed of the default population.</summary>
    public const ulong DefaultSeed = 782;

    /// <summary>
    /// The earliest as-of date a population can be generated for: ten years (3,653 days) after the first Manual edition
    /// of the law library, so that every sentence drawn falls under an edition in force (Nov 1, 2004 with the shipped law).
    /// </summary>
    public static LocalDate EarliestAsOf { get; } = CaseGenerator.EarliestAsOf(LawLibrary.Default);

    /// <summary>
    /// Streams <paramref name="count"/> people in custody on <paramref name="asOf"/>. Person i depends only on
    /// (<paramref name="seed"/>, i), so the same seed gives the same cases in the same order on any number of cores,
    /// and a smaller count is a prefix of a larger one. The people are drawn in batches on every core
    /// (<see cref="Records"/>); only a few batches are in memory at a time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or no Manual edition was in force ten years before <paramref name="asOf"/>.</exception>
    public static IEnumerable<Case> Generate(LocalDate asOf, int count, ulong seed) => Records(asOf, count, seed).Select(record => record.Case!);

    /// <summary>
    /// The same people as <see cref="Generate"/> as accepted records numbered from 1, drawn by the workers of a batched
    /// read (<see cref="SyntheticRecords.ReadBatches{T}"/>), which is how an impact run without a population file reads them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Generate"/>.</exception>
    public static SyntheticRecords Records(LocalDate asOf, int count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new SyntheticRecords(new CaseGenerator(asOf, LawLibrary.Default, GeneratorInputs.Default), count, seed);
    }
}
