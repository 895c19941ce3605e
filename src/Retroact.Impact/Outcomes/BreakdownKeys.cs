using System.Runtime.CompilerServices;

namespace Retroact.Impact.Outcomes;

/// <summary>
/// The interned code of a case's value in each <see cref="Dimension"/>, indexed by <c>(int)dimension</c>;
/// codes come from a <see cref="CodeBook"/>, and 0 always means "unknown".
/// </summary>
[InlineArray(Dimensions.Count)]
public struct BreakdownKeys
{
    private ushort _first;
}
