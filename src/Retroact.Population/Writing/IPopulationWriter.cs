using Retroact.Law.Cases;
using Retroact.Population.Records;

namespace Retroact.Population.Writing;

/// <summary>Writes cases one at a time to a file in one format; disposing finishes the file.</summary>
public interface IPopulationWriter : IDisposable
{
    /// <summary>Appends one case, with the values an assumption filled.</summary>
    void Write(Case c, AssumedFields assumed = AssumedFields.None);
}
