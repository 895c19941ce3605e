namespace Retroact.Law.Tracing;

/// <summary>
/// Where a calculator writes its steps. The calculators are generic over this interface and take a struct
/// implementation, so the batch path (<see cref="NoTrace"/>) compiles to the same rules with every trace call
/// removed, and the single-case path (<see cref="ListTrace"/>) records each step.
/// </summary>
public interface ITrace
{
    /// <summary>False when steps are discarded; callers skip building step text when it is false.</summary>
    bool IsEnabled { get; }

    /// <summary>Records one step; a no-op when <see cref="IsEnabled"/> is false.</summary>
    void Add(TraceStep step);
}

/// <summary>The batch path: records nothing and allocates nothing.</summary>
public readonly struct NoTrace : ITrace
{
    /// <inheritdoc />
    public bool IsEnabled => false;

    /// <inheritdoc />
    public void Add(TraceStep step)
    {
    }
}

/// <summary>The single-case path: records every step in order.</summary>
public readonly struct ListTrace : ITrace
{
    private readonly List<TraceStep> _steps;

    /// <summary>Starts an empty trace.</summary>
    public ListTrace() => _steps = [];

    /// <summary>The steps recorded so far, in order.</summary>
    public IReadOnlyList<TraceStep> Steps => _steps;

    /// <inheritdoc />
    public bool IsEnabled => true;

    /// <inheritdoc />
    public void Add(TraceStep step) => _steps.Add(step);
}
