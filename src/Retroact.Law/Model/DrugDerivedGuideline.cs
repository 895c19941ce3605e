namespace Retroact.Law.Model;

/// <summary>
/// A Chapter Two drug guideline whose base offense level is taken from the §2D1.1 Drug Quantity Table, e.g. §2D1.2
/// ("Apply the greatest": 2 plus, 1 plus, 26, 13) and §2D1.5 ("Apply the greater": 4 plus, 38). The base offense level
/// is the greatest alternative that applies.
/// </summary>
/// <param name="Guideline">The guideline, e.g. "2D1.2".</param>
/// <param name="Source">The law file.</param>
/// <param name="Citation">The subsection and the text it was read from.</param>
/// <param name="Alternatives">The alternatives of subsection (a), in the guideline's order.</param>
public sealed record DrugDerivedGuideline(string Guideline, string Source, string Citation, IReadOnlyList<DrugDerivedAlternative> Alternatives);

/// <summary>Which quantity an alternative takes the §2D1.1 level of.</summary>
public enum DrugQuantityBasis
{
    /// <summary>The case's drugs: the total quantity (§2D1.2(a)(2)) or the underlying offense (§2D1.5(a)(1)).</summary>
    Total,

    /// <summary>The quantity directly involving a protected location or an underage or pregnant individual (§2D1.2(a)(1)).</summary>
    ProtectedLocation,
}

/// <summary>What makes a fixed-level alternative apply.</summary>
public enum DrugDerivedCondition
{
    /// <summary>Always applies (e.g. §2D1.2(a)(4) "13, otherwise"; §2D1.5(a)(2) "38").</summary>
    Always,

    /// <summary>"if the offense involved a person less than eighteen years of age" (§2D1.2(a)(3)).</summary>
    UnderageIndividual,
}

/// <summary>
/// One alternative of a drug-derived guideline: either <see cref="Add"/> levels plus the §2D1.1 Drug Quantity Table level
/// of <see cref="Quantity"/>, or the fixed <see cref="Level"/> when <see cref="Condition"/> holds.
/// </summary>
/// <param name="Paragraph">The paragraph, e.g. "(a)(1)".</param>
/// <param name="Add">Levels added to the §2D1.1 level, or <c>null</c> for a fixed level.</param>
/// <param name="Quantity">The quantity whose §2D1.1 level is used, with <see cref="Add"/>.</param>
/// <param name="Level">The fixed level, or <c>null</c>.</param>
/// <param name="Condition">When a fixed level applies.</param>
/// <param name="Citation">The paragraph's text.</param>
public sealed record DrugDerivedAlternative(string Paragraph, int? Add, DrugQuantityBasis Quantity, int? Level, DrugDerivedCondition Condition, string Citation);
