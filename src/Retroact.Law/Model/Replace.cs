namespace Retroact.Law.Model;

/// <summary>
/// An overlay's replacement of one optional part of an edition: <c>Replace(x)</c> puts <c>x</c> in, <c>Replace(null)</c>
/// removes the part; an overlay property that is itself <c>null</c> leaves the part as it was.
/// </summary>
/// <typeparam name="T">The part replaced.</typeparam>
/// <param name="Value">The new part, or <c>null</c> to remove it.</param>
public readonly record struct Replace<T>(T? Value)
    where T : class;
